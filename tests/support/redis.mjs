// A throw-away Redis server (Debian's redis-server) on a free loopback port, nothing written to disk.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { freePort } from '../../lib/edge/varnish.mjs'

export function findRedisServer() {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin', '/usr/sbin', '/usr/local/bin']) {
    const candidate = dir && path.join(dir, 'redis-server')
    if (candidate && fs.existsSync(candidate)) return candidate
  }
  return null
}

export const redisAvailable = () => Boolean(findRedisServer())

export async function startRedis() {
  const program = findRedisServer()
  if (!program) throw new Error('redis-server is needed (Debian: apt-get install redis-server).')
  const port = await freePort()
  const child = spawn(program, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  const deadline = Date.now() + 10_000
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) break
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on ${port}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', resolve)
      child.kill('SIGTERM')
    })
  return { url: `redis://127.0.0.1:${port}`, port, stop }
}
