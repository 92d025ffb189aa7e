import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { completeField } from '@/collections/articles/complete-field'
import { keepRequestLocale } from '@/lib/db/keep-request-locale'
import { type Locale, locales } from '@/lib/i18n/routing'
import { indexTerms } from '@/lib/search/entry'
import type { Article } from '@/payload-types'

type ArticleId = Article['id']
type Localized = Partial<Record<Locale, string | null>> | string | null | undefined

/** What the index needs of an article, as stored live (never a draft), every language at once. */
const liveFields = {
  _status: true,
  releaseDate: true,
  title: true,
  summary: true,
  searchText: true,
  completeEn: true,
  completeZh: true,
} as const

interface LiveArticle {
  id: ArticleId
  _status?: string | null
  releaseDate?: string | null
  title?: Localized
  summary?: Localized
  searchText?: Localized
  completeEn?: boolean | null
  completeZh?: boolean | null
}

const inLocale = (value: Localized, locale: Locale) => (typeof value === 'object' && value ? (value[locale] ?? '') : '')

/** The entry each language should have: only a published article, only in the languages it is complete in. */
function wantedEntries(article: LiveArticle | null) {
  const wanted = new Map<
    Locale,
    { title: string; summary: string; body: string; releaseDate: string; fingerprint: string }
  >()
  if (!article || article._status !== 'published' || !article.releaseDate) return wanted
  for (const locale of locales) {
    if (article[completeField(locale)] !== true) continue
    const texts = {
      title: inLocale(article.title, locale),
      summary: inLocale(article.summary, locale),
      body: inLocale(article.searchText, locale),
    }
    const fingerprint = createHash('sha1')
      .update(JSON.stringify([texts, article.releaseDate]))
      .digest('hex')
    wanted.set(locale, { ...texts, releaseDate: article.releaseDate, fingerprint })
  }
  return wanted
}

/**
 * Makes the index match the live article: entries created, rewritten or removed per language. A save
 * that changes nothing a visitor can find (an autosave of a published article writes only a draft
 * version) leaves every fingerprint equal and writes nothing. Shares `req`'s transaction when given.
 */
export async function syncArticleSearch(payload: Payload, id: ArticleId, req?: PayloadRequest): Promise<void> {
  const read = () =>
    payload.findByID({
      collection: 'articles',
      id,
      locale: 'all',
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: liveFields,
      req,
    })
  const live = (req ? await keepRequestLocale(req, read) : await read()) as LiveArticle | null
  await applyEntries(payload, id, live, req)
}

async function applyEntries(
  payload: Payload,
  id: ArticleId,
  live: LiveArticle | null,
  req?: PayloadRequest,
): Promise<number> {
  const wanted = wantedEntries(live)
  const common = { overrideAccess: true, depth: 0, req } as const
  const { docs: existing } = await payload.find({
    collection: 'search-entries',
    where: { article: { equals: id } },
    select: { locale: true, fingerprint: true },
    pagination: false,
    ...common,
  })
  let writes = 0
  const kept = new Set<string>()
  for (const entry of existing) {
    const want = wanted.get(entry.locale)
    if (!want || kept.has(entry.locale)) {
      await payload.delete({ collection: 'search-entries', id: entry.id, ...common })
      writes++
      continue
    }
    kept.add(entry.locale)
    if (entry.fingerprint === want.fingerprint) continue
    await payload.update({
      collection: 'search-entries',
      id: entry.id,
      data: { ...want, terms: indexTerms(entry.locale, want) },
      ...common,
    })
    writes++
  }
  for (const [locale, want] of wanted) {
    if (kept.has(locale)) continue
    await payload.create({
      collection: 'search-entries',
      data: { article: id, locale, ...want, terms: indexTerms(locale, want) },
      ...common,
    })
    writes++
  }
  return writes
}

/** Removes an article's entries (before the article itself is deleted, in the same transaction). */
export async function removeArticleSearch(payload: Payload, id: number | string, req?: PayloadRequest): Promise<void> {
  await payload.delete({
    collection: 'search-entries',
    where: { article: { equals: id } },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

export interface ReindexProgress {
  done: number
  total: number
  written: number
}

/**
 * Rebuilds the whole index from the live articles, a page at a time, then drops entries whose
 * article is gone or no longer public. Searches keep working while it runs. Idempotent: a second
 * run writes nothing.
 */
export async function reindexAll(
  payload: Payload,
  {
    req,
    onProgress,
    pageSize = 50,
  }: { req?: PayloadRequest; onProgress?: (progress: ReindexProgress) => void; pageSize?: number } = {},
): Promise<ReindexProgress> {
  const progress: ReindexProgress = { done: 0, total: 0, written: 0 }
  const seen = new Set<string>()
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'articles',
      locale: 'all',
      draft: false,
      overrideAccess: true,
      depth: 0,
      select: liveFields,
      sort: 'createdAt',
      limit: pageSize,
      page,
      req,
    })
    progress.total = result.totalDocs
    for (const article of result.docs) {
      seen.add(String(article.id))
      progress.written += await applyEntries(payload, article.id, article as LiveArticle, req)
      progress.done++
    }
    onProgress?.({ ...progress })
    if (!result.hasNextPage) break
  }
  // Entries of articles that no longer exist (the article's hook normally removes them).
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'search-entries',
      select: { article: true },
      overrideAccess: true,
      depth: 0,
      limit: 500,
      page,
      req,
    })
    const orphans = result.docs.filter(
      ({ article }) => !seen.has(String(typeof article === 'object' && article ? article.id : article)),
    )
    for (const orphan of orphans) {
      await payload.delete({ collection: 'search-entries', id: orphan.id, overrideAccess: true, depth: 0, req })
      progress.written++
    }
    // Deleting shifts later pages back: read this page again when something was removed.
    if (orphans.length) page--
    if (!result.hasNextPage && !orphans.length) break
  }
  return progress
}

/**
 * MongoDB has no migrations to build the index for articles published before it existed: at start
 * (lib/db/prepare.ts), an empty index beside published articles is built. On SQLite and PostgreSQL
 * the migration that created the index built it, so this finds it filled and does nothing.
 */
export async function ensureSearchIndex(payload: Payload, log: (message: string) => void): Promise<void> {
  const entries = await payload.count({ collection: 'search-entries', overrideAccess: true })
  if (entries.totalDocs > 0) return
  const published = await payload.count({
    collection: 'articles',
    overrideAccess: true,
    where: { _status: { equals: 'published' } },
  })
  if (published.totalDocs === 0) return
  log(`The search index is empty: indexing ${published.totalDocs} published articles…`)
  const result = await reindexAll(payload)
  log(`Search index built: ${result.written} entries written.`)
}
