import type { Payload, Where } from 'payload'

import { completeField } from '@/collections/articles/complete-field'
import type { Locale } from '@/lib/i18n/routing'

/**
 * The public site's queries, free of Next and of the Payload client (the caller passes Payload in),
 * so the benchmark times exactly what the pages run on a cache miss.
 */
export const PAGE_SIZE = 10

/**
 * What a visitor may see in a language: published, and complete in that language. Both are columns
 * of the articles table, first in one index per language whose next columns are the list order.
 */
export const visibleIn = (locale: Locale, extra: Where[] = []): Where => ({
  and: [{ _status: { equals: 'published' } }, { [completeField(locale)]: { equals: true } }, ...extra],
})

/** The fields a list item shows: nothing else is read for lists. */
export const summaryFields = {
  title: true,
  summary: true,
  slug: true,
  releaseDate: true,
  category: true,
  cover: true,
  featured: true,
} as const

/**
 * `pagination: false` spares Payload's count of every match; the SQL adapters still skip to `page`,
 * MongoDB's does not (mongoose-paginate skips only when it paginates), so there Payload counts.
 */
export const skipsWithoutCounting = (payload: Payload) => payload.db.name !== 'mongoose'

/** Visible articles matching `filters`, newest first, one page of `limit`, without counting every match. */
function findVisible<S extends Record<string, true>>(
  payload: Payload,
  locale: Locale,
  filters: Where[],
  page: number,
  limit: number,
  { select, depth }: { select: S; depth: number },
) {
  return payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: visibleIn(locale, filters),
    sort: '-releaseDate',
    page,
    limit,
    pagination: !skipsWithoutCounting(payload),
    depth,
    select,
  })
}

/** One page of visible articles in a language matching `filters`, newest first, as list items; no count. */
export async function findVisibleArticles(payload: Payload, locale: Locale, filters: Where[], page: number, limit = PAGE_SIZE) {
  return (await findVisible(payload, locale, filters, page, limit, { select: summaryFields, depth: 1 })).docs
}

/** How many visible articles match: reads every match, so lib/data caches it (it changes only with content). */
export async function countVisibleArticles(payload: Payload, locale: Locale, filters: Where[]): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'articles',
    locale,
    overrideAccess: false,
    where: visibleIn(locale, filters),
  })
  return totalDocs
}
