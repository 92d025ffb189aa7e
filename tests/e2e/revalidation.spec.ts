import { type APIRequestContext, expect, test } from '@playwright/test'
import sharp from 'sharp'

import { adminHeaders, oneParagraph } from './support/admin-api'

/**
 * Instant revalidation, one kind of change at a time, against the production build: every page
 * that shows the thing changed is cached first, then the change is made through REST (as the admin
 * makes it), and the very next request must show it. No waiting, no rebuild.
 */

const stamp = Date.now().toString(36)
let headers: Record<string, string>
const ids = {} as { category: number; tag: number; media: number; article: number }
const slugs = { category: `reval-cat-${stamp}`, tag: `reval-tag-${stamp}`, article: `revalidation-${stamp}` }
const names = {
  category: `Reval category ${stamp}`,
  tag: `Reval tag ${stamp}`,
  alt: `Reval cover ${stamp}`,
  title: `Revalidation ${stamp}`,
}

/** A REST answer: `doc` after a create or update, a global's fields after a read. */
interface RestAnswer {
  [field: string]: unknown
  doc: { id: number }
}

async function ok<T = RestAnswer>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

/** GETs a page twice, so Next's cache holds it before the change (the second answer comes from it). */
async function cached(request: APIRequestContext, path: string): Promise<string> {
  await request.get(path)
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  return response.text()
}

const text = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path)
  return { status: response.status(), body: await response.text() }
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  headers = await adminHeaders(request)
  ids.category = (
    await ok(
      await request.post('/api/categories?locale=en', {
        headers,
        data: { name: names.category, slug: slugs.category },
      }),
    )
  ).doc.id
  await ok(
    await request.patch(`/api/categories/${ids.category}?locale=zh`, { headers, data: { name: `重验分类 ${stamp}` } }),
  )
  ids.tag = (
    await ok(await request.post('/api/tags?locale=en', { headers, data: { name: names.tag, slug: slugs.tag } }))
  ).doc.id
  await ok(await request.patch(`/api/tags/${ids.tag}?locale=zh`, { headers, data: { name: `重验标签 ${stamp}` } }))
  const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1f5f8b' } })
    .png()
    .toBuffer()
  ids.media = (
    await ok(
      await request.post('/api/media?locale=en', {
        headers,
        multipart: {
          file: { name: `reval-${stamp}.png`, mimeType: 'image/png', buffer: png },
          _payload: JSON.stringify({ alt: names.alt }),
        },
      }),
    )
  ).doc.id
  const created = await ok(
    await request.post('/api/articles?locale=en', {
      headers,
      data: {
        title: names.title,
        slug: slugs.article,
        summary: 'Every page showing this article follows each change at once.',
        body: oneParagraph('An article made to be changed.'),
        category: ids.category,
        tags: [ids.tag],
        cover: ids.media,
        releaseDate: new Date().toISOString(),
        _status: 'published',
      },
    }),
  )
  ids.article = created.doc.id
  await ok(
    await request.patch(`/api/articles/${ids.article}?locale=zh`, {
      headers,
      data: {
        title: `重验文章 ${stamp}`,
        summary: '每处显示它的页面都会立即更新。',
        body: oneParagraph('用来修改的文章。'),
        _status: 'published',
      },
    }),
  )
})

test.afterAll(async ({ request }) => {
  if (ids.article) await request.delete(`/api/articles/${ids.article}`, { headers })
  if (ids.media) await request.delete(`/api/media/${ids.media}`, { headers })
  if (ids.tag) await request.delete(`/api/tags/${ids.tag}`, { headers })
  if (ids.category) await request.delete(`/api/categories/${ids.category}`, { headers })
})

test('renaming a category shows on the article, in the news center filter and on the category page', async ({
  request,
}) => {
  const pages = [`/en/news/${slugs.article}`, `/en/news/category/${slugs.category}`, '/en/news']
  for (const path of pages) expect(await cached(request, path)).toContain(names.category)
  const renamed = `${names.category} renamed`
  await ok(await request.patch(`/api/categories/${ids.category}?locale=en`, { headers, data: { name: renamed } }))
  for (const path of pages) expect((await text(request, path)).body, path).toContain(renamed)
})

