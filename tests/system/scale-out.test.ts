/**
 * Several instances, one site: Varnish (round robin, health probes) in front of two `next start`
 * instances of the production build, sharing one PostgreSQL, one Redis (Next's cache and tag
 * expiry, the job runner's lock) and one S3 API server (media). Runs after the e2e suite has built
 * `.next`. Every server is started here on a free loopback port and stopped afterwards.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import type { getPayload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, startVarnish, varnishAvailable, varnishInstallHint } from '../../lib/edge/varnish.mjs'
import { GII_ARTICLE_SLUG } from '../../lib/seed/content'
import { toLexical } from '../../lib/seed/lexical'
import { startApp } from '../support/app-server.mjs'
import { postgresAvailable, startPostgres } from '../support/postgres.mjs'
import { redisAvailable, startRedis } from '../support/redis.mjs'
import { startS3 } from '../support/s3.mjs'

const root = path.resolve(import.meta.dirname, '../..')

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => resolve({ status, output: output.slice(-4000) }))
  })
}
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID'))
const missing = [
  ...(varnishAvailable() ? [] : [varnishInstallHint()]),
  ...(redisAvailable() ? [] : ['redis-server (Debian: apt-get install redis-server)']),
  ...(postgresAvailable() ? [] : ["PostgreSQL's server programs (Debian: apt-get install postgresql)"]),
]

describe.runIf(missing.length > 0 && process.env.CI === 'true')('several instances behind Varnish', () => {
  it('needs Varnish, Redis and PostgreSQL under CI', () => {
    throw new Error(`Missing: ${missing.join('; ')}`)
  })
})

type App = Awaited<ReturnType<typeof startApp>>
type Payload = Awaited<ReturnType<typeof getPayload>>

describe.skipIf(missing.length > 0 || !built)('several instances behind Varnish', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>
  let redis: Awaited<ReturnType<typeof startRedis>>
  let s3: Awaited<ReturnType<typeof startS3>>
  let varnish: Awaited<ReturnType<typeof startVarnish>>
  let a: App
  let b: App
  let env: NodeJS.ProcessEnv
  let payload: Payload
  let token = ''
  const ports = { a: 0, b: 0 }

  const auth = () => ({ authorization: `JWT ${token}` })
  async function api(origin: string, method: string, pathname: string, body?: unknown) {
    const response = await fetch(`${origin}/api/${pathname}`, {
      method,
      headers: { ...auth(), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as Record<string, unknown>
    if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  const page = async (origin: string, pathname: string) => {
    const response = await fetch(origin + pathname)
    return { status: response.status, body: await response.text(), headers: response.headers }
  }
  const startInstance = (port: number) => startApp({ port, env })

  beforeAll(async () => {
    ;[pg, redis, s3] = await Promise.all([startPostgres(), startRedis(), startS3()])
    ports.a = await freePort()
    ports.b = await freePort()
    const edgePort = await freePort()
    const purgeToken = 'scale-out-token'
    env = {
      ...process.env,
      DATABASE_URI: pg.url,
      REDIS_URL: redis.url,
      ...s3.env,
      MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-unused-media-')),
      EDGE_CACHE_URLS: `http://127.0.0.1:${edgePort}`,
      EDGE_CACHE_TOKEN: purgeToken,
      // Both instances run the job runner, every second.
      JOBS_CRON: '* * * * * *',
      JOBS_AUTORUN: 'on',
    }
    // Migrate and seed once (covers go to S3), as `npm start` does. Not spawnSync: the S3 server
    // answers from this process, which must keep running meanwhile.
    const prepared = await run('node', ['lib/db/run-ts.mjs', 'lib/db/prepare.ts'], env)
    expect(prepared.status, prepared.output).toBe(0)
    ;[a, b] = await Promise.all([startInstance(ports.a), startInstance(ports.b)])
    varnish = await startVarnish({
      backends: [
        { host: '127.0.0.1', port: ports.a },
        { host: '127.0.0.1', port: ports.b },
      ],
      port: edgePort,
      purgeToken,
    })
    const login = await fetch(`${a.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD }),
    })
    expect(login.status, 'admin login').toBe(200)
    token = ((await login.json()) as { token: string }).token
    // This process reads and queues through Payload too (the test's own eyes on the database).
    Object.assign(process.env, { DATABASE_URI: pg.url, ...s3.env, JOBS_AUTORUN: 'off' })
    const [payloadModule, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    payload = await payloadModule.getPayload({ config })
  }, 600_000)

  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()])
    await varnish?.stop()
    await payload?.destroy()
    await Promise.allSettled([redis?.stop(), s3?.stop()])
    pg?.stop()
  })

  it('a publish through A is live through the front and on B at the next request', async () => {
    const pathname = `/en/news/${GII_ARTICLE_SLUG}`
    // Both instances and the front have the page.
    for (const origin of [varnish.url, a.url, b.url, varnish.url])
      expect((await page(origin, pathname)).status).toBe(200)
    expect((await page(b.url, pathname)).headers.get('x-nextjs-cache')).toBe('HIT')
    const { docs } = (await api(
      a.url,
      'GET',
      `articles?locale=en&depth=0&where[slug][equals]=${GII_ARTICLE_SLUG}`,
    )) as {
      docs: { id: number; title: string }[]
    }
    const title = `${docs[0].title} — corrected ${Date.now()}`
    await api(a.url, 'PATCH', `articles/${docs[0].id}?locale=en`, { title, _status: 'published' })
    expect((await page(varnish.url, pathname)).body).toContain(title)
    expect((await page(b.url, pathname)).body).toContain(title)
  })

  it('an upload through A, with its sizes, is served by B; deleting it removes the objects', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#0b3d6e' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `scale-out-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Scale-out test image' }))
    const uploaded = await fetch(`${a.url}/api/media`, { method: 'POST', headers: auth(), body: form })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as {
      doc: { id: number; url: string; sizes: Record<string, { url: string | null }> }
    }
    const urls = [doc.url, doc.sizes.thumbnail.url, doc.sizes.og.url].filter((url): url is string => Boolean(url))
    expect(urls).toHaveLength(3)
    for (const url of urls) {
      const served = await fetch(b.url + new URL(url, b.url).pathname)
      expect(served.status, url).toBe(200)
      expect(served.headers.get('content-type')).toMatch(/^image\//)
    }
    const original = await fetch(b.url + new URL(doc.url, b.url).pathname)
    expect(Buffer.from(await original.arrayBuffer()).equals(png)).toBe(true)
    // Nothing of it on either instance's disk.
    expect(fs.readdirSync(env.MEDIA_DIR!)).toEqual([])

    const { S3Client, ListObjectsV2Command } = await import('@aws-sdk/client-s3')
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
    const stem = path.basename(new URL(doc.url, b.url).pathname).replace(/\.png$/, '')
    const objects = async () =>
      ((await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? [])
        .map((object) => object.Key)
        .filter((key) => key?.includes(stem))
    expect((await objects()).length).toBe(1 + Object.keys(doc.sizes).length)

    const deleted = await fetch(`${b.url}/api/media/${doc.id}`, { method: 'DELETE', headers: auth() })
    expect(deleted.status).toBe(200)
    expect(await objects()).toEqual([])
    expect((await fetch(a.url + new URL(doc.url, a.url).pathname)).status).toBe(404)
  })

  it('20 scheduled publishes due at the same second, with both instances running jobs, each run once', async () => {
    const admin = (
      await payload.find({ collection: 'users', where: { email: { equals: env.SEED_ADMIN_EMAIL } }, depth: 0 })
    ).docs[0]
    const category = (await payload.find({ collection: 'categories', limit: 1, depth: 0 })).docs[0]
    const due = new Date(Date.now() + 4000)
    const ids: (number | string)[] = []
    for (let index = 0; index < 20; index += 1) {
      const article = await payload.create({
        collection: 'articles',
        locale: 'en',
        draft: true,
        context: { disableRevalidate: true },
        data: {
          title: `Scheduled together ${index} ${Date.now()}`,
          summary: 'Due at the same second as nineteen others.',
          body: toLexical([{ type: 'paragraph', text: 'Complete in English, so it may be published.' }]),
          category: category.id,
          _status: 'draft',
        } as never,
      })
      ids.push(article.id)
      await payload.jobs.queue({
        task: 'schedulePublish',
        waitUntil: due,
        input: {
          type: 'publish',
          doc: { relationTo: 'articles', value: String(article.id) },
          user: { relationTo: 'users', value: admin.id },
        },
      } as never)
    }
    const publishedVersions = async (id: number | string) =>
      (
        await payload.findVersions({
          collection: 'articles',
          where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
          limit: 10,
        })
      ).totalDocs
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const live = await payload.count({
        collection: 'articles',
        where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      })
      if (live.totalDocs === ids.length) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    // A few more runner ticks, in case a second run of any job were coming.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const counts = await Promise.all(ids.map(publishedVersions))
    expect(counts).toEqual(ids.map(() => 1))
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { 'input.doc.value': { in: ids.map(String) } },
    })
    expect(left.totalDocs).toBe(0)
  })

  it('stopping A under load fails no request at the front; B carries it; A restarted rejoins', async () => {
    // Cached pages, and searches never asked before: those miss the front and reach an instance.
    let sequence = 0
    const paths = [
      `/en/news/${GII_ARTICLE_SLUG}`,
      '/zh/news',
      '/en/search?q=patent',
      `/zh/search?q=${encodeURIComponent('专利')}`,
    ]
    const before = varnish.backendRequests()
    const load = autocannon({
      url: varnish.url,
      connections: 32,
      duration: 30,
      requests: [
        ...paths.map((pathname) => ({ path: pathname })),
        { setupRequest: (request) => ({ ...request, path: `/en/search?q=patent+p${(sequence += 1)}` }) },
      ],
    })
    await new Promise((resolve) => setTimeout(resolve, 8000))
    const stoppedAt = varnish.backendRequests()
    await a.stop('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 10_000))
    const afterStop = varnish.backendRequests()
    const result = await load
    expect(result.errors + result.timeouts).toBe(0)
    expect(result.non2xx).toBe(0)
    expect(result.requests.total).toBeGreaterThan(100)
    // Both answered before; B alone after A stopped (A's count stands still, B's grows).
    expect(stoppedAt[1] - (before[1] ?? 0)).toBeGreaterThan(0)
    expect(stoppedAt[2] - (before[2] ?? 0)).toBeGreaterThan(0)
    const final = varnish.backendRequests()
    expect(final[2] - afterStop[2]).toBeGreaterThan(0)

    a = await startInstance(ports.a)
    const deadline = Date.now() + 30_000
    let rejoined = false
    while (!rejoined && Date.now() < deadline) {
      const mark = varnish.backendRequests()[1]
      await Promise.all(
        Array.from({ length: 8 }, () =>
          fetch(`${varnish.url}/en/search?q=rejoin+r${(sequence += 1)}`).then((response) => response.text()),
        ),
      )
      rejoined = varnish.backendRequests()[1] > mark
      if (!rejoined) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(rejoined).toBe(true)
  }, 120_000)
})
