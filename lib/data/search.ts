import type { Where } from 'payload'

import type { Locale } from '@/lib/i18n/routing'

import { type ArticlePage, type ArticleSummary, PAGE_SIZE, summaryFields, visibleIn } from './articles'
import { payloadClient } from './payload'

/**
 * Published articles in one language whose title, summary or body contains every word of the query
 * (Payload's `like`: case-insensitive; a Chinese phrase is one word, matched as a substring).
 */
export async function searchArticles(locale: Locale, query: string, page = 1): Promise<ArticlePage> {
  if (!query) return { docs: [], page: 1, totalPages: 0, totalDocs: 0 }
  const matches: Where = {
    or: [{ title: { like: query } }, { summary: { like: query } }, { searchText: { like: query } }],
  }
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: visibleIn([matches]),
    sort: '-releaseDate',
    page,
    limit: PAGE_SIZE,
    depth: 1,
    select: summaryFields,
  })
  return {
    docs: result.docs as ArticleSummary[],
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}
