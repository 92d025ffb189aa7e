// Starts the production build (`next start`, from .next) as its own process group on a free loopback
// port, waits until it answers, and stops it (with everything it forked) afterwards. For system
// tests and the benchmark; the database and media come from `env`.
import { spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from '../../lib/edge/varnish.mjs'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * @param {{ env: NodeJS.ProcessEnv, port?: number, ready?: string, timeoutMs?: number }} options
 */
export async function startApp({ env, port, ready = '/next/health', timeoutMs = 120_000 }) {
  const listen = port ?? (await freePort())
  const url = `http://127.0.0.1:${listen}`
  const child = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(listen), '-H', '127.0.0.1'], {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env, PORT: String(listen) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log.slice(-3000)}`)
    const status = await fetch(url + ready).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) break
    if (Date.now() > deadline)
      throw new Error(`next start did not answer ${ready} within ${timeoutMs / 1000} s:\n${log.slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  const exited = new Promise((resolve) => child.once('exit', resolve))
  /** Stops the server; `signal: 'SIGKILL'` is a crash. */
  const stop = async (signal = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid, signal)
    } catch {
      // Already gone.
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  }
  return { url, port: listen, pid: child.pid, process: child, stop, log: () => log }
}
