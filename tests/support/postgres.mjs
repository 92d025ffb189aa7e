// A throw-away PostgreSQL server for tests: its own data directory, a free loopback port, stopped at the end.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** Finds a PostgreSQL server program on PATH or in Debian's versioned folders. */
export function findPostgresBin(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name)
    if (dir && fs.existsSync(candidate)) return candidate
  }
  const debian = '/usr/lib/postgresql'
  if (fs.existsSync(debian)) {
    for (const version of fs.readdirSync(debian).sort().reverse()) {
      const candidate = path.join(debian, version, 'bin', name)
      if (fs.existsSync(candidate)) return candidate
    }
  }
  return null
}

export const postgresAvailable = () => Boolean(findPostgresBin('initdb') && findPostgresBin('pg_ctl'))

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0
const quote = (arg) => `'${String(arg).replaceAll("'", "'\\''")}'`

/** initdb refuses to run as root: as root, run the server programs as the `postgres` user. */
function run(bin, args) {
  if (!isRoot()) return execFileSync(bin, args, { stdio: 'pipe' })
  const command = [bin, ...args].map(quote).join(' ')
  return execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { stdio: 'pipe' })
}

/**
 * Starts a fresh server and returns its URL, a stop function (which removes the data), and
 * pause/resume, which stop and restart the same server to simulate an outage.
 * @returns {Promise<{ url: string, port: number, stop: () => void, pause: () => void, resume: () => void }>}
 */
export async function startPostgres() {
  const initdb = findPostgresBin('initdb')
  const pgCtl = findPostgresBin('pg_ctl')
  if (!initdb || !pgCtl) {
    throw new Error('PostgreSQL server programs (initdb, pg_ctl) not found: apt-get install -y postgresql')
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-pg-'))
  const dataDir = path.join(root, 'data')
  if (isRoot()) execFileSync('chown', ['-R', 'postgres', root])
  const port = await freePort()
  run(initdb, ['-D', dataDir, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale'])
  const options = `-h 127.0.0.1 -p ${port} -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
  run(pgCtl, ['-D', dataDir, '-o', options, '-l', path.join(root, 'server.log'), '-w', '-t', '60', 'start'])
  let stopped = false
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    pause() {
      run(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop'])
    },
    resume() {
      run(pgCtl, ['-D', dataDir, '-o', options, '-l', path.join(root, 'server.log'), '-w', '-t', '60', 'start'])
    },
    stop() {
      if (stopped) return
      stopped = true
      try {
        run(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // Already stopped (paused).
      } finally {
        fs.rmSync(root, { recursive: true, force: true })
      }
    },
  }
}
