/**
 * Varnish (with xkey, deploy/varnish/news-center.vcl) in front of the production build: what it
 * keeps, what it never keeps, purges by tag when content changes, nothing purged by drafts, and the
 * last copy served while the app is down. Runs after the e2e suite has built `.next`, on a copy of
 * its database.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, startVarnish, varnishAvailable, varnishInstallHint } from '../../lib/edge/varnish.mjs'
import { GII_ARTICLE_SLUG } from '../../lib/seed/content'
import { startApp } from '../support/app-server.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID'))
const e2eData = path.join(root, 'data', 'e2e')
const ready = built && fs.existsSync(path.join(e2eData, 'news-center.db'))
const missingUnderCi = !varnishAvailable() && process.env.CI === 'true'

type App = Awaited<ReturnType<typeof startApp>>
type Varnish = Awaited<ReturnType<typeof startVarnish>>
let app: App
let varnish: Varnish
let token = ''

const auth = () => ({ authorization: `JWT ${token}`, 'content-type': 'application/json' })

async function front(pathname: string, init: RequestInit = {}) {
  const response = await fetch(varnish.url + pathname, { redirect: 'manual', ...init })
  return {
    status: response.status,
    headers: response.headers,
    body: await response.text(),
    cache: response.headers.get('x-cache'),
  }
}

/** Asks until Varnish answers from its cache (the first answer fills it). */
async function cached(pathname: string) {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const answer = await front(pathname)
    if (answer.cache === 'HIT') return answer
  }
  const last = await front(pathname)
  throw new Error(
    `${pathname} never came from the cache: ${last.status} ${last.cache} ${last.headers.get('cache-control')} ${last.body.slice(0, 200)}`,
  )
}

