import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PAGE_SIZE, countVisibleArticles, findVisibleArticles } from '@/lib/data/queries'
import type { PayloadId } from '@/lib/db/document-id'

import { body, unique } from './fixtures'
import { context, databaseKind, testPayload } from './payload'

let payload: Payload
let categoryId: PayloadId
/** Other test files write articles to the same database: every list here is of this category. */
let inCategory: Where[]

beforeAll(async () => {
  payload = await testPayload()
  const category = await payload.create({
    collection: 'categories',
    locale: 'en',
    context,
    data: { name: 'Lists', slug: unique('lists') },
  })
  categoryId = category.id
  inCategory = [{ category: { equals: categoryId } }]
})

afterAll(async () => {
  await payload?.destroy()
})

const english = (title: string, text: string, releaseDate: string) => ({
  title,
  summary: `${title}: summary.`,
  body: body(text),
  category: categoryId,
  releaseDate,
  _status: 'published' as const,
})

const slugs = (docs: { slug?: string | null }[]) => docs.map((doc) => doc.slug)

describe(`public lists on ${databaseKind()}`, () => {
  it('an article is listed in each language it is complete in, and leaves a list when that language is emptied', async () => {
    const created = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: english('Listed where complete', 'English body.', '2024-01-01T00:00:00.000Z'),
    })
    expect(slugs(await findVisibleArticles(payload, 'en', inCategory, 1))).toContain(created.slug)
    expect(slugs(await findVisibleArticles(payload, 'zh', inCategory, 1))).not.toContain(created.slug)

    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'zh',
      context,
      data: { title: '完整即列出', summary: '摘要。', body: body('中文正文。'), _status: 'published' },
    })
    expect(slugs(await findVisibleArticles(payload, 'zh', inCategory, 1))).toContain(created.slug)

    const emptied = await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'en',
      context,
      data: { summary: '', _status: 'published' },
    })
    expect([emptied.completeIn, emptied.completeEn, emptied.completeZh]).toEqual(['zh', false, true])
    expect(slugs(await findVisibleArticles(payload, 'en', inCategory, 1))).not.toContain(created.slug)
    expect(slugs(await findVisibleArticles(payload, 'zh', inCategory, 1))).toContain(created.slug)
  })

  it('a draft is in no list and no count', async () => {
    const before = await countVisibleArticles(payload, 'en', inCategory)
    const draft = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: { ...english('Still a draft', 'Draft body.', '2030-01-01T00:00:00.000Z'), _status: 'draft' },
    })
    expect(slugs(await findVisibleArticles(payload, 'en', inCategory, 1))).not.toContain(draft.slug)
    expect(await countVisibleArticles(payload, 'en', inCategory)).toBe(before)
  })

  describe('a longer list', () => {
    const titles = Array.from({ length: PAGE_SIZE + 2 }, (_, index) => `Paged ${index}`)
    let tagged: Where[]

    beforeAll(async () => {
      const tag = await payload.create({
        collection: 'tags',
        locale: 'en',
        context,
        data: { name: 'Paged', slug: unique('paged') },
      })
      tagged = [...inCategory, { tags: { in: [tag.id] } }]
      for (const [index, title] of titles.entries()) {
        const releaseDate = new Date(Date.UTC(2025, 0, 1 + index)).toISOString()
        await payload.create({
          collection: 'articles',
          locale: 'en',
          context,
          data: { ...english(title, 'Body of a paged article.', releaseDate), tags: [tag.id] },
        })
      }
    })

    it('pages follow one another newest first without a gap, and the count gives the number of pages', async () => {
      const newestFirst = [...titles].reverse()
      const first = await findVisibleArticles(payload, 'en', tagged, 1)
      const second = await findVisibleArticles(payload, 'en', tagged, 2)
      expect(first.map((doc) => doc.title)).toEqual(newestFirst.slice(0, PAGE_SIZE))
      expect(second.map((doc) => doc.title)).toEqual(newestFirst.slice(PAGE_SIZE))
      expect(await findVisibleArticles(payload, 'en', tagged, 3)).toEqual([])
      expect(await countVisibleArticles(payload, 'en', tagged)).toBe(titles.length)
    })
  })
})