test('renaming a tag shows on the article, the tag page and the tag index', async ({ request }) => {
  const pages = [`/en/news/${slugs.article}`, `/en/tags/${slugs.tag}`, '/en/tags']
  for (const path of pages) expect(await cached(request, path)).toContain(names.tag)
  const renamed = `${names.tag} renamed`
  await ok(await request.patch(`/api/tags/${ids.tag}?locale=en`, { headers, data: { name: renamed } }))
  for (const path of pages) expect((await text(request, path)).body, path).toContain(renamed)
})

test("changing a cover's alt text shows on the article", async ({ request }) => {
  expect(await cached(request, `/en/news/${slugs.article}`)).toContain(names.alt)
  const alt = `${names.alt} described anew`
  await ok(await request.patch(`/api/media/${ids.media}?locale=en`, { headers, data: { alt } }))
  expect((await text(request, `/en/news/${slugs.article}`)).body).toContain(alt)
})

test('editing the header and the footer shows on every page at once', async ({ request }) => {
  const header = await ok(await request.get('/api/globals/header?locale=en&depth=0', { headers }))
  const settings = await ok(await request.get('/api/globals/site-settings?locale=en&depth=0', { headers }))
  const navigation = header.navigation as { label: string; href: string; id?: string }[]
  expect(navigation.length).toBeGreaterThan(0)
  const pages = ['/en', `/en/news/${slugs.article}`]
  for (const path of pages) await cached(request, path)
  const label = `Nav ${stamp}`
  const copyright = `© Revalidation ${stamp}`
  try {
    await ok(
      await request.post('/api/globals/header?locale=en', {
        headers,
        data: { navigation: [{ ...navigation[0], label }, ...navigation.slice(1)] },
      }),
    )
    await ok(await request.post('/api/globals/site-settings?locale=en', { headers, data: { copyright } }))
    for (const path of pages) {
      const { body } = await text(request, path)
      expect(body, path).toContain(label)
      expect(body, path).toContain(copyright)
    }
  } finally {
    await ok(await request.post('/api/globals/header?locale=en', { headers, data: { navigation } }))
    await ok(
      await request.post('/api/globals/site-settings?locale=en', {
        headers,
        data: { copyright: settings.copyright ?? null },
      }),
    )
  }
  for (const path of pages) expect((await text(request, path)).body, path).not.toContain(label)
})

test('a new title shows in both feeds and the lists; unpublishing takes the article out of every page, sitemap and feed', async ({
  request,
}) => {
  const url = `/en/news/${slugs.article}`
  const everywhere = ['/en/rss.xml', '/en/atom.xml', '/en/news', `/en/tags/${slugs.tag}`]
  for (const path of [...everywhere, url, '/sitemap.xml']) await cached(request, path)
  expect(await cached(request, '/sitemap.xml')).toContain(url)

  const title = `${names.title} retitled`
  await ok(
    await request.patch(`/api/articles/${ids.article}?locale=en`, { headers, data: { title, _status: 'published' } }),
  )
  for (const path of [...everywhere, url]) expect((await text(request, path)).body, path).toContain(title)

  await ok(await request.patch(`/api/articles/${ids.article}?locale=en`, { headers, data: { _status: 'draft' } }))
  for (const locale of ['en', 'zh']) expect((await text(request, `/${locale}/news/${slugs.article}`)).status).toBe(404)
  for (const path of everywhere) expect((await text(request, path)).body, path).not.toContain(title)
  expect((await text(request, '/sitemap.xml')).body).not.toContain(url)

  // Back again, then deleted: gone from the same places.
  await ok(await request.patch(`/api/articles/${ids.article}?locale=en`, { headers, data: { _status: 'published' } }))
  expect((await text(request, '/en/news')).body).toContain(title)
  await ok(await request.delete(`/api/articles/${ids.article}`, { headers }))
  ids.article = 0
  expect((await text(request, url)).status).toBe(404)
  for (const path of everywhere) expect((await text(request, path)).body, path).not.toContain(title)
  expect((await text(request, '/sitemap.xml')).body).not.toContain(url)
})
