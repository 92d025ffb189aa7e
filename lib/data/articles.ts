import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { cacheTags } from '@/lib/cache-tags'
import { RELATED_LIMIT, pickRelated } from '@/lib/content/related'
import { type Locale, locales } from '@/lib/i18n/routing'
import type { Article } from '@/payload-types'

import { payloadClient } from './payload'
import { PAGE_SIZE, countVisibleArticles, findVisibleArticles, summaryFields, visibleIn } from './queries'

export { PAGE_SIZE, summaryFields, visibleIn }

export type ArticleSummary = Pick<Article, 'id' | 'title' | 'summary' | 'slug' | 'releaseDate' | 'category' | 'cover' | 'featured'>

export interface ArticlePage {
  docs: ArticleSummary[]
  page: number
  totalPages: number
  totalDocs: number
}

export interface ListOptions {
  page?: number
  featured?: boolean
  categoryId?: number | string
  tagId?: number | string
  limit?: number
}

const listTags = [cacheTags.articles, cacheTags.taxonomy, cacheTags.media]

/**
 * How many visible articles match, for the page numbers. Counting reads every match, so it is cached
 * on its own with the lists' tags: another page of the same list, after a miss, does not count again.
 */
const countArticles = unstable_cache(
  async (locale: Locale, filters: Where[]): Promise<number> => countVisibleArticles(await payloadClient(), locale, filters),
  ['count-articles'],
  { tags: listTags },
)

/** One page of visible articles in a language matching `filters`, newest first, as list items. */
export async function findArticlePage(locale: Locale, filters: Where[], page: number, limit = PAGE_SIZE): Promise<ArticlePage> {
  const totalDocs = await countArticles(locale, filters)
  const totalPages = Math.ceil(totalDocs / limit)
  // A page past the end is not looked for (it would step over every article to find nothing).
  const docs = page <= totalPages ? await findVisibleArticles(await payloadClient(), locale, filters, page, limit) : []
  return { docs: docs as ArticleSummary[], page, totalPages, totalDocs }
}

/** The filters of a list: the same objects for its pages and its count, so they share the count's cache entry. */
function listFilters({ featured, categoryId, tagId }: Pick<ListOptions, 'featured' | 'categoryId' | 'tagId'>): Where[] {
  const filters: Where[] = []
  if (featured) filters.push({ featured: { equals: true } })
  if (categoryId !== undefined) filters.push({ category: { equals: categoryId } })
  if (tagId !== undefined) filters.push({ tags: { in: [tagId] } })
  return filters
}

/** Published articles in one language, newest first, optionally in one category or with one tag. */
export const listArticles = unstable_cache(
  async (locale: Locale, { page = 1, limit = PAGE_SIZE, ...filters }: ListOptions = {}): Promise<ArticlePage> =>
    findArticlePage(locale, listFilters(filters), page, limit),
  ['list-articles'],
  { tags: listTags },
)

/** How many articles a list has in a language (cached with the lists), e.g. to know which of its pages exist. */
export const countListArticles = (locale: Locale, filters: Pick<ListOptions, 'featured' | 'categoryId' | 'tagId'> = {}) =>
  countArticles(locale, listFilters(filters))

/** One published article in one language, or null when it does not exist there. */
export const getArticle = (locale: Locale, slug: string) =>
  unstable_cache(
    async (): Promise<Article | null> => {
      const payload = await payloadClient()
      const result = await payload.find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        where: visibleIn(locale, [{ slug: { equals: slug } }]),
        limit: 1,
        pagination: false,
        depth: 2,
        populate: { articles: summaryFields },
      })
      return result.docs[0] ?? null
    },
    ['article', locale, slug],
    { tags: [cacheTags.article(slug), ...listTags, cacheTags.datasets] },
  )()

