import type { Payload, Where } from 'payload'

import type { Locale } from '@/lib/i18n/routing'
import { FIELDS_BY_WEIGHT, anyFieldTerms, fieldTerm } from '@/lib/search/entry'
import { type SnippetPart, compareRelevance, relevance, snippet } from '@/lib/search/match'
import { type QueryTerm, distinctTerms } from '@/lib/search/tokens'
import type { SearchEntry } from '@/payload-types'

import { PAGE_SIZE, skipsWithoutCounting, summaryFields, visibleIn } from './queries'

/**
 * Search over the index (collections/search), free of Next like queries.ts, so the benchmark times
 * what a page runs on a cache miss. Every lookup is an equality (or `in`) on the indexed `terms`.
 */

/** Characters of body around the match: Chinese carries about twice as much per character. */
const SNIPPET_LENGTH: Record<Locale, number> = { en: 180, zh: 90 }

type Entry = Pick<SearchEntry, 'id' | 'article' | 'releaseDate'> & Partial<Pick<SearchEntry, 'title' | 'summary' | 'body'>>

export interface SearchPageData {
  /** The page's article ids, best first, each with its body snippet. */
  hits: { articleId: number | string; snippet: SnippetPart[] }[]
  totalDocs: number
}

/** The article an entry stands for; none when the article was deleted without its hooks. */
const articleId = (entry: Entry) => (typeof entry.article === 'object' ? entry.article?.id : entry.article) ?? null

/** The stored terms name their language (lib/search/entry.ts): an equality on the index is the whole condition. */
const holding = (stored: string[]): Where => ({ terms: { in: stored } })

function countEntries(payload: Payload, stored: string[]) {
  return payload.count({ collection: 'search-entries', overrideAccess: true, where: holding(stored) }).then((result) => result.totalDocs)
}

/** The entries holding one stored term, newest first, `count` of them from `offset` (two aligned pages at most). */
async function entriesAt(payload: Payload, stored: string, offset: number, count: number): Promise<Entry[]> {
  const firstPage = Math.floor(offset / PAGE_SIZE) + 1
  const lastPage = Math.floor((offset + count - 1) / PAGE_SIZE) + 1
  const pages: Entry[] = []
  for (let page = firstPage; page <= lastPage; page++) {
    const { docs } = await payload.find({
      collection: 'search-entries',
      overrideAccess: true,
      where: holding([stored]),
      sort: ['-releaseDate', '-createdAt'],
      page,
      limit: PAGE_SIZE,
      pagination: !skipsWithoutCounting(payload),
      depth: 0,
      select: { article: true, releaseDate: true, body: true },
    })
    pages.push(...docs)
  }
  const skip = offset - (firstPage - 1) * PAGE_SIZE
  return pages.slice(skip, skip + count)
}

/**
 * One word or one Chinese pair: the index gives the order. Entries holding it in the title come
 * first, then in the summary, then in the body only, each newest first: three counts (the total)
 * and the rows of one page, whatever the number of articles.
 */
async function singleTermPage(payload: Payload, locale: Locale, term: string, page: number) {
  const stored = FIELDS_BY_WEIGHT.map((field) => fieldTerm(locale, field, term))
  const counts = await Promise.all(stored.map((value) => countEntries(payload, [value])))
  const totalDocs = counts.reduce((sum, count) => sum + count, 0)
  let skip = (page - 1) * PAGE_SIZE
  let wanted = PAGE_SIZE
  const entries: Entry[] = []
  for (const [index, value] of stored.entries()) {
    if (wanted === 0) break
    if (skip >= counts[index]) {
      skip -= counts[index]
      continue
    }
    const taken = Math.min(wanted, counts[index] - skip)
    entries.push(...(await entriesAt(payload, value, skip, taken)))
    wanted -= taken
    skip = 0
  }
  return { entries, totalDocs }
}

/**
 * Several terms: only articles holding every one. The rarest term's entries are read (counts first,
 * and a term found nowhere ends the search), then ranked by phrase, by field and by date here:
 * the work grows with the rarest term's matches, not with the number of articles.
 */
async function multiTermPage(payload: Payload, locale: Locale, terms: QueryTerm[], page: number) {
  const distinct = distinctTerms(terms)
  const counts = await Promise.all(distinct.map((term) => countEntries(payload, anyFieldTerms(locale, term))))
  if (counts.some((count) => count === 0)) return { entries: [], totalDocs: 0 }
  const rarest = distinct[counts.indexOf(Math.min(...counts))]
  const { docs } = await payload.find({
    collection: 'search-entries',
    overrideAccess: true,
    where: holding(anyFieldTerms(locale, rarest)),
    pagination: false,
    depth: 0,
    select: { article: true, releaseDate: true, title: true, summary: true, body: true },
  })
  const ranked = (docs as Entry[])
    .map((entry) => ({
      entry,
      id: entry.id,
      releaseDate: entry.releaseDate,
      relevance: relevance({ title: entry.title ?? '', summary: entry.summary ?? '', body: entry.body ?? '' }, terms),
    }))
    .filter((item) => item.relevance.matches)
    .sort(compareRelevance)
  return { entries: ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((item) => item.entry), totalDocs: ranked.length }
}

/** One page of search results in a language, best first, with the total number of matching articles. */
export async function searchPage(payload: Payload, locale: Locale, terms: QueryTerm[], page: number): Promise<SearchPageData> {
  const distinct = distinctTerms(terms)
  if (!distinct.length) return { hits: [], totalDocs: 0 }
  const { entries, totalDocs } =
    distinct.length === 1 ? await singleTermPage(payload, locale, distinct[0], page) : await multiTermPage(payload, locale, terms, page)
  return {
    hits: entries.flatMap((entry) => {
      const id = articleId(entry)
      return id === null ? [] : [{ articleId: id, snippet: snippet(entry.body ?? '', terms, SNIPPET_LENGTH[locale]) }]
    }),
    totalDocs,
  }
}

/**
 * The list items of a page of hits, in the hits' order. Read through the articles' own access rules
 * and visibility, so an entry the index still holds for an article just unpublished shows nothing.
 */
export async function findSearchArticles(payload: Payload, locale: Locale, ids: (number | string)[]) {
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: visibleIn(locale, [{ id: { in: ids } }]),
    pagination: false,
    depth: 1,
    select: summaryFields,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.map((id) => byId.get(String(id))).filter((doc): doc is NonNullable<typeof doc> => Boolean(doc))
}
