import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/routing'
import type { SnippetPart } from '@/lib/search/match'
import { type QueryTerm, queryTerms } from '@/lib/search/tokens'

import type { ArticleSummary } from './articles'
import { payloadClient } from './payload'
import { PAGE_SIZE } from './queries'
import { findSearchArticles, searchPage } from './search-queries'

export interface SearchResult {
  article: ArticleSummary
  /** A passage of the body with the matched terms marked: render each part as text. */
  snippet: SnippetPart[]
}

export interface SearchResults {
  docs: SearchResult[]
  page: number
  totalPages: number
  totalDocs: number
  /** Two common words: `totalDocs` results found so far and more after them (shown as "more than"). */
  totalIsLowerBound: boolean
}

/**
 * Cached per normalized query (its terms: "Patent", " patent " and "ＰＡＴＥＮＴ" are one entry) and
 * page, with the lists' tags: any article, category, tag or media change expires every search.
 */
const cachedSearch = unstable_cache(
  async (locale: Locale, terms: QueryTerm[], page: number): Promise<SearchResults> => {
    const payload = await payloadClient()
    const { hits, totalDocs, totalIsLowerBound } = await searchPage(payload, locale, terms, page)
    const articles = await findSearchArticles(payload, locale, hits.map((hit) => hit.articleId))
    const byId = new Map(articles.map((article) => [String(article.id), article as ArticleSummary]))
    const docs = hits.flatMap(({ articleId, snippet }) => {
      const article = byId.get(String(articleId))
      return article ? [{ article, snippet }] : []
    })
    // A lower bound reaches this page's end, and there is at least one more page.
    const totalPages = totalIsLowerBound ? page + 1 : Math.ceil(totalDocs / PAGE_SIZE)
    return { docs, page, totalDocs, totalIsLowerBound, totalPages }
  },
  ['search-articles'],
  { tags: [cacheTags.articles, cacheTags.taxonomy, cacheTags.media] },
)

/** Published articles in one language matching the query, best first (lib/search/match.ts), one page. */
export async function searchArticles(locale: Locale, query: string, page = 1): Promise<SearchResults> {
  const terms = queryTerms(query)
  if (!terms.length) return { docs: [], page, totalPages: 0, totalDocs: 0, totalIsLowerBound: false }
  return cachedSearch(locale, terms, page)
}
