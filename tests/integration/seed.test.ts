import type { CollectionSlug, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GII_ARTICLE_SLUG, seedArticles } from '@/lib/seed/content'
import { seed } from '@/lib/seed/index'

import { databaseKind, testPayload } from './payload'

let payload: Payload
const collections: CollectionSlug[] = ['articles', 'categories', 'tags', 'media', 'ranking-datasets', 'users']

async function rowCounts() {
  const counts: Record<string, number> = {}
  for (const collection of collections) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  counts.articleVersions = (await payload.countVersions({ collection: 'articles' })).totalDocs
  return counts
}

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe(`seed on ${databaseKind()}`, () => {
  // Two full seeds, each writing the search index too (thousands of terms for the long articles):
  // past the suite's two minutes on a busy machine.
  it('is idempotent: a second run leaves every row count unchanged', async () => {
    const admin = { email: 'seed-test@example.com', password: 'seed-test-password' }
    await seed(payload, { admin })
    const first = await rowCounts()
    expect(first.articles).toBeGreaterThanOrEqual(seedArticles.length)
    const second = await seed(payload, { admin })
    expect(second.created).toEqual({})
    expect(await rowCounts()).toEqual(first)
  }, 300_000)

  it('publishes the GII article in both languages and leaves one-language articles untranslated', async () => {
    const find = (locale: 'en' | 'zh', slug: string) =>
      payload.find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        where: { and: [{ slug: { equals: slug } }, { translated: { equals: true } }] },
      })
    expect((await find('en', GII_ARTICLE_SLUG)).docs[0]?.title).toMatch(/Global Innovation Index/)
    expect((await find('zh', GII_ARTICLE_SLUG)).docs[0]?.title).toMatch(/全球创新指数/)

    const englishOnly = seedArticles.find((article) => article.en && !article.zh && article.status === 'published')!
    expect((await find('en', englishOnly.key)).totalDocs).toBe(1)
    expect((await find('zh', englishOnly.key)).totalDocs).toBe(0)
  })

  it('keeps drafts and scheduled articles away from anonymous readers', async () => {
    const hidden = seedArticles.filter((article) => article.status !== 'published').map((article) => article.key)
    expect(hidden.length).toBeGreaterThanOrEqual(2)
    const visible = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { slug: { in: hidden } },
    })
    expect(visible.totalDocs).toBe(0)
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })
    expect(jobs.docs.some((job) => job.waitUntil && new Date(job.waitUntil) > new Date())).toBe(true)
  })

  it('loads the 2025 ranking with unknown values left empty, never zero', async () => {
    const seeded: Where = { and: [{ year: { equals: 2025 } }, { title: { like: 'GII 2025' } }] }
    const { docs } = await payload.find({ collection: 'ranking-datasets', where: seeded, locale: 'en' })
    expect(docs).toHaveLength(1)
    const entries = docs[0].entries ?? []
    expect(entries[0]).toMatchObject({ rank: 1, nameZh: '深圳–香港–广州', pctShare: 9, previousRank: 2 })
    const beijing = entries.find((entry) => entry.nameEn === 'Beijing')!
    expect(beijing.pctShare ?? null).toBeNull()
    expect(beijing.publicationsShare).toBe(4)
    const zh = await payload.findByID({ collection: 'ranking-datasets', id: docs[0].id, locale: 'zh' })
    expect(zh.title).toMatch(/全球创新指数/)
  })

  it('fills the footer with the firm’s contact facts in both languages', async () => {
    const en = await payload.findGlobal({ slug: 'site-settings', locale: 'en' })
    const zh = await payload.findGlobal({ slug: 'site-settings', locale: 'zh' })
    expect(en.icp?.number).toBe('粤ICP备2021174526号')
    expect(en.telephones?.map((phone) => phone.number)).toContain('+86-755-82566227')
    expect(zh.offices?.[0]?.address).toMatch(/深圳市龙华区/)
    expect(en.offices?.[0]?.address).toMatch(/Longhua District, Shenzhen/)
  })
})
