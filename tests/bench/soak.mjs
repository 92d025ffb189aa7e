// Hostile soak: normal readers and an attacker at the same time, against `next start`. Half the
// connections read pages as visitors do; the other half cycle through what once hurt the server
// (issue 13): GraphQL nested 30 deep, bodies far over each route's limit (a 14 MB upload, 3 MB of
// JSON, 1 MB posted to a page), and odd URLs. Reported, never asserted: crashes (must be 0),
// 5xx answers, the server's heap and RSS before and after, and the readers' p99.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

const MB = 1024 * 1024

/** What the attacker sends, in turn, on each of its connections. */
function hostileRequests() {
  const nested = `{ Articles(limit: 100) { docs { id ${'related { id '.repeat(30)}${'} '.repeat(30)}} } }`
  const boundary = 'soakboundary'
  const upload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    Buffer.alloc(14 * MB, 1),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const odd = [
    '/.env',
    '/wp-login.php',
    '/a.b',
    '/favicon.ico',
    '/api/media/file/missing.png',
    '/en/news/%ZZ',
    '/admin/%ZZ',
    `/en/news/${'a'.repeat(400)}`,
    '/..%2f..%2fetc%2fpasswd',
    '/zh/%E4%B8%AD%E6%96%87.php',
  ]
  return [
    {
      method: 'POST',
      path: '/api/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: nested }),
    },
    {
      method: 'POST',
      path: '/api/media',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: upload,
    },
    {
      method: 'POST',
      path: '/api/tags',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(3 * MB) }),
    },
    { method: 'POST', path: '/en/news', headers: { 'content-type': 'application/json' }, body: Buffer.alloc(MB, 32) },
    ...odd.map((oddPath) => ({ method: 'GET', path: oddPath })),
  ]
}

/** process.memoryUsage() of the server, written every second by tests/bench/heap-probe.cjs. */
function serverMemory(probeDir) {
  for (const file of fs.existsSync(probeDir) ? fs.readdirSync(probeDir) : []) {
    try {
      const sample = JSON.parse(fs.readFileSync(path.join(probeDir, file), 'utf8'))
      if (sample.title?.startsWith('next-server')) return sample
    } catch {
      // Being written.
    }
  }
  return null
}

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const statusCount = (result, predicate) =>
  Object.entries(result.statusCodeStats ?? {}).reduce(
    (sum, [code, { count }]) => (predicate(Number(code)) ? sum + count : sum),
    0,
  )

/**
 * Runs the soak against `origin`. `server` is the `npm run start` child (its exit is a crash);
 * `probeDir` is where the heap probe writes.
 */
export async function runHostileSoak({ origin, server, probeDir, seconds = 60, connections = 32, readPaths }) {
  let crashed = 0
  const onExit = () => (crashed += 1)
  server.once('exit', onExit)
  await settle(1500)
  const before = serverMemory(probeDir)
  const common = { url: origin, duration: seconds, timeout: 20, headers: { 'accept-encoding': 'gzip, br' } }
  const [readers, attacker] = await Promise.all([
    autocannon({
      ...common,
      connections: connections / 2,
      requests: readPaths.map((readPath) => ({ path: readPath })),
    }),
    autocannon({ ...common, connections: connections / 2, requests: hostileRequests() }),
  ])
  await settle(3000)
  const after = serverMemory(probeDir)
  server.off('exit', onExit)
  const stillAnswering = await fetch(`${origin}/en`).then(
    (response) => response.status,
    () => 0,
  )
  const mb = (bytes) => (typeof bytes === 'number' ? bytes / MB : null)
  return {
    seconds,
    connections,
    crashes: crashed + (stillAnswering === 200 ? 0 : 1),
    readers: {
      requests: readers.requests.total,
      requestsPerSecond: readers.requests.average,
      p50: readers.latency.p50,
      p99: readers.latency.p99,
      errors: readers.errors + readers.timeouts,
      serverErrors: statusCount(readers, (code) => code >= 500),
    },
    attacker: {
      requests: attacker.requests.total,
      byStatus: Object.fromEntries(
        Object.entries(attacker.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
      ),
      // Connections the server closed on an oversized body it refused to read: expected.
      socketErrors: attacker.errors + attacker.timeouts,
      serverErrors: statusCount(attacker, (code) => code >= 500),
    },
    memory: {
      heapUsedBeforeMb: mb(before?.heapUsed),
      heapUsedAfterMb: mb(after?.heapUsed),
      rssBeforeMb: mb(before?.rss),
      rssAfterMb: mb(after?.rss),
    },
    machine: `${os.cpus().length} cores`,
  }
}
