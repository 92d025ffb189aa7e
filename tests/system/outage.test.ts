/**
 * A database outage against the production build: `next start` on a throw-away PostgreSQL, which
 * is then stopped and started again under it. Runs after the e2e suite has built `.next`.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GII_ARTICLE_SLUG } from '@/lib/seed/content'

import { postgresAvailable, startPostgres } from '../support/postgres.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID'))
const port = Number(process.env.OUTAGE_PORT ?? 3240)
const origin = `http://127.0.0.1:${port}`

type Postgres = Awaited<ReturnType<typeof startPostgres>>
let pg: Postgres
let server: ChildProcess
let log = ''

async function get(pathname: string) {
  const started = performance.now()
  const response = await fetch(origin + pathname, { redirect: 'manual' })
  const body = await response.text()
  return { status: response.status, body, headers: response.headers, ms: performance.now() - started }
}

async function until<T>(what: string, attempt: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const result = await attempt().catch(() => undefined)
    if (result !== undefined) return result
    if (Date.now() > deadline)
      throw new Error(`${what} did not happen within ${seconds} s. Server log:\n${log.slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

describe.skipIf(!postgresAvailable() || !built)('a database outage (PostgreSQL stopped under next start)', () => {
  beforeAll(async () => {
    pg = await startPostgres()
    const media = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-outage-media-'))
    const env = {
      ...process.env,
      DATABASE_URI: pg.url,
      MEDIA_DIR: media,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SEED_ADMIN_EMAIL: 'outage-admin@example.com',
      SEED_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
      NEXT_PUBLIC_SERVER_URL: origin,
      JOBS_AUTORUN: 'off',
    }
    const prepared = spawnSync('node', ['lib/db/run-ts.mjs', 'lib/db/prepare.ts'], { cwd: root, env, encoding: 'utf8' })
    expect(prepared.status, prepared.stderr).toBe(0)
    // Its own process group, so the server Next forks goes when the test ends.
    server = spawn('npx', ['next', 'start', '-p', String(port)], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    server.stdout!.on('data', (chunk) => (log += chunk))
    server.stderr!.on('data', (chunk) => (log += chunk))
    await until('the server answering', async () => ((await get('/en')).status === 200 ? true : undefined))
  }, 240_000)

  afterAll(() => {
    try {
      if (server?.pid) process.kill(-server.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
    pg?.stop()
  })

  it('keeps cached pages, answers a quick localized 503 for the rest, and recovers without a restart', async () => {
    const cached = ['/en', '/zh/news', `/en/news/${GII_ARTICLE_SLUG}`, `/zh/news/${GII_ARTICLE_SLUG}`]
    for (const pathname of cached) expect((await get(pathname)).status, pathname).toBe(200)
    expect((await get('/en/search?q=patent')).status).toBe(200)

    pg.pause()
    // The proxy asks the database at most twice a second (lib/db/health.ts): until it has noticed.
    await until(
      'the proxy noticing the outage',
      async () => ((await get('/en/search?q=patent')).status === 503 ? true : undefined),
      10,
    )

    for (const pathname of cached) {
      const page = await get(pathname)
      expect(page.status, pathname).toBe(200)
      expect(page.body).toContain('<h1')
    }
    // Search passes the proxy, which cannot know whether Next holds a query's results without asking
    // the server itself (it does not): every search waits for the database, answered at once.
    const english = await get('/en/search?q=trademark')
    expect(english.status).toBe(503)
    expect(english.body).toContain('Temporarily unavailable')
    expect(english.headers.get('retry-after')).toBe('30')
    expect(english.ms).toBeLessThan(2000)
    const chinese = await get(`/zh/search?q=${encodeURIComponent('商标')}`)
    expect(chinese.status).toBe(503)
    expect(chinese.body).toContain('暂时无法访问')
    expect(chinese.body).toContain('<html lang="zh-CN">')

    pg.resume()

    const recovered = await until('search working again', async () => {
      const page = await get('/en/search?q=patent')
      return page.status === 200 ? page : undefined
    })
    expect(recovered.body).toContain('patent')
    expect(server.exitCode).toBeNull()
    expect(log).not.toMatch(/uncaught|unhandled/i)
  })
})
