// `npm run bench`: builds (or reuses) the production build, starts `next start` on a loopback port
// beside a static-file baseline, and measures throughput, bytes, Lighthouse, cost growth to 10,000
// articles and publish → live. Prints one markdown table; writes the figures to
// tests/bench/results/latest.json. Figures are reported, never asserted (CI machines are noisy).
//
//   npm run bench                 full run (about 15 minutes on 2 cores)
//   npm run bench -- --reuse      skip the build when .next and data/bench exist
//   npm run bench -- --quick      a smoke of every step in about a minute (npm test runs it)
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

import autocannon from 'autocannon'
import { chromium } from 'playwright-core'

import { freePort, startVarnish, varnishAvailable, varnishInstallHint } from '../../lib/edge/varnish.mjs'
import { chromePath, runLighthouse } from '../support/lighthouse.mjs'
import { postgresAvailable } from '../support/postgres.mjs'
import { costTables, measureCostGrowth } from './cost-growth.mjs'
import { measureLoginTiming } from './login-timing.mjs'
import { measurePublishToLive } from './publish-live.mjs'
import { runHostileSoak } from './soak.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const quick = process.argv.includes('--quick')
const reuse = process.argv.includes('--reuse') || quick
const dataDir = path.join(root, 'data', quick ? 'bench-smoke' : 'bench')
const port = Number(process.env.BENCH_PORT ?? (quick ? 3310 : 3300))
const basePort = port + 1
const origin = `http://127.0.0.1:${port}`
const settings = {
  connections: 32,
  duration: quick ? 2 : Number(process.env.BENCH_DURATION ?? 20),
  warmup: quick ? 1 : 5,
  lighthouseRuns: quick ? 0 : Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3),
  costSizes: quick ? [10, 40] : [100, 10_000],
  publishRuns: quick ? 2 : 15,
  loadConnections: 64,
  loadDuration: quick ? 2 : Number(process.env.BENCH_LOAD_DURATION ?? 60),
  soakConnections: 32,
  soakDuration: quick ? 5 : Number(process.env.BENCH_SOAK_DURATION ?? 60),
}
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URI: `file:${path.join(dataDir, 'news-center.db')}`,
  MEDIA_DIR: path.join(dataDir, 'media'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
  SEED_ADMIN_EMAIL: process.env.SEED_ADMIN_EMAIL ?? 'bench-admin@example.com',
  SEED_ADMIN_PASSWORD: process.env.SEED_ADMIN_PASSWORD ?? 'bench-admin-password-not-for-production',
  NEXT_PUBLIC_SERVER_URL: origin,
  NEXT_TELEMETRY_DISABLED: '1',
}
const children = []
// Each child leads its own process group, so npm's grandchild (next-server) stops with it.
const stopAll = () =>
  children.forEach((child) => {
    try {
      if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  })
process.on('exit', stopAll)
process.on('SIGINT', () => process.exit(130))

const log = (message) => console.log(`\n▶ ${message}`)
const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number' && !Number.isNaN(value)).sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null
}

async function waitFor(url, timeoutMs = 120_000) {
  const started = Date.now()
  for (;;) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer in ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function stopGroup(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
  await exited
}

function start(command, args, extraEnv = {}) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  children.push(child)
  return child
}

// 1. The production build and the database it was built from. The smoke borrows a copy of the
// end-to-end database, which the build in .next was made from (npm test runs it right after).
const e2eData = path.join(root, 'data', 'e2e')
if (quick && fs.existsSync(path.join(e2eData, 'news-center.db'))) {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.cpSync(e2eData, dataDir, { recursive: true })
}
const fresh =
  !fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || !fs.existsSync(path.join(dataDir, 'news-center.db'))
if (!reuse || fresh) {
  log('production build (migrate, seed, next build)')
  if (!reuse) fs.rmSync(dataDir, { recursive: true, force: true })
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
} else {
  log('reusing the production build in .next')
  spawnSync('node', ['lib/db/run-ts.mjs', 'lib/db/prepare.ts'], { cwd: root, env, stdio: 'inherit' })
}

