import http from 'node:http'

import { type APIRequestContext, expect, test } from '@playwright/test'
import sharp from 'sharp'

import { tooLargeMessage } from '../../lib/http/limits'
import { adminCredentials, adminHeaders } from './support/admin-api'

/**
 * Bounded work per request, against the production build: GraphQL that would expand without end,
 * bodies over each route's limit, answers a shared cache must not keep, writes from another site.
 * Every refusal must come back at once: `timeout` on a request is the bound, not a measurement.
 */

const QUICK = { timeout: 10_000 }

/** `Articles(limit: 100) { docs { id related { id related { … } } } }` nested `depth` times. */
const nested = (depth: number) =>
  `{ Articles(limit: 100) { docs { id ${'related { id '.repeat(depth)}${'} '.repeat(depth)}} } }`

const origin = () => test.info().project.use.baseURL!

/**
 * A raw HTTP request that announces `declared` bytes and sends only `sent`: the answer must come
 * before the rest, which a server reading the whole body first would wait for forever.
 */
function announce(
  path: string,
  { declared, sent = 1024, headers = {} }: { declared?: number; sent?: number; headers?: Record<string, string> },
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(path, origin())
    const request = http.request(url, {
      method: 'POST',
      headers: {
        ...headers,
        ...(declared === undefined ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(declared) }),
      },
      timeout: 10_000,
    })
    request.on('response', (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body })
        request.destroy()
      })
    })
    request.on('timeout', () => request.destroy(new Error(`no answer to ${path} within 10 s`)))
    request.on('error', reject)
    request.write(Buffer.alloc(sent, 'a'))
    // A chunked body keeps coming: 64 KB at a time, until the server answers or 30 MB went out.
    if (declared === undefined) {
      let written = sent
      const more = () => {
        if (request.destroyed || written > 30 * 1024 * 1024) return
        written += 64 * 1024
        if (request.write(Buffer.alloc(64 * 1024, 'a'))) setImmediate(more)
        else request.once('drain', more)
      }
      more()
    }
  })
}

async function graphql(request: APIRequestContext, query: string) {
  const response = await request.post('/api/graphql', { data: { query }, ...QUICK })
  return { status: response.status(), json: await response.json() }
}

test.describe('GraphQL', () => {
  test('the self-nested query 30 and 100 deep is refused at once, with a reason; the site keeps answering', async ({
    request,
  }) => {
    for (const depth of [30, 100]) {
      const { status, json } = await graphql(request, nested(depth))
      expect(status, `depth ${depth}`).toBe(400)
      expect(json.data).toBeUndefined()
      expect(json.errors.map((error: { message: string }) => error.message).join('\n')).toMatch(
        /depth limit of \d+ exceeded/,
      )
    }
    // Wide instead of deep: refused by what it could expand to.
    const wide = await graphql(
      request,
      '{ Articles(limit: 100) { docs { related { related { related { title } } } } } }',
    )
    expect(wide.status).toBe(400)
    expect(wide.json.errors[0].message).toMatch(/could return about [\d,]+ documents and objects; the limit is/)
    // Still serving: pages, and a query of the size a client really asks.
    expect((await request.get('/en', QUICK)).status()).toBe(200)
    const ordinary = await graphql(
      request,
      '{ Articles(limit: 10, locale: en) { docs { title category { name } related { title } } } }',
    )
    expect(ordinary.status).toBe(200)
    expect(ordinary.json.data.Articles.docs.length).toBeGreaterThan(0)
  })

  test('a GraphQL body over its limit is refused before it is parsed', async ({ request }) => {
    const response = await request.post('/api/graphql', {
      data: { query: `{ ${'__typename '.repeat(20_000)}}` },
      ...QUICK,
    })
    expect(response.status()).toBe(413)
    expect((await response.json()).errors[0].message).toBe(tooLargeMessage.graphql.en)
  })
})