/** The languages an article is published in, for the language switch and the QR code. */
export const getArticleLanguages = (slug: string) =>
  unstable_cache(
    async (): Promise<Locale[]> => {
      const payload = await payloadClient()
      const result = await payload.find({
        collection: 'articles',
        locale: 'all',
        overrideAccess: false,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        select: { translated: true },
      })
      return completeLocales(result.docs[0]?.translated)
    },
    ['article-languages', slug],
    { tags: [cacheTags.article(slug), cacheTags.articles] },
  )()

/** Related news for an article, by the rule in lib/content/related.ts. */
export const getRelatedArticles = (locale: Locale, article: Article) =>
  unstable_cache(
    async (): Promise<ArticleSummary[]> => {
      const handPickedIds = (article.related ?? []).map((item) => (typeof item === 'object' ? item.id : item))
      const tagIds = (article.tags ?? []).map((tag) => (typeof tag === 'object' ? tag.id : tag))
      const categoryId = typeof article.category === 'object' ? article.category.id : article.category
      const payload = await payloadClient()
      const query = (where: Where, limit: number) =>
        payload.find({
          collection: 'articles',
          locale,
          fallbackLocale: false,
          overrideAccess: false,
          where: visibleIn(locale, [{ id: { not_equals: article.id } }, where]),
          sort: '-releaseDate',
          limit,
          pagination: false,
          depth: 1,
          select: summaryFields,
        })
      const sharing: Where[] = [{ category: { equals: categoryId } }]
      if (tagIds.length) sharing.push({ tags: { in: tagIds } })
      const [picked, automatic] = await Promise.all([
        handPickedIds.length ? query({ id: { in: handPickedIds } }, handPickedIds.length) : null,
        query({ or: sharing }, RELATED_LIMIT + handPickedIds.length),
      ])
      const pickedInOrder = handPickedIds
        .map((id) => picked?.docs.find((doc) => String(doc.id) === String(id)))
        .filter((doc): doc is NonNullable<typeof doc> => Boolean(doc))
      return pickRelated(article.id, pickedInOrder, automatic.docs) as ArticleSummary[]
    },
    ['related-articles', locale, String(article.id)],
    { tags: [cacheTags.article(article.slug ?? ''), ...listTags] },
  )()

/** With `locale: 'all'` Payload returns a localized field as an object keyed by locale. */
function completeLocales(translated: unknown): Locale[] {
  if (typeof translated !== 'object' || translated === null) return []
  return locales.filter((locale) => (translated as Record<string, unknown>)[locale] === true)
}

/**
 * The latest version (draft or published) of one article in one language, by id: for a preview
 * the visitor's signed scope names (lib/data/preview.ts), never for a slug from the URL.
 */
export async function getArticleDraftById(locale: Locale, id: number | string): Promise<Article | null> {
  const payload = await payloadClient()
  return payload
    .findByID({
      collection: 'articles',
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      depth: 2,
      populate: { articles: summaryFields },
    })
    .catch(() => null)
}

/** Where an old slug of a published article points now, or null. */
export const findRedirect = (slug: string) =>
  unstable_cache(
    async (): Promise<string | null> => {
      const payload = await payloadClient()
      const result = await payload.find({
        collection: 'redirects',
        overrideAccess: false,
        where: { from: { equals: slug } },
        limit: 1,
        depth: 1,
        populate: { articles: { slug: true } },
      })
      const target = result.docs[0]?.article
      return typeof target === 'object' && target?.slug && target.slug !== slug ? target.slug : null
    },
    ['redirect', slug],
    { tags: [cacheTags.redirects, cacheTags.articles] },
  )()

/**
 * Every old slug that leads to a published article, with the slug it has now: the map the proxy
 * answers 301s from (lib/redirects/moved-slugs.ts).
 */
export async function listMovedSlugs(): Promise<Record<string, string>> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'redirects',
    overrideAccess: false,
    pagination: false,
    depth: 1,
    select: { from: true, article: true },
    populate: { articles: { slug: true } },
  })
  const moved: Record<string, string> = {}
  for (const { from, article } of result.docs) {
    if (typeof article === 'object' && article?.slug && article.slug !== from) moved[from] = article.slug
  }
  return moved
}
