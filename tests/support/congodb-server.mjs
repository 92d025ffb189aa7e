// Runs CongoDB, the MongoDB wire-protocol server in npm `@push.rocks/smartmongo`, in memory on the
// loopback port given as argv[2]. Prints one line, `ready <port>`, once it accepts connections, and
// stops on SIGTERM/SIGINT or when its parent goes away (stdin closes). Started by ./mongodb.mjs.
// Only the `congodb` part of the package is loaded: the rest needs dependencies the package.json
// overrides replace (see the README's "MongoDB in the test runs").
import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'

const port = Number(process.argv[2])
const server = new CongoServer({ host: '127.0.0.1', port, storage: 'memory' })

try {
  await server.start()
} catch (error) {
  console.error(`CongoDB could not listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : error}`)
  process.exit(error?.code === 'EADDRINUSE' ? 3 : 1)
}

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  await server.stop()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.stdin.on('end', stop)
process.stdin.on('error', stop)
process.stdin.resume()
process.stdout.write(`ready ${port}\n`)