test.describe('request bodies', () => {
  test('an upload over 12 MB gets a 413 in the editor’s language; a large image under it is accepted', async ({
    request,
  }) => {
    test.setTimeout(120_000)
    const headers = await adminHeaders(request)
    const upload = (data: Buffer, name: string, language: 'en' | 'zh') =>
      request.post('/api/media?locale=en&depth=0', {
        headers: { ...headers, cookie: `payload-lng=${language}` },
        multipart: {
          file: { name, mimeType: 'image/png', buffer: data },
          _payload: JSON.stringify({ alt: 'Large upload test' }),
        },
        timeout: 60_000,
      })
    // 13 MB: over the file limit, under the whole-request limit, so Payload's parser refuses it.
    const over = Buffer.alloc(13 * 1000 * 1000, 7)
    for (const language of ['en', 'zh'] as const) {
      const response = await upload(over, 'too-big.png', language)
      expect(response.status()).toBe(413)
      expect((await response.json()).errors[0].message).toBe(tooLargeMessage.upload[language])
    }
    // A real image of about 11 MB (noise does not compress): the size that used to fail with a 500.
    const side = 1900
    const noise = Buffer.alloc(side * side * 3)
    for (let index = 0; index < noise.length; index++) noise[index] = (index * 2654435761) >>> 24
    const image = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(image.length).toBeGreaterThan(10 * 1024 * 1024)
    expect(image.length).toBeLessThan(12 * 1024 * 1024)
    const accepted = await upload(image, 'large-but-allowed.png', 'en')
    expect(accepted.status(), await accepted.text()).toBe(201)
    const { doc } = await accepted.json()
    expect((await request.delete(`/api/media/${doc.id}`, { headers })).status()).toBe(200)
  })

  test('in the admin, in Chinese, saving a 13 MB image shows the refusal in Chinese and keeps the form', async ({
    browser,
    request,
  }) => {
    // A new editor: no saved admin language of their own to override the Chinese chosen here.
    const editor = {
      email: `upload-zh-${Date.now().toString(36)}@example.com`,
      password: `upload-zh-${Date.now()}-pass`,
    }
    const created = await request.post('/api/users', {
      headers: await adminHeaders(request),
      data: { ...editor, role: 'editor' },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const context = await browser.newContext({ baseURL: origin(), locale: 'zh-CN' })
    await context.addCookies([{ name: 'payload-lng', value: 'zh', url: origin() }])
    const page = await context.newPage()
    try {
      await page.goto('/admin/login')
      await page.locator('input[name="email"]').fill(editor.email)
      await page.locator('input[name="password"]').fill(editor.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL(/\/admin\/?$/)
      await page.goto('/admin/collections/media/create')
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'too-big.png', mimeType: 'image/png', buffer: Buffer.alloc(13 * 1000 * 1000, 7) })
      await page.locator('#field-alt').fill('太大的图片')
      await page.getByRole('button', { name: '保存' }).click()
      await expect(page.getByText(tooLargeMessage.upload.zh).first()).toBeVisible({ timeout: 30_000 })
      // Nothing lost: still on the form, with what was typed.
      await expect(page).toHaveURL(/\/admin\/collections\/media\/create/)
      await expect(page.locator('#field-alt')).toHaveValue('太大的图片')
    } finally {
      await context.close()
      await request.delete(`/api/users/${(await created.json()).doc.id}`, { headers: await adminHeaders(request) })
    }
  })

  test('a body announced over the limit is refused before it is sent, on every route that takes one', async () => {
    const gigabyte = 1024 * 1024 * 1024
    const upload = await announce('/api/media', {
      declared: gigabyte,
      headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: 'payload-lng=zh' },
    })
    expect(upload.status).toBe(413)
    expect(JSON.parse(upload.body).errors[0].message).toBe(tooLargeMessage.upload.zh)
    const json = await announce('/api/articles', {
      declared: gigabyte,
      headers: { 'content-type': 'application/json' },
    })
    expect(json.status).toBe(413)
    expect(JSON.parse(json.body).errors[0].message).toBe(tooLargeMessage.json.en)
    expect(
      (await announce('/api/graphql', { declared: gigabyte, headers: { 'content-type': 'application/json' } })).status,
    ).toBe(413)
  })

  test('a chunked body without a length is cut off at the limit', async () => {
    const json = await announce('/api/tags', { headers: { 'content-type': 'application/json' } })
    expect(json.status).toBe(413)
    const upload = await announce('/api/media', { headers: { 'content-type': 'multipart/form-data; boundary=x' } })
    expect(upload.status).toBe(413)
  })
})

test.describe('answers about a user', () => {
  test('authenticated API answers are private and never stored; public reads keep their own caching', async ({
    request,
    playwright,
  }) => {
    const headers = await adminHeaders(request)
    for (const path of ['/api/users/me', '/api/articles?limit=1&draft=true', '/api/ranking-datasets?limit=1']) {
      const response = await request.get(path, { headers })
      expect(response.headers()['cache-control'], path).toBe('private, no-store')
    }
    // With the session cookie (as the admin sends it), too.
    const browserLike = await playwright.request.newContext({
      baseURL: origin(),
      extraHTTPHeaders: { 'sec-fetch-site': 'same-origin' },
    })
    try {
      expect((await browserLike.post('/api/users/login', { data: adminCredentials() })).ok()).toBe(true)
      const me = await browserLike.get('/api/users/me')
      expect((await me.json()).user?.email).toBe(adminCredentials().email)
      expect(me.headers()['cache-control']).toBe('private, no-store')
    } finally {
      await browserLike.dispose()
    }
    // Anonymous (a context without the session cookie the login above left in `request`): no
    // private marking; the CSV download keeps its minute of public caching.
    const visitor = await playwright.request.newContext({ baseURL: origin() })
    try {
      expect((await visitor.get('/api/articles?limit=1')).headers()['cache-control'] ?? '').not.toContain('private')
      const datasets = await (await visitor.get('/api/ranking-datasets?limit=1&depth=0')).json()
      const csv = await visitor.get(`/api/ranking-datasets/${datasets.docs[0].id}/csv`)
      expect(csv.headers()['cache-control']).toBe('public, max-age=60')
    } finally {
      await visitor.dispose()
    }
  })

  test('a cookie-authenticated write from another site is refused; the same write from the site passes', async ({
    playwright,
  }) => {
    const stamp = Date.now().toString(36)
    const context = await playwright.request.newContext({ baseURL: origin() })
    try {
      expect((await context.post('/api/users/login', { data: adminCredentials() })).ok()).toBe(true)
      const write = (from: string, slug: string) =>
        context.post('/api/tags', { data: { name: slug, slug }, headers: { origin: from } })
      const foreign = await write('https://evil.example', `csrf-foreign-${stamp}`)
      expect(foreign.status()).toBe(403)
      const own = await write(origin(), `csrf-own-${stamp}`)
      expect(own.status()).toBe(201)
      const found = await context.get(`/api/tags?where[slug][in]=csrf-foreign-${stamp},csrf-own-${stamp}`, {
        headers: { origin: origin() },
      })
      expect((await found.json()).docs.map((tag: { slug: string }) => tag.slug)).toEqual([`csrf-own-${stamp}`])
      await context.delete(`/api/tags/${(await own.json()).doc.id}`, { headers: { origin: origin() } })
    } finally {
      await context.dispose()
    }
  })
})
