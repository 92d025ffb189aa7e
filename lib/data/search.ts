import type { Locale } from '@/lib/i18n/routing'

import type { ArticlePage, ArticleSummary } from './articles'
import { payloadClient } from './payload'
import { searchTotals, searchVisibleArticles } from './queries'

export interface SearchResults extends ArticlePage {
  /** Whether totalDocs and totalPages are the real totals (see searchTotals): nothing counts every match. */
  exact: boolean
}

/**
 * Published articles in one language whose title, summary or body contains the query (Payload's
 * `like`: case-insensitive; a Chinese phrase is one word, matched as a substring), newest first.
 */
export async function searchArticles(locale: Locale, query: string, page = 1): Promise<SearchResults> {
  if (!query) return { docs: [], page: 1, totalPages: 0, totalDocs: 0, exact: true }
  const { docs, hasNextPage } = await searchVisibleArticles(await payloadClient(), locale, query, page)
  return { docs: docs as ArticleSummary[], page, ...searchTotals(page, docs.length, hasNextPage) }
}
