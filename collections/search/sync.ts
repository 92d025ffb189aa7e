import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { completeField } from '@/collections/articles/complete-field'
import { keepRequestLocale } from '@/lib/db/keep-request-locale'
import { type Locale, locales } from '@/lib/i18n/routing'
import { postingRank, postingTerms } from '@/lib/search/entry'
import type { Article } from '@/payload-types'

import { deletePostings, insertPostings } from './postings-store'

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

/**
 * Part of every fingerprint: entries written before the postings existed (or by an older way of
 * reading text) differ, so the migration's reindex rewrites them with their postings.
 */
const INDEX_VERSION = 'postings-1'

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
      .update(JSON.stringify([INDEX_VERSION, texts, article.releaseDate]))
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

type Wanted = ReturnType<typeof wantedEntries> extends Map<Locale, infer V> ? V : never

/** An article's postings in one language, rewritten whole: removed, then written in a few multi-row inserts. */
async function replacePostings(
  payload: Payload,
  id: ArticleId,
  locale: Locale,
  want: Wanted | null,
  req?: PayloadRequest,
) {
  await deletePostings(payload, id, locale, req)
  if (!want) return
  await insertPostings(
    payload,
    postingTerms(locale, want).map(({ term, score }) => ({
      term,
      article: id,
      locale,
      rank: postingRank(score, want.releaseDate, id, term),
    })),
    req,
  )
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
      if (!want) await replacePostings(payload, id, entry.locale, null, req)
      writes++
      continue
    }
    kept.add(entry.locale)
    if (entry.fingerprint === want.fingerprint) continue
    await payload.update({ collection: 'search-entries', id: entry.id, data: want, ...common })
    await replacePostings(payload, id, entry.locale, want, req)
    writes++
  }
  for (const [locale, want] of wanted) {
    if (kept.has(locale)) continue
    await payload.create({ collection: 'search-entries', data: { article: id, locale, ...want }, ...common })
    await replacePostings(payload, id, locale, want, req)
    writes++
  }
  return writes
}

/** Removes an article's entries and postings (before the article itself is deleted, in the same transaction). */
export async function removeArticleSearch(payload: Payload, id: number | string, req?: PayloadRequest): Promise<void> {
  await payload.delete({
    collection: 'search-entries',
    where: { article: { equals: id } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await deletePostings(payload, id, null, req)
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
      const gone = typeof orphan.article === 'object' ? orphan.article?.id : orphan.article
      if (gone !== null && gone !== undefined) await deletePostings(payload, gone, null, req)
      progress.written++
    }
    // Deleting shifts later pages back: read this page again when something was removed.
    if (orphans.length) page--
    if (!result.hasNextPage && !orphans.length) break
  }
  // Postings whose article was deleted without its hooks (SQL sets the reference to null).
  await payload.db.deleteMany({ collection: 'search-postings', where: { article: { exists: false } }, req })
  return progress
}

/**
 * MongoDB has no migrations to build the index for articles published before it existed: at start
 * (lib/db/prepare.ts), an index without postings beside published articles is built (entries
 * written before the postings existed are rewritten: their fingerprints differ). On SQLite and PostgreSQL
 * the migration that created the index built it, so this finds it filled and does nothing.
 */
export async function ensureSearchIndex(payload: Payload, log: (message: string) => void): Promise<void> {
  // The SQL migrations build it (and before theirs has run, the postings table does not exist).
  if (payload.db.name !== 'mongoose') return
  const postings = await payload.find({
    collection: 'search-postings',
    overrideAccess: true,
    limit: 1,
    pagination: false,
    depth: 0,
  })
  if (postings.docs.length) return
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
