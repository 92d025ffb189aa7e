import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { PayloadId } from '../db/document-id'
import { type RankingRow, formatCsvProblem, parseRankingCsv } from '../rankings/csv'

import { seedArticles, seedCategories, seedTags, siteSeed } from './content'
import type { SeedArticle, SeedTaxonomy } from './content/types'
import { createArticle } from './articles'
import { qrImage } from './images'
import { ensureMedia } from './media'

const context = { disableRevalidate: true }
// Scripts and tests run from the project root (npm sets the working directory there).
const datasetCsv = path.resolve(process.cwd(), 'lib/seed/data/gii-2025-clusters.csv')

export const DEV_ADMIN_EMAIL = 'admin@example.com'
export const DEV_ADMIN_PASSWORD = 'news-center-dev'

export interface SeedOptions {
  /** Who the first admin is; without a password no user is created. */
  admin?: { email: string; password: string }
  log?: (message: string) => void
}

export interface SeedReport {
  created: Record<string, number>
}

/** Fills an empty database with the bilingual seed; documents that already exist are left alone. */
export async function seed(payload: Payload, { admin, log = () => {} }: SeedOptions = {}): Promise<SeedReport> {
  const created: Record<string, number> = {}
  const count = (what: string) => (created[what] = (created[what] ?? 0) + 1)

  if (admin) {
    const users = await payload.find({ collection: 'users', where: { email: { equals: admin.email } }, limit: 1 })
    if (!users.docs.length) {
      await payload.create({ collection: 'users', data: { ...admin, name: 'Administrator', role: 'admin' }, context })
      count('users')
    }
  }

  const categories = await ensureTaxonomy(payload, 'categories', seedCategories, count)
  const tags = await ensureTaxonomy(payload, 'tags', seedTags, count)
  const datasetId = await ensureDataset(payload, count)
  await ensureSiteSettings(payload, count)

  const ids = new Map<string, PayloadId>()
  const fresh: SeedArticle[] = []
  for (const article of seedArticles) {
    const existing = await payload.find({
      collection: 'articles',
      where: { slug: { equals: article.key } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs[0]) {
      ids.set(article.key, existing.docs[0].id)
      continue
    }
    ids.set(article.key, await createArticle(payload, article, { categories, tags, datasetId }))
    fresh.push(article)
    count('articles')
  }
  for (const article of fresh) {
    const related = (article.related ?? []).map((key) => ids.get(key)).filter((id): id is PayloadId => id !== undefined)
    if (!related.length) continue
    await payload.update({
      collection: 'articles',
      id: ids.get(article.key)!,
      data: { related },
      locale: article.en ? 'en' : 'zh',
      draft: article.status !== 'published',
      context,
    })
  }
  log(`Seed: created ${JSON.stringify(created)} (existing documents left unchanged).`)
  return { created }
}

async function ensureTaxonomy(
  payload: Payload,
  collection: 'categories' | 'tags',
  items: readonly SeedTaxonomy[],
  count: (what: string) => void,
): Promise<Map<string, PayloadId>> {
  const ids = new Map<string, PayloadId>()
  for (const item of items) {
    const found = await payload.find({ collection, where: { slug: { equals: item.key } }, limit: 1, depth: 0 })
    if (found.docs[0]) {
      ids.set(item.key, found.docs[0].id)
      continue
    }
    const doc = await payload.create({ collection, data: { name: item.en, slug: item.key }, locale: 'en', context })
    await payload.update({ collection, id: doc.id, data: { name: item.zh }, locale: 'zh', context })
    ids.set(item.key, doc.id)
    count(collection)
  }
  return ids
}

const DATASET_TITLE = 'GII 2025: top 100 science and technology clusters'

async function ensureDataset(payload: Payload, count: (what: string) => void): Promise<PayloadId> {
  // Found by its English title too: editors may keep other rankings of the same year.
  const found = await payload.find({
    collection: 'ranking-datasets',
    locale: 'en',
    where: { and: [{ year: { equals: 2025 } }, { title: { equals: DATASET_TITLE } }] },
    limit: 1,
    depth: 0,
  })
  if (found.docs[0]) return found.docs[0].id
  const parsed = parseRankingCsv(fs.readFileSync(datasetCsv, 'utf8'))
  if (!parsed.ok)
    throw new Error(
      `Seed dataset is invalid: ${parsed.problems.map((problem) => formatCsvProblem(problem)).join('; ')}`,
    )
  const doc = await payload.create({
    collection: 'ranking-datasets',
    locale: 'en',
    context,
    data: {
      title: DATASET_TITLE,
      year: 2025,
      source: {
        text: 'Data source: WIPO, Global Innovation Index 2025',
        url: 'https://www.wipo.int/global_innovation_index/en/',
      },
      metrics: ['pctShare', 'publicationsShare', 'vcDealsShare'],
      entries: parsed.rows.map(toEntry),
    },
  })
  await payload.update({
    collection: 'ranking-datasets',
    id: doc.id,
    locale: 'zh',
    context,
    data: {
      title: '2025年全球创新指数：全球百强科技集群',
      source: { text: '数据来源：世界知识产权组织《2025年全球创新指数》' },
    },
  })
  count('ranking-datasets')
  return doc.id
}

const toEntry = (row: RankingRow) => ({
  rank: row.rank,
  previousRank: row.previousRank,
  nameEn: row.nameEn,
  nameZh: row.nameZh,
  economies: row.economies,
  pctShare: row.pctShare,
  publicationsShare: row.publicationsShare,
  vcDealsShare: row.vcDealsShare,
  reference: row.reference,
})

async function ensureSiteSettings(payload: Payload, count: (what: string) => void): Promise<void> {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0 })
  // Seeded until it holds contact facts (a company name alone, saved by hand, does not count).
  if (!settings.icp?.number && !settings.telephones?.length) {
    const service = await ensureMedia(
      payload,
      'wechat-service-qr.png',
      { en: 'WeChat service account QR code', zh: '微信服务号二维码' },
      () => qrImage('wechat-service-qr.png', 'https://weixin.qq.com/'),
    )
    const subscription = await ensureMedia(
      payload,
      'wechat-subscription-qr.png',
      { en: 'WeChat subscription account QR code', zh: '微信订阅号二维码' },
      () => qrImage('wechat-subscription-qr.png', 'https://weixin.qq.com/'),
    )
    for (const locale of ['en', 'zh'] as const) {
      const first = locale === 'en'
      const existingSettings = first
        ? null
        : await payload.findGlobal({ slug: 'site-settings', locale: 'zh', depth: 0 })
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        context,
        data: {
          companyName: siteSeed.companyName[locale],
          telephones: first ? siteSeed.telephones.map((number) => ({ number })) : existingSettings?.telephones,
          offices: siteSeed.offices.map((office, index) => ({
            id: existingSettings?.offices?.[index]?.id,
            label: office.label[locale],
            address: office.address[locale],
          })),
          wechatService: { image: service, caption: siteSeed.wechatService.caption[locale] },
          wechatSubscription: { image: subscription, caption: siteSeed.wechatSubscription.caption[locale] },
          copyright: siteSeed.copyright[locale],
          icp: siteSeed.icp,
          seoTagsLink: { label: siteSeed.seoTagsLink.label[locale], href: siteSeed.seoTagsLink.href },
        },
      })
    }
    count('site-settings')
  }
  const header = await payload.findGlobal({ slug: 'header', locale: 'en', depth: 0 })
  if (!header.navigation?.length) {
    const en = await payload.updateGlobal({
      slug: 'header',
      locale: 'en',
      context,
      data: { navigation: siteSeed.navigation.map(({ label, href }) => ({ label: label.en, href })) },
    })
    await payload.updateGlobal({
      slug: 'header',
      locale: 'zh',
      context,
      data: {
        navigation: siteSeed.navigation.map(({ label, href }, index) => ({
          id: en.navigation?.[index]?.id,
          label: label.zh,
          href,
        })),
      },
    })
    count('header')
  }
}
