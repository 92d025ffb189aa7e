// Starts Varnish (Debian's `varnishd` 7 with the xkey module from `varnish-modules`) in front of
// one or more app instances, with deploy/varnish/news-center.vcl and a generated site.vcl. Used by
// `npm run start:edge`, the system tests and the benchmark.
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const VCL_DIR = path.join(root, 'deploy', 'varnish')
const INSTALL_HINT = 'Debian/Ubuntu: apt-get install varnish varnish-modules'

/** The varnishd binary, or null. */
export function findVarnishd() {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']
  for (const dir of dirs) {
    const candidate = dir && path.join(dir, 'varnishd')
    if (candidate && fs.existsSync(candidate)) return candidate
  }
  return null
}

/** Whether Varnish and its xkey module are installed. */
export function varnishAvailable() {
  const varnishd = findVarnishd()
  if (!varnishd) return false
  const vmods = [
    '/usr/lib/x86_64-linux-gnu/varnish/vmods',
    '/usr/lib/aarch64-linux-gnu/varnish/vmods',
    '/usr/lib/varnish/vmods',
    '/usr/local/lib/varnish/vmods',
  ]
  return vmods.some((dir) => fs.existsSync(path.join(dir, 'libvmod_xkey.so')))
}

export const varnishInstallHint = () => `Varnish with the xkey module is needed (${INSTALL_HINT}).`

export function freePort() {
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

/** The per-deployment part of the configuration: backends, who may purge, the token. */
export function siteVcl({ backends, purgeToken, purgers = ['127.0.0.1', '::1'] }) {
  if (!/^[\w.~-]+$/.test(purgeToken)) throw new Error('The purge token may hold letters, digits and . _ ~ - only.')
  const lines = []
  // Each instance twice: probed (the rotation) and unprobed (asked when no instance is healthy).
  backends.forEach(({ host, port }, index) => {
    lines.push(
      `backend app_${index + 1} {`,
      `    .host = "${host}";`,
      `    .port = "${port}";`,
      '    .probe = app_health;',
      '}',
      '',
    )
    lines.push(`backend app_${index + 1}_unprobed {`, `    .host = "${host}";`, `    .port = "${port}";`, '}', '')
  })
  lines.push(
    'sub vcl_init {',
    ...backends.flatMap((_, index) => [
      `    app.add_backend(app_${index + 1});`,
      `    any_app.add_backend(app_${index + 1}_unprobed);`,
    ]),
    '}',
    '',
  )
  lines.push('acl purgers {', ...purgers.map((address) => `    "${address}";`), '}', '')
  lines.push(
    'sub news_center_authorize_purge {',
    `    if (client.ip !~ purgers || req.http.x-purge-token != "${purgeToken}") {`,
    '        return (synth(403, "Forbidden"));',
    '    }',
    '}',
    '',
  )
  return lines.join('\n')
}

async function waitForPort(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with ${child.exitCode}`)
    const open = await new Promise((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return
    if (Date.now() > deadline) throw new Error(`varnishd did not listen on ${port} within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Starts varnishd in the foreground on a loopback port (a free one unless `port` is given).
 * Returns its URL, the purge token, and stop().
 * @param {{ backends: { host: string, port: number }[], port?: number, host?: string, purgeToken?: string, memory?: string, log?: (line: string) => void }} options
 */
export async function startVarnish({
  backends,
  port,
  host = '127.0.0.1',
  purgeToken = randomBytes(16).toString('hex'),
  memory = '256m',
  log,
}) {
  const varnishd = findVarnishd()
  if (!varnishd || !varnishAvailable()) throw new Error(varnishInstallHint())
  const listen = port ?? (await freePort())
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-varnish-'))
  // varnishd drops root for its own users: they must be able to read the configuration.
  fs.chmodSync(work, 0o755)
  fs.writeFileSync(path.join(work, 'site.vcl'), siteVcl({ backends, purgeToken }))
  const args = [
    '-F',
    '-a',
    `${host}:${listen}`,
    '-f',
    path.join(VCL_DIR, 'news-center.vcl'),
    '-p',
    `vcl_path=${work}:${VCL_DIR}`,
    '-n',
    path.join(work, 'instance'),
    '-s',
    `malloc,${memory}`,
    // One log line per response is noise here; errors still reach stderr.
    '-p',
    'vsl_space=16M',
  ]
  const child = spawn(varnishd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const collect = (chunk) => {
    output += chunk
    log?.(String(chunk))
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  try {
    await waitForPort(listen, child, 30_000)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${error.message}\n${output}`)
  }
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    fs.rmSync(work, { recursive: true, force: true })
  }
  /** Every varnishstat counter by name, e.g. `MAIN.cache_hit`, `VBE.boot.app_1.req`. */
  const counters = () => {
    const varnishstat = path.join(path.dirname(varnishd), '..', 'bin', 'varnishstat')
    const program = fs.existsSync(varnishstat) ? varnishstat : 'varnishstat'
    const json = JSON.parse(
      execFileSync(program, ['-1', '-j', '-n', path.join(work, 'instance')], { encoding: 'utf8' }),
    )
    return Object.fromEntries(
      Object.entries(json.counters ?? json).flatMap(([name, counter]) =>
        typeof counter?.value === 'number' ? [[name, counter.value]] : [],
      ),
    )
  }
  /** Cache hits and misses so far. */
  const stats = () => {
    const all = counters()
    return { hits: all['MAIN.cache_hit'] ?? 0, misses: all['MAIN.cache_miss'] ?? 0 }
  }
  /** Requests Varnish sent to each app instance so far (by the backend's number, from 1). */
  const backendRequests = () =>
    Object.fromEntries(
      Object.entries(counters()).flatMap(([name, value]) => {
        const match = /^VBE\.[^.]+\.app_(\d+)\.req$/.exec(name)
        return match ? [[Number(match[1]), value]] : []
      }),
    )
  return {
    url: `http://${host}:${listen}`,
    port: listen,
    purgeToken,
    stop,
    stats,
    counters,
    backendRequests,
    process: child,
    output: () => output,
  }
}
