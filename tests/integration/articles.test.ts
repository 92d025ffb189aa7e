import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PayloadId } from '@/lib/db/document-id'
import { toLexical } from '@/lib/seed/lexical'

import { context, databaseKind, testPayload } from './payload'

let payload: Payload
let categoryId: PayloadId

beforeAll(async () => {
  payload = await testPayload()
  const category = await payload.create({
    collection: 'categories',
    data: { name: 'Test category', slug: `test-category-${Date.now()}` },
    locale: 'en',
    context,
  })
  categoryId = category.id
})

afterAll(async () => {
  await payload?.destroy()
})

const body = (text: string) => toLexical([{ type: 'paragraph', text }])

describe(`articles on ${databaseKind()}`, () => {
  it('an article saved in both languages reads back per language, with no fallback', async () => {
    const created = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: {
        title: 'Patent boxes explained',
        summary: 'A short English summary.',
        body: body('English body text.'),
        category: categoryId,
        releaseDate: '2025-03-01T00:00:00.000Z',
        _status: 'published',
      },
    })
    expect(created.slug).toBe('patent-boxes-explained')
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'zh',
      context,
      data: { title: '专利盒制度解读', summary: '中文摘要。', body: body('中文正文。'), _status: 'published' },
    })

    const en = await payload.findByID({ collection: 'articles', id: created.id, locale: 'en', fallbackLocale: false })
    const zh = await payload.findByID({ collection: 'articles', id: created.id, locale: 'zh', fallbackLocale: false })
    expect(en.title).toBe('Patent boxes explained')
    expect(zh.title).toBe('专利盒制度解读')
    expect(zh.summary).toBe('中文摘要。')
    expect(en.translated).toBe(true)
    expect(zh.translated).toBe(true)
  })

  it('an English-only article is not complete in Chinese and shows no English in its place', async () => {
    const created = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: {
        title: 'Only in English',
        summary: 'Summary.',
        body: body('Body.'),
        category: categoryId,
        releaseDate: '2025-03-02T00:00:00.000Z',
        _status: 'published',
      },
    })
    const zh = await payload.findByID({ collection: 'articles', id: created.id, locale: 'zh', fallbackLocale: false })
    expect(zh.title ?? null).toBeNull()
    expect(zh.translated ?? false).toBe(false)
  })

  it('a draft is invisible to an anonymous read, through the Local API and REST', async () => {
    const draft = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      context,
      data: {
        title: 'Unpublished plans',
        summary: 'Not yet.',
        body: body('Secret.'),
        category: categoryId,
        releaseDate: '2025-03-03T00:00:00.000Z',
        _status: 'draft',
      },
    })
    const bySlug = { slug: { equals: draft.slug } }
    const anonymous = await payload.find({ collection: 'articles', where: bySlug, overrideAccess: false })
    expect(anonymous.totalDocs).toBe(0)
    await expect(
      payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false, draft: true }),
    ).rejects.toThrow()
    const asStaff = await payload.find({ collection: 'articles', where: bySlug, draft: true })
    expect(asStaff.totalDocs).toBe(1)

    const { REST_GET } = await import('@payloadcms/next/routes')
    const { default: config } = await import('@payload-config')
    const get = REST_GET(config)
    const url = `http://localhost/api/articles?where[slug][equals]=${draft.slug}&draft=true`
    const response = await get(new Request(url), { params: Promise.resolve({ slug: ['articles'] }) })
    expect(response.status).toBe(200)
    const json = (await response.json()) as { totalDocs: number }
    expect(json.totalDocs).toBe(0)
  })

  it('a taken slug is refused with a message naming it', async () => {
    const data = {
      title: 'Duplicate slug source',
      summary: 'S.',
      body: body('B.'),
      category: categoryId,
      releaseDate: '2025-03-04T00:00:00.000Z',
      slug: 'shared-slug',
      _status: 'published' as const,
    }
    await payload.create({ collection: 'articles', locale: 'en', context, data })
    const error = await payload
      .create({ collection: 'articles', locale: 'en', context, data })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors[0]?.message).toBe(
      'The slug "shared-slug" is already used by "Duplicate slug source". Choose another.',
    )
  })
})
