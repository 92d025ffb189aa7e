import type { Payload } from 'payload'

import { completeField } from '@/collections/articles/complete-field'
import type { DocumentId } from '@/lib/db/document-id'
import type { Locale } from '@/lib/i18n/routing'
import { storedTerm } from '@/lib/search/entry'
import { type SnippetPart, compareRelevance, relevance, snippet } from '@/lib/search/match'
import { type QueryTerm, distinctTerms } from '@/lib/search/tokens'

import { PAGE_SIZE, skipsWithoutCounting, summaryFields } from './queries'

/**
 * Search over the postings (collections/search/postings.ts), free of Next like queries.ts, so the
 * benchmark times what a page runs on a cache miss. Every read is one range of the postings' index
 * `(term, rank, article)` or a probe of `(article, term)`: the work depends on the page
 * asked for, not on how many articles match.
 */

/** Characters of body around the match: Chinese carries about twice as much per character. */
const SNIPPET_LENGTH: Record<Locale, number> = { en: 180, zh: 90 }

/**
 * Several words: when the rarest is in at most this many articles, all of them are read and ranked
 * (phrase, then every word in one field, then field, then date) with an exact total. Beyond, the
 * rarest word's postings are walked in index order a window at a time, only as far as the page
 * needs, and the total is a lower bound ("more than …").
 */
export const EXACT_CANDIDATES = 200
const WINDOW = 2 * PAGE_SIZE
/** A walk stops here even if it found too few matches (two common words that never meet). */
const MAX_CANDIDATES = 2_000

export interface SearchPageData {
  /** The page's article ids, best first, each with its body snippet. */
  hits: { articleId: DocumentId; snippet: SnippetPart[] }[]
  totalDocs: number
  /** `totalDocs` counts the matches found so far, and there are more (shown as "more than"). */
  totalIsLowerBound: boolean
}

const articleOf = (value: DocumentId | { id: DocumentId } | null | undefined) =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

/** Heaviest field, then newest (lib/search/entry.ts `postingRank`): the order of the `(term, rank, article)` index. */
const RESULT_ORDER = 'rank'

/** How many articles hold a stored term: an index count. */
const countPostings = (payload: Payload, term: string) =>
  payload
    .count({ collection: 'search-postings', overrideAccess: true, where: { term: { equals: term } } })
    .then((result) => result.totalDocs)

/** A stored term's articles in result order (heaviest field, then newest), one slice of the index range. */
async function postingsOf(payload: Payload, term: string, page: number, limit: number) {
  const { docs } = await payload.find({
    collection: 'search-postings',
    overrideAccess: true,
    where: { term: { equals: term } },
    sort: RESULT_ORDER,
    page,
    limit,
    pagination: !skipsWithoutCounting(payload),
    depth: 0,
    select: { article: true },
  })
  return docs.flatMap((doc) => {
    const id = articleOf(doc.article)
    return id === null ? [] : [id]
  })
}

/**
 * The stored texts of some articles in a language (for snippets and phrase ranking). Looked up by
 * article only, the language picked here: with a condition on `locale` too, SQLite (without
 * statistics) reads the language's whole index instead of the few articles'.
 */
async function textsOf(payload: Payload, locale: Locale, ids: DocumentId[], fields: 'body' | 'all') {
  const texts = new Map<string, { title: string; summary: string; body: string; releaseDate: string }>()
  if (!ids.length) return texts
  const { docs } = await payload.find({
    collection: 'search-entries',
    overrideAccess: true,
    where: { article: { in: ids } },
    pagination: false,
    depth: 0,
    select:
      fields === 'body'
        ? { article: true, locale: true, releaseDate: true, body: true }
        : { article: true, locale: true, releaseDate: true, title: true, summary: true, body: true },
  })
  for (const doc of docs) {
    if (doc.locale !== locale) continue
    const text = { title: doc.title ?? '', summary: doc.summary ?? '', body: doc.body ?? '', releaseDate: doc.releaseDate }
    texts.set(String(articleOf(doc.article)), text)
  }
  return texts
}

/**
 * One word or one Chinese pair: the index gives the order (title, then summary, then body, each
 * newest first): the page is ten entries of one index range, the total an index count.
 */
async function singleTermPage(payload: Payload, locale: Locale, term: string, page: number) {
  const stored = storedTerm(locale, term)
  const [totalDocs, ids] = await Promise.all([countPostings(payload, stored), postingsOf(payload, stored, page, PAGE_SIZE)])
  return { ids, totalDocs, totalIsLowerBound: false }
}