async function api(method: string, pathname: string, body?: unknown) {
  const response = await fetch(`${app.url}/api/${pathname}`, {
    method,
    headers: auth(),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

describe.runIf(missingUnderCi)('Varnish in front of the app', () => {
  it('needs varnishd with the xkey module under CI', () => {
    throw new Error(varnishInstallHint())
  })
})

describe.skipIf(!ready || !varnishAvailable())('Varnish in front of the app', () => {
  beforeAll(async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-edge-'))
    fs.cpSync(e2eData, data, { recursive: true })
    const appPort = await freePort()
    const edgePort = await freePort()
    const purgeToken = 'edge-test-token'
    varnish = await startVarnish({ backends: [{ host: '127.0.0.1', port: appPort }], port: edgePort, purgeToken })
    app = await startApp({
      port: appPort,
      env: {
        ...process.env,
        DATABASE_URI: `file:${path.join(data, 'news-center.db')}`,
        MEDIA_DIR: path.join(data, 'media'),
        EDGE_CACHE_URLS: varnish.url,
        EDGE_CACHE_TOKEN: purgeToken,
        JOBS_AUTORUN: 'off',
      },
    })
    const login = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: process.env.SEED_ADMIN_EMAIL, password: process.env.SEED_ADMIN_PASSWORD }),
    })
    expect(login.status, 'admin login').toBe(200)
    token = ((await login.json()) as { token: string }).token
  }, 240_000)

  afterAll(async () => {
    await app?.stop()
    await varnish?.stop()
  })

  it('keeps a public page as one copy for every reader, with the headers a shared cache needs', async () => {
    const page = `/en/news/${GII_ARTICLE_SLUG}`
    const first = await front(page, { headers: { cookie: 'analytics=1; consent=yes' } })
    expect(first.status).toBe(200)
    const hit = await cached(page)
    expect(hit.body).toBe(first.body)
    for (const answer of [first, hit]) {
      expect(answer.headers.get('set-cookie')).toBeNull()
      expect(answer.headers.get('vary')).toBe('Accept-Encoding')
      expect(answer.headers.get('cache-control')).toMatch(
        /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/,
      )
      expect(answer.headers.get('content-security-policy')).toMatch(/script-src 'self';/)
      // The tags are for the front alone.
      expect(answer.headers.get('xkey')).toBeNull()
    }
    // Straight from the app: the tags the page read, and no per-reader header.
    const direct = await fetch(app.url + page)
    expect(direct.headers.get('xkey')?.split(' ')).toEqual(
      expect.arrayContaining([`article:${GII_ARTICLE_SLUG}`, 'articles', 'site-settings']),
    )
    expect(direct.headers.get('set-cookie')).toBeNull()
    // React's navigation headers get the page, not a variant of it.
    const navigation = await front(page, { headers: { rsc: '1', 'next-router-prefetch': '1' } })
    expect(navigation.cache).toBe('HIT')
    expect(navigation.headers.get('content-type')).toMatch(/^text\/html/)
  })

  it('never keeps the admin, the API, a session or a preview', async () => {
    const session = { cookie: `payload-token=${token}` }
    const preview = { cookie: '__prerender_bypass=anything' }
    for (const [pathname, headers] of [
      ['/admin', {}],
      ['/api/articles?limit=1', {}],
      [`/en/news/${GII_ARTICLE_SLUG}`, session],
      [`/en/news/${GII_ARTICLE_SLUG}`, preview],
      ['/next/health', {}],
    ] as const) {
      await front(pathname, { headers })
      const again = await front(pathname, { headers })
      expect(again.cache, pathname).toBe('MISS')
    }
    // A purge needs the token.
    const refused = await fetch(varnish.url, { method: 'PURGE', headers: { 'xkey-purge': 'articles' } })
    expect(refused.status).toBe(403)
  })

  it('autosaves and draft saves purge nothing; publishing purges the pages that show the article', async () => {
    const { docs } = (await api(
      'GET',
      'articles?limit=2&depth=0&locale=en&where[_status][equals]=published&where[completeEn][equals]=true&sort=-releaseDate',
    )) as {
      docs: { id: number; slug: string; title: string }[]
    }
    const [article, other] = docs
    const pages = [`/en/news/${article.slug}`, `/en/news/${other.slug}`, '/en/news', '/zh/news']
    for (const page of pages) await cached(page)

    await api('PATCH', `articles/${article.id}?locale=en&draft=true&autosave=true`, {
      title: `${article.title} (autosaved)`,
    })
    await api('PATCH', `articles/${article.id}?locale=en&draft=true`, { title: `${article.title} (draft)` })
    for (const page of pages) {
      const answer = await front(page)
      expect(answer.cache, `${page} after draft saves`).toBe('HIT')
      expect(answer.body).not.toContain('(draft)')
      // Nor did they expire Next's own copy.
      expect((await fetch(app.url + page)).headers.get('x-nextjs-cache'), page).toBe('HIT')
    }

    // Search results are kept at the front too, tagged with the articles they list: a search for a
    // word only the new title will hold is kept empty, then purged by the publish.
    const word = `edgeword${Date.now().toString(36)}`
    const search = `/en/search?q=${word}`
    expect((await cached(search)).body).not.toContain(`/en/news/${article.slug}"`)
    expect((await fetch(app.url + search)).headers.get('xkey')?.split(' ')).toContain('articles')

    const published = `${article.title} (published ${word})`
    await api('PATCH', `articles/${article.id}?locale=en`, { title: published, _status: 'published' })
    const found = await front(search)
    expect(found.cache).toBe('MISS')
    expect(found.body).toContain(`/en/news/${article.slug}"`)
    const live = await front(`/en/news/${article.slug}`)
    expect(live.cache).toBe('MISS')
    expect(live.body).toContain(published)
    expect((await front('/en/news')).body).toContain(published)
  })

  it('a site-settings change, an unpublish and a delete are live through the front on the next request', async () => {
    await cached('/en/about')
    const settings = (await api('GET', 'globals/site-settings?locale=en&depth=0')) as { copyright?: string }
    const copyright = `© Edge cache test ${Date.now()}`
    await api('POST', 'globals/site-settings?locale=en', { copyright })
    expect((await front('/en/about')).body).toContain(copyright)
    await api('POST', 'globals/site-settings?locale=en', { copyright: settings.copyright ?? '' })

    const { docs } = (await api(
      'GET',
      'articles?limit=1&depth=0&locale=en&where[_status][equals]=published&where[completeEn][equals]=true&sort=releaseDate',
    )) as {
      docs: { id: number; slug: string }[]
    }
    const [article] = docs
    await cached(`/en/news/${article.slug}`)
    await api('PATCH', `articles/${article.id}?locale=en`, { _status: 'draft' })
    expect((await front(`/en/news/${article.slug}`)).status).toBe(404)
    await api('PATCH', `articles/${article.id}?locale=en`, { _status: 'published' })
    expect((await cached(`/en/news/${article.slug}`)).status).toBe(200)
    await api('DELETE', `articles/${article.id}`)
    expect((await front(`/en/news/${article.slug}`)).status).toBe(404)
  })

  it('keeps answering with the last copy while the app is down, a just-purged page included', async () => {
    const page = `/zh/news/${GII_ARTICLE_SLUG}`
    const before = await cached(page)
    await cached('/zh/news')
    // Purged (soft) but not yet fetched again when the app goes away.
    const purge = await fetch(varnish.url, {
      method: 'PURGE',
      headers: { 'xkey-purge': 'articles', 'x-purge-token': 'edge-test-token' },
    })
    expect(purge.status).toBe(200)
    await app.stop('SIGKILL')
    for (const pathname of [page, '/zh/news']) {
      const answer = await front(pathname)
      expect(answer.status, pathname).toBe(200)
      expect(answer.body).toContain('<h1')
    }
    expect((await front(page)).body).toBe(before.body)
    // A page it never had cannot be made up.
    expect((await front('/zh/tags')).status).toBe(503)
  })
})