// 2. The app, the baselines and the front. The article's HTML is copied into public/ so that
// `next start` serves the same bytes as a static file (Next's own floor for a response of that
// size); public files are listed when the server starts, so it starts twice. The copy lives under
// /en/, where, like the article, it does not pass the proxy (a dotted path at the root would).
const publicDir = path.join(root, 'public', 'en')
const publicCopy = path.join(publicDir, `bench-article-${process.pid}.html`)
const publicDirExisted = fs.existsSync(publicDir)
process.on('exit', () => {
  fs.rmSync(publicCopy, { force: true })
  if (!publicDirExisted) fs.rmSync(publicDir, { recursive: true, force: true })
})
const edge = varnishAvailable() ? { port: await freePort(), token: randomBytes(16).toString('hex') } : null
const appEnv = edge ? { EDGE_CACHE_URLS: `http://127.0.0.1:${edge.port}`, EDGE_CACHE_TOKEN: edge.token } : {}
log(`next start on ${origin}`)
// The heap probe reports the server's own memory for the hostile soak (3c).
const probeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-heap-'))
const serverEnv = {
  ...appEnv,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(root, 'tests/bench/heap-probe.cjs')}`.trim(),
  HEAP_PROBE_DIR: probeDir,
}
let server = start('npm', ['run', 'start', '--', '-p', String(port), '-H', '127.0.0.1'], serverEnv)
await waitFor(`${origin}/en`)
const tag = (await (await fetch(`${origin}/api/tags?limit=1&locale=en&depth=0`)).json()).docs[0].slug
const published = (
  await (
    await fetch(
      `${origin}/api/articles?limit=100&locale=en&depth=0&where[_status][equals]=published&where[translated][equals]=true&sort=-releaseDate`,
    )
  ).json()
).docs
const withCharts = (article) => JSON.stringify(article.body).includes('rankingChart')
const plain = published.find((article) => !withCharts(article))
// The seed's flagship article (GII_ARTICLE_SLUG in lib/seed/content): the heaviest page, with charts.
const charted = published.find(withCharts)
const pages = {
  article: `/en/news/${charted.slug}`,
  news: '/en/news',
  tag: `/en/tags/${tag}`,
  search: '/en/search?q=patent',
}
const baselineFile = path.join(os.tmpdir(), `bench-baseline-${process.pid}.html`)
const articleHtml = await (await fetch(`${origin}${pages.article}`)).text()
fs.writeFileSync(baselineFile, articleHtml)
fs.mkdirSync(publicDir, { recursive: true })
fs.writeFileSync(publicCopy, articleHtml)
await stopGroup(server)
server = start('npm', ['run', 'start', '--', '-p', String(port), '-H', '127.0.0.1'], serverEnv)
await waitFor(`${origin}/en`)
start('node', ['tests/bench/static-server.mjs', baselineFile, String(basePort)])
await waitFor(`http://127.0.0.1:${basePort}/`)
const varnish = edge
  ? await startVarnish({ backends: [{ host: '127.0.0.1', port }], port: edge.port, purgeToken: edge.token })
  : null
if (varnish) process.on('exit', () => varnish.process.kill('SIGKILL'))
else console.log(`  the front is skipped: ${varnishInstallHint()}`)

