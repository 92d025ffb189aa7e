import type { Locale } from '@/lib/i18n/routing'

import { type ArticlePage, findArticlePage } from './articles'
import { matchesQuery } from './queries'

/**
 * Published articles in one language whose title, summary or body contains every word of the query
 * (Payload's `like`: case-insensitive; a Chinese phrase is one word, matched as a substring).
 */
export async function searchArticles(locale: Locale, query: string, page = 1): Promise<ArticlePage> {
  if (!query) return { docs: [], page: 1, totalPages: 0, totalDocs: 0 }
  return findArticlePage(locale, [matchesQuery(query)], page)
}