/** Of `candidates`, those whose article also holds every one of `others`: one probe of `(article, term)`. */
async function holdingAll(payload: Payload, candidates: DocumentId[], others: string[]) {
  if (!others.length || !candidates.length) return candidates
  const { docs } = await payload.find({
    collection: 'search-postings',
    overrideAccess: true,
    where: { and: [{ article: { in: candidates } }, { term: { in: others } }] },
    pagination: false,
    depth: 0,
    select: { article: true, term: true },
  })
  const held = new Map<string, Set<string>>()
  for (const doc of docs) {
    const id = String(articleOf(doc.article))
    const terms = held.get(id) ?? new Set<string>()
    terms.add(doc.term)
    held.set(id, terms)
  }
  return candidates.filter((id) => held.get(String(id))?.size === others.length)
}

/**
 * Several terms: only articles holding every one. Each term is counted (a term found nowhere ends
 * the search); the rarest term's postings are the candidates, checked for the others.
 */
async function multiTermPage(payload: Payload, locale: Locale, terms: QueryTerm[], page: number) {
  const stored = distinctTerms(terms).map((term) => storedTerm(locale, term))
  const counts = await Promise.all(stored.map((term) => countPostings(payload, term)))
  const none = { ids: [], totalDocs: 0, totalIsLowerBound: false }
  if (counts.some((count) => count === 0)) return none
  const [driver, ...others] = stored.map((term, index) => ({ term, count: counts[index] })).sort((a, b) => a.count - b.count)
  const otherTerms = others.map(({ term }) => term)

  if (driver.count <= EXACT_CANDIDATES) {
    // Every candidate read and ranked: exact order, exact total.
    const matches = await holdingAll(payload, await postingsOf(payload, driver.term, 1, EXACT_CANDIDATES), otherTerms)
    const texts = await textsOf(payload, locale, matches, 'all')
    const ranked = matches
      .flatMap((id) => {
        const text = texts.get(String(id))
        return text ? [{ id, releaseDate: text.releaseDate, relevance: relevance(text, terms) }] : []
      })
      .filter((item) => item.relevance.matches)
      .sort(compareRelevance)
    return {
      ids: ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((item) => item.id),
      totalDocs: ranked.length,
      totalIsLowerBound: false,
    }
  }

  // A common rarest term: walk its postings in index order only as far as this page and one more match.
  const wanted = page * PAGE_SIZE + 1
  const matches: DocumentId[] = []
  let read = 0
  let exhausted = false
  for (let window = 1; matches.length < wanted && read < MAX_CANDIDATES; window++) {
    const candidates = await postingsOf(payload, driver.term, window, WINDOW)
    read += candidates.length
    matches.push(...(await holdingAll(payload, candidates, otherTerms)))
    if (candidates.length < WINDOW) {
      exhausted = true
      break
    }
  }
  return {
    ids: matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    totalDocs: exhausted ? matches.length : Math.min(matches.length, page * PAGE_SIZE),
    totalIsLowerBound: !exhausted,
  }
}

/** One page of search results in a language, best first, with the total number of matching articles. */
export async function searchPage(payload: Payload, locale: Locale, terms: QueryTerm[], page: number): Promise<SearchPageData> {
  const distinct = distinctTerms(terms)
  if (!distinct.length) return { hits: [], totalDocs: 0, totalIsLowerBound: false }
  const { ids, totalDocs, totalIsLowerBound } =
    distinct.length === 1 ? await singleTermPage(payload, locale, distinct[0], page) : await multiTermPage(payload, locale, terms, page)
  const texts = await textsOf(payload, locale, ids, 'body')
  return {
    hits: ids.map((articleId) => ({
      articleId,
      snippet: snippet(texts.get(String(articleId))?.body ?? '', terms, SNIPPET_LENGTH[locale]),
    })),
    totalDocs,
    totalIsLowerBound,
  }
}

/**
 * The list items of a page of hits, in the hits' order, only those visitors may see in the language
 * (published and complete in it, the news center's rule `visibleIn`), so a posting the index still
 * holds for an article just unpublished shows nothing. Read by id alone and checked here: with the
 * visibility in the query, SQLite (without statistics) walks the `(_status, complete…)` index over
 * every published article instead of taking the ten ids.
 */
export async function findSearchArticles(payload: Payload, locale: Locale, ids: DocumentId[]) {
  if (!ids.length) return []
  const complete = completeField(locale)
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: true,
    draft: false,
    where: { id: { in: ids } },
    pagination: false,
    depth: 1,
    select: { ...summaryFields, _status: true, completeEn: true, completeZh: true },
  })
  const byId = new Map(
    docs.filter((doc) => doc._status === 'published' && doc[complete] === true).map((doc) => [String(doc.id), doc]),
  )
  return ids.map((id) => byId.get(String(id))).filter((doc): doc is NonNullable<typeof doc> => Boolean(doc))
}