// 3. Throughput and latency, each target warmed up first, the baselines measured in the same run,
// with the CPU time the app's processes spent per request (steadier than req/s on a busy machine).
function groupCpuMs(groupId) {
  let ticks = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // The process ended while being read.
    }
  }
  return ticks * 10
}
// The smoke asks a fixed number of times instead: on a busy machine a page rendered per request may
// not answer 32 callers within a two-second window, and the smoke only proves each step works.
const smokeRequests = { connections: 4, amount: 12 }
async function load(url, duration, { group } = {}) {
  const cpuBefore = group ? groupCpuMs(group) : 0
  const shape = quick ? smokeRequests : { connections: settings.connections, duration }
  const result = await autocannon({ url, ...shape, headers: { 'accept-encoding': 'gzip, br' } })
  return {
    requestsPerSecond: quick ? result.requests.total / Math.max(result.duration, 0.001) : result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMsPerRequest: group && result.requests.total ? (groupCpuMs(group) - cpuBefore) / result.requests.total : null,
  }
}
log(`throughput: ${settings.connections} connections, ${settings.duration} s each after ${settings.warmup} s warm-up`)
const throughput = {}
const targets = [
  ['baseline (static file)', `http://127.0.0.1:${basePort}/`, null],
  ['next start, the same bytes from public/', `${origin}/en/${path.basename(publicCopy)}`, server.pid],
  ...Object.entries(pages).map(([key, page]) => [key, `${origin}${page}`, server.pid]),
  ...(varnish
    ? [
        ['article through Varnish', `${varnish.url}${pages.article}`, null],
        ['search through Varnish', `${varnish.url}${pages.search}`, null],
      ]
    : []),
]
const varnishBefore = varnish ? varnish.stats() : null
for (const [name, url, group] of targets) {
  await load(url, settings.warmup)
  throughput[name] = {
    url: url.replace(origin, '').replace(varnish?.url ?? '\0', 'varnish:'),
    ...(await load(url, settings.duration, { group })),
  }
  console.log(
    `  ${name}: ${throughput[name].requestsPerSecond.toFixed(0)} req/s, p50 ${throughput[name].p50} ms, p99 ${throughput[name].p99} ms`,
  )
}
const baselineRps = throughput['baseline (static file)'].requestsPerSecond
for (const row of Object.values(throughput)) row.ratioToBaseline = row.requestsPerSecond / baselineRps
const nextStatic = throughput['next start, the same bytes from public/']
const edgeFigures = {
  articleToNextStatic: throughput.article.requestsPerSecond / nextStatic.requestsPerSecond,
  articleToNextStaticCpu:
    nextStatic.cpuMsPerRequest && throughput.article.cpuMsPerRequest
      ? nextStatic.cpuMsPerRequest / throughput.article.cpuMsPerRequest
      : null,
  varnishToBaseline: varnish ? throughput['article through Varnish'].requestsPerSecond / baselineRps : null,
  hitRatio: null,
}
if (varnish) {
  const after = varnish.stats()
  const hits = after.hits - varnishBefore.hits
  const misses = after.misses - varnishBefore.misses
  edgeFigures.hitRatio = hits + misses ? hits / (hits + misses) : null
}
console.log(
  `  cached article / next start static file: ${edgeFigures.articleToNextStatic.toFixed(2)} (req/s), ${edgeFigures.articleToNextStaticCpu?.toFixed(2) ?? 'n/a'} (CPU per request)` +
    (varnish
      ? `; through Varnish / baseline: ${edgeFigures.varnishToBaseline.toFixed(2)}; Varnish hit ratio ${(edgeFigures.hitRatio * 100).toFixed(1)}%`
      : ''),
)

// 3a. Pages the front cannot answer from its cache (a search never asked before, the news center
// with a query string nobody sent), through Varnish with one instance and with two on the same
// database: what a second instance adds when every request reaches the app.
let scaleOut = null
if (varnish) {
  log('misses through Varnish: one instance, then two')
  const secondPort = await freePort()
  start('npm', ['run', 'start', '--', '-p', String(secondPort), '-H', '127.0.0.1'], { ...appEnv, JOBS_AUTORUN: 'off' })
  await waitFor(`http://127.0.0.1:${secondPort}/en`)
  const both = await startVarnish({
    backends: [
      { host: '127.0.0.1', port },
      { host: '127.0.0.1', port: secondPort },
    ],
    purgeToken: edge.token,
  })
  const words = ['patent', 'trademark', 'innovation', 'copyright', 'shenzhen', 'cluster', 'wipo', 'brand']
  let sequence = 0
  const missing = [
    {
      setupRequest: (request) => ({
        ...request,
        path: `/en/search?q=${words[sequence % words.length]}+${(sequence += 1)}`,
      }),
    },
    { setupRequest: (request) => ({ ...request, path: `/en/news?fresh=${(sequence += 1)}` }) },
  ]
  const missLoad = async (base) => {
    const shape = quick ? smokeRequests : { connections: settings.connections, duration: settings.duration }
    const result = await autocannon({
      url: base,
      ...shape,
      requests: missing,
      headers: { 'accept-encoding': 'gzip, br' },
    })
    return {
      requestsPerSecond: quick ? result.requests.total / Math.max(result.duration, 0.001) : result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
    }
  }
  await missLoad(varnish.url)
  const one = await missLoad(varnish.url)
  await missLoad(both.url)
  const two = await missLoad(both.url)
  await both.stop()
  scaleOut = { one, two, ratio: one.requestsPerSecond ? two.requestsPerSecond / one.requestsPerSecond : null }
  console.log(
    `  one instance ${one.requestsPerSecond.toFixed(0)} req/s, two ${two.requestsPerSecond.toFixed(0)} req/s (×${scaleOut.ratio?.toFixed(2)})`,
  )
}

