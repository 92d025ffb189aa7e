// Loaded with NODE_OPTIONS=--require by the benchmark only: every process of the server writes its
// process.memoryUsage() (and title, so the bench finds next-server) to HEAP_PROBE_DIR each second.
const fs = require('node:fs')
const path = require('node:path')

const dir = process.env.HEAP_PROBE_DIR
if (dir) {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${process.pid}.json`)
  const write = () => {
    try {
      fs.writeFileSync(file, JSON.stringify({ title: process.title, at: Date.now(), ...process.memoryUsage() }))
    } catch {
      // The directory went away with the bench.
    }
  }
  setInterval(write, 1000).unref()
  write()
}
