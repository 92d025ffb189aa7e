// `npm run start:edge`: the production build behind Varnish, as it runs in front of real traffic.
// Varnish listens on EDGE_PORT (default 8080, all interfaces) and keeps public pages; `next start`
// listens on APP_PORT (default 3000, loopback only) and purges Varnish by tag when content changes.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { startVarnish, varnishAvailable, varnishInstallHint } from './varnish.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const edgePort = Number(process.env.EDGE_PORT ?? 8080)
const edgeHost = process.env.EDGE_HOST ?? '0.0.0.0'
const appPort = Number(process.env.APP_PORT ?? 3000)

if (!varnishAvailable()) {
  console.error(`npm run start:edge: ${varnishInstallHint()} Without it, \`npm start\` serves the site directly.`)
  process.exit(1)
}

const token = process.env.EDGE_CACHE_TOKEN || randomBytes(16).toString('hex')
const env = {
  ...process.env,
  EDGE_CACHE_URLS: process.env.EDGE_CACHE_URLS || `http://127.0.0.1:${edgePort}`,
  EDGE_CACHE_TOKEN: token,
}

// Migrate and seed as `npm start` does.
const prepared = spawnSync('node', ['lib/db/run-ts.mjs', 'lib/db/prepare.ts', '--production'], {
  cwd: root,
  env,
  stdio: 'inherit',
})
if (prepared.status !== 0) process.exit(prepared.status ?? 1)

const app = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(appPort), '-H', '127.0.0.1'], {
  cwd: root,
  env,
  stdio: 'inherit',
})
const varnish = await startVarnish({
  backends: [{ host: '127.0.0.1', port: appPort }],
  port: edgePort,
  host: edgeHost,
  purgeToken: token,
  log: (line) => process.stderr.write(line),
})
console.log(`Varnish on http://${edgeHost}:${edgePort} in front of next start on http://127.0.0.1:${appPort}`)

let stopping = false
async function stop(code) {
  if (stopping) return
  stopping = true
  app.kill('SIGTERM')
  await varnish.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(130))
process.on('SIGTERM', () => void stop(143))
app.on('exit', (code) => void stop(code ?? 1))
varnish.process.on('exit', (code) => {
  if (!stopping) console.error(`varnishd exited (${code}); stopping.`)
  void stop(1)
})