// 3b. Load: 64 connections for a minute, each cycling through the article, the news center and a
// search, with the server's memory (every process of its group) before and after.
function groupRssBytes(groupId) {
  let total = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== groupId) continue
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0) * 1024
    } catch {
      // The process ended while being read.
    }
  }
  return total
}
log(
  `load: ${settings.loadConnections} connections for ${settings.loadDuration} s on the article, the news center and search`,
)
const memoryBefore = groupRssBytes(server.pid)
const loadResult = await autocannon({
  url: origin,
  ...(quick ? smokeRequests : { connections: settings.loadConnections, duration: settings.loadDuration }),
  headers: { 'accept-encoding': 'gzip, br' },
  requests: [{ path: pages.article }, { path: pages.news }, { path: pages.search }],
})
await new Promise((resolve) => setTimeout(resolve, quick ? 500 : 5000))
const memoryAfter = groupRssBytes(server.pid)
const load64 = {
  connections: settings.loadConnections,
  seconds: settings.loadDuration,
  requests: loadResult.requests.total,
  requestsPerSecond: quick
    ? loadResult.requests.total / Math.max(loadResult.duration, 0.001)
    : loadResult.requests.average,
  p99: loadResult.latency.p99,
  errors: loadResult.errors + loadResult.timeouts + loadResult.non2xx,
  memoryBeforeMb: memoryBefore / 2 ** 20,
  memoryAfterMb: memoryAfter / 2 ** 20,
  memoryRatio: memoryBefore ? memoryAfter / memoryBefore : null,
}
console.log(
  `  ${load64.requests} requests, ${load64.errors} errors, p99 ${load64.p99} ms; memory ${load64.memoryBeforeMb.toFixed(0)} → ${load64.memoryAfterMb.toFixed(0)} MB`,
)

// 3c. Hostile soak: readers and an attacker at once (tests/bench/soak.mjs).
log(`hostile soak: ${settings.soakConnections} connections for ${settings.soakDuration} s, half readers, half attacker`)
const soak = await runHostileSoak({
  origin,
  server,
  probeDir,
  seconds: settings.soakDuration,
  connections: settings.soakConnections,
  readPaths: [pages.article, pages.news, '/en', `/zh/news`],
})
console.log(`  ${JSON.stringify(soak)}`)

// 4. Bytes: HTML, and the gzip size of every script a browser loads for the page (lazy chunks
// such as the charts' included), counted in headless Chromium after the page settles.
log('bytes')
const gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length
const browser = await chromium.launch({
  executablePath: chromePath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
})
async function bytes(page) {
  const html = await (await fetch(`${origin}${page}`)).text()
  const tab = await browser.newPage({ viewport: { width: 390, height: 844 } })
  const scripts = new Map()
  tab.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    try {
      scripts.set(response.url(), gzipSize(await response.body()))
    } catch {
      // A redirect or a response cut off by navigation has no body to count.
    }
  })
  await tab.goto(`${origin}${page}`, { waitUntil: 'networkidle' })
  // Scroll through so anything loaded on view (the charts) is counted too.
  /* global document, window -- this function runs in the page */
  await tab.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })
  await tab.waitForLoadState('networkidle')
  await tab.close()
  const js = [...scripts.values()].reduce((sum, size) => sum + size, 0)
  return {
    page,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSize(Buffer.from(html)),
    scripts: scripts.size,
    jsGzip: js,
  }
}
const byteRows = {}
for (const [name, page] of Object.entries({
  home: '/en',
  news: '/en/news',
  'article (no chart)': `/en/news/${plain?.slug}`,
  'article with charts': pages.article,
  tag: pages.tag,
})) {
  byteRows[name] = await bytes(page)
  console.log(
    `  ${name}: HTML ${byteRows[name].htmlBytes} B, JS ${(byteRows[name].jsGzip / 1024).toFixed(1)} KB gzip in ${byteRows[name].scripts} files`,
  )
}
await browser.close()

// 5. Lighthouse, mobile defaults, median of N runs per page.
const lighthouseRows = {}
if (settings.lighthouseRuns > 0) {
  log(`Lighthouse (mobile, median of ${settings.lighthouseRuns})`)
  const targets = ['en', 'zh'].flatMap((locale) => [`/${locale}`, `/${locale}/news`, `/${locale}/news/${charted.slug}`])
  const runs = []
  for (let run = 0; run < settings.lighthouseRuns; run++) {
    runs.push(
      ...(await runLighthouse(
        targets.map((target) => `${origin}${target}`),
        { categories: ['performance'] },
      )),
    )
  }
  for (const target of targets) {
    const mine = runs.filter(({ url }) => url === `${origin}${target}`).map(({ lhr }) => lhr)
    lighthouseRows[target] = {
      performance: median(mine.map((lhr) => lhr.categories.performance.score)),
      lcpMs: median(mine.map((lhr) => lhr.audits['largest-contentful-paint'].numericValue)),
      tbtMs: median(mine.map((lhr) => lhr.audits['total-blocking-time'].numericValue)),
      cls: median(mine.map((lhr) => lhr.audits['cumulative-layout-shift'].numericValue)),
    }
    console.log(`  ${target}: ${JSON.stringify(lighthouseRows[target])}`)
  }
}

