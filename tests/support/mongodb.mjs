// A throw-away MongoDB-protocol server for tests: CongoDB (npm `@push.rocks/smartmongo`, a MongoDB
// 7.0 wire-protocol server written in TypeScript), in memory, on a free loopback port, in a child
// process of its own, stopped at the end. No real `mongod` can be installed on these machines; what
// the emulator cannot prove is listed in the README ("MongoDB in the test runs").
import { spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from './free-port.mjs'

const serverScript = path.join(import.meta.dirname, 'congodb-server.mjs')

/** Set beside DATABASE_URI for tests on the emulator, so they can skip what it cannot do, with a reason. */
const EMULATOR_ENV = { MONGODB_EMULATOR: 'congodb' }

function startOn(port) {
  // stdin stays open as a lifeline: the server stops when this process goes away, however it ends.
  const child = spawn(process.execPath, [serverScript, String(port)], { stdio: ['pipe', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (output.includes(`ready ${port}\n`)) resolve(child)
    })
    child.on('exit', (code) =>
      reject(Object.assign(new Error(`CongoDB exited with code ${code} before listening on port ${port}`), { code })),
    )
    child.on('error', reject)
  })
}

/**
 * Starts an empty server and returns its URL (database `news-center`), the environment that names
 * it for the app and the tests, and `stop()`.
 * @returns {Promise<{ url: string, port: number, env: Record<string, string>, stop: () => Promise<void> }>}
 */
export async function startMongo() {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    try {
      const child = await startOn(port)
      // CongoDB announces the streaming heartbeat (topologyVersion) but never streams: the driver must poll.
      const url = `mongodb://127.0.0.1:${port}/news-center?serverMonitoringMode=poll`
      const exited = new Promise((resolve) => child.once('exit', resolve))
      return {
        url,
        port,
        env: { DATABASE_URI: url, ...EMULATOR_ENV },
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
          await exited
        },
      }
    } catch (error) {
      // Another process took the port between the OS naming it and the server binding it (exit 3).
      if (error.code !== 3 || attempt === 3) throw error
    }
  }
}