// 6. Publish → live.
log('publish → live')
const publishLive = await measurePublishToLive({
  baseURL: origin,
  email: env.SEED_ADMIN_EMAIL,
  password: env.SEED_ADMIN_PASSWORD,
  runs: settings.publishRuns,
  slug: plain?.slug,
})
console.log(`  median ${publishLive.medianMs.toFixed(0)} ms`)
const publishLiveEdge = varnish
  ? await measurePublishToLive({
      baseURL: origin,
      pageURL: varnish.url,
      email: env.SEED_ADMIN_EMAIL,
      password: env.SEED_ADMIN_PASSWORD,
      runs: settings.publishRuns,
      slug: plain?.slug,
    })
  : null
if (publishLiveEdge) console.log(`  through Varnish: median ${publishLiveEdge.medianMs.toFixed(0)} ms`)
await varnish?.stop()

// 6b. Login timing: unknown email, wrong password, locked account (tests/bench/login-timing.mjs).
log('login timing')
const loginTiming = await measureLoginTiming({
  baseURL: origin,
  email: env.SEED_ADMIN_EMAIL,
  password: env.SEED_ADMIN_PASSWORD,
  tries: quick ? 2 : 10,
})
console.log(`  ${JSON.stringify(loginTiming)}`)
stopAll()
fs.rmSync(probeDir, { recursive: true, force: true })

// 7. Cost growth (tests/bench/cost-growth.mjs): the list, tag and search queries against a database of
// N articles, uncached, on SQLite, PostgreSQL and the MongoDB-protocol emulator.
const costResults = await measureCostGrowth({ sizes: settings.costSizes, dataDir, env })
const { sqlite: costSqlite, postgres: costPostgres, mongodb: costMongo } = costResults
const costGrowth = costSqlite?.cost ?? null

// 8. The report.
const fmt = (value, digits = 0) => (value === null || value === undefined ? 'n/a' : Number(value).toFixed(digits))
const lines = [
  `Benchmark ${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · Node ${process.version}${quick ? ' · QUICK SMOKE (figures meaningless)' : ''}`,
  '',
  `| throughput (${settings.connections} connections, ${settings.duration} s) | req/s | ratio to baseline | p50 ms | p99 ms | errors | app CPU ms/request |`,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...Object.entries(throughput).map(
    ([name, row]) =>
      `| ${name} \`${row.url}\` | ${fmt(row.requestsPerSecond)} | ${fmt(row.ratioToBaseline, 2)} | ${row.p50} | ${row.p99} | ${row.errors} | ${fmt(row.cpuMsPerRequest, 2)} |`,
  ),
  '',
  `Cached article against \`next start\` serving the same bytes from public/: ${fmt(edgeFigures.articleToNextStatic, 2)} in req/s, ${fmt(edgeFigures.articleToNextStaticCpu, 2)} in CPU per request.` +
    (varnish
      ? ` Through Varnish against the static baseline: ${fmt(edgeFigures.varnishToBaseline, 2)}; Varnish hit ratio ${fmt(edgeFigures.hitRatio * 100, 1)}%.`
      : ' Varnish not installed: no figures through the front.'),
  ...(scaleOut
    ? [
        '',
        `Misses through Varnish (a new search, the news center with a new query string; ${settings.connections} connections): ` +
          `one instance ${fmt(scaleOut.one.requestsPerSecond)} req/s (p99 ${scaleOut.one.p99} ms, ${scaleOut.one.errors} errors), ` +
          `two instances on the same database ${fmt(scaleOut.two.requestsPerSecond)} req/s (p99 ${scaleOut.two.p99} ms, ${scaleOut.two.errors} errors): ×${fmt(scaleOut.ratio, 2)}.`,
      ]
    : []),
  '',
  `Load: ${load64.connections} connections for ${load64.seconds} s cycling through article, news center and search: ${load64.requests} requests (${fmt(load64.requestsPerSecond)} req/s), ` +
    `${load64.errors} errors, p99 ${load64.p99} ms; server memory ${fmt(load64.memoryBeforeMb)} MB before, ${fmt(load64.memoryAfterMb)} MB after (${fmt((load64.memoryRatio - 1) * 100, 1)}%).`,
  '',
  '| page | HTML bytes | HTML gzip | scripts | JS gzip KB |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...Object.entries(byteRows).map(
    ([name, row]) =>
      `| ${name} \`${row.page}\` | ${row.htmlBytes} | ${row.htmlGzip} | ${row.scripts} | ${fmt(row.jsGzip / 1024, 1)} |`,
  ),
  ...(settings.lighthouseRuns
    ? [
        '',
        `| Lighthouse mobile (median of ${settings.lighthouseRuns}) | performance | LCP ms | TBT ms | CLS |`,
        '| --- | ---: | ---: | ---: | ---: |',
        ...Object.entries(lighthouseRows).map(
          ([page, row]) =>
            `| \`${page}\` | ${fmt(row.performance, 2)} | ${fmt(row.lcpMs)} | ${fmt(row.tbtMs)} | ${fmt(row.cls, 3)} |`,
        ),
      ]
    : []),
  ...costTables(costResults, settings.costSizes),
  '',
  `Publish → live (${publishLive.runs} edits through REST): median ${fmt(publishLive.medianMs)} ms, min ${fmt(publishLive.minMs)} ms, max ${fmt(publishLive.maxMs)} ms.` +
    (publishLiveEdge
      ? ` Through Varnish (purge by tag): median ${fmt(publishLiveEdge.medianMs)} ms, min ${fmt(publishLiveEdge.minMs)} ms, max ${fmt(publishLiveEdge.maxMs)} ms.`
      : ''),
  '',
  `Hostile soak: ${soak.connections} connections for ${soak.seconds} s (half reading pages, half sending GraphQL nested 30 deep, ` +
    `14 MB uploads, 3 MB JSON, 1 MB posted to a page and odd URLs): crashes ${soak.crashes}; ` +
    `5xx ${soak.readers.serverErrors} to readers, ${soak.attacker.serverErrors} to the attacker; ` +
    `readers ${soak.readers.requests} requests, p50 ${soak.readers.p50} ms, p99 ${soak.readers.p99} ms, ${soak.readers.errors} errors; ` +
    `attacker ${soak.attacker.requests} answers ${JSON.stringify(soak.attacker.byStatus)}, ${soak.attacker.socketErrors} connections cut; ` +
    `server heap ${fmt(soak.memory.heapUsedBeforeMb)} → ${fmt(soak.memory.heapUsedAfterMb)} MB, RSS ${fmt(soak.memory.rssBeforeMb)} → ${fmt(soak.memory.rssAfterMb)} MB.`,
  '',
  `Failed login, median of ${loginTiming.tries}: unknown email ${fmt(loginTiming.unknownEmail.medianMs)} ms, wrong password ` +
    `${fmt(loginTiming.wrongPassword.medianMs)} ms, locked account ${fmt(loginTiming.lockedAccount.medianMs)} ms; ` +
    `${loginTiming.distinctMessages} distinct message(s), status ${loginTiming.statuses.join('/')}.`,
]
const table = lines.join('\n')
console.log(`\n${table}\n`)
const resultsDir = path.join(root, 'tests', 'bench', 'results')
fs.mkdirSync(resultsDir, { recursive: true })
const figures = {
  date: new Date().toISOString(),
  quick,
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
  settings,
  throughput,
  edge: edgeFigures,
  scaleOut,
  load: load64,
  soak,
  loginTiming,
  bytes: byteRows,
  lighthouse: lighthouseRows,
  costGrowth,
  costGrowthPostgres: costPostgres?.cost ?? null,
  costGrowthMongo: costMongo?.cost ?? null,
  searchPlans: { sqlite: costSqlite?.plans ?? null, postgres: costPostgres?.plans ?? null },
  publishLive,
  publishLiveEdge,
  table,
}
fs.writeFileSync(path.join(resultsDir, quick ? 'smoke.json' : 'latest.json'), `${JSON.stringify(figures, null, 2)}\n`)
fs.rmSync(baselineFile, { force: true })
const failed =
  !costGrowth ||
  (postgresAvailable() && !costPostgres) ||
  !costMongo ||
  !load64.requests ||
  Object.values(throughput).some((row) => !row.requestsPerSecond)
process.exit(failed ? 1 : 0)
