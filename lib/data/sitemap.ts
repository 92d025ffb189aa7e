import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cache-tags'
import { type DocumentId, relationId } from '@/lib/db/document-id'
import { type Locale, locales } from '@/lib/i18n/routing'
import { articlePath, categoryPath, homePath, newsPath, tagPath, tagsPath } from '@/lib/paths'
import { languageAlternates, listPageLocales } from '@/lib/seo/alternates'
import type { Article } from '@/payload-types'

import { PAGE_SIZE } from './articles'
import { payloadClient } from './payload'
import { getSiteSettings } from './site'
import { listCategories, listTagsWithCounts } from './taxonomy'

export interface SitemapEntry {
  url: string
  lastmod?: string
  /** Every language the page exists in (itself included), for xhtml:link alternates. */
  alternates: { lang: string; url: string }[]
}

type PerLocale<T> = Partial<Record<Locale, T>>
type SitemapArticle = Pick<Article, 'slug' | 'updatedAt' | 'category' | 'tags'>
interface Term {
  id: DocumentId
  slug?: string | null
  updatedAt: string
}

const perLocale = <T>(value: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(locales.map((locale) => [locale, value(locale)])) as Record<Locale, T>

const inEachLocale = async <T>(load: (locale: Locale) => Promise<T>): Promise<Record<Locale, T>> =>
  Object.fromEntries(await Promise.all(locales.map(async (locale) => [locale, await load(locale)]))) as Record<Locale, T>

/** The latest of some ISO dates (they sort as text), or undefined when there are none. */
const newest = (dates: (string | null | undefined)[]): string | undefined =>
  dates
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1)

/** One entry per language version, each naming all versions (the same rule as the pages' hreflang). */
function entries({ paths, lastmod }: { paths: PerLocale<string>; lastmod: PerLocale<string | undefined> }): SitemapEntry[] {
  const alternates = Object.entries(languageAlternates(paths)).map(([lang, url]) => ({ lang, url }))
  return locales.flatMap((locale) => (paths[locale] ? [{ url: paths[locale], lastmod: lastmod[locale], alternates }] : []))
}

interface TermPages {
  /** The category or tag docs of each language, with how many visible articles they have there. */
  terms: Record<Locale, { term: Term; count: number }[]>
  /** A tag is a page only where it has articles; a category wherever it has a name. */
  needsArticles: boolean
  path: (locale: Locale, slug: string) => string
  /** When the term's articles in a language last changed. */
  changed: (locale: Locale, id: DocumentId) => string | undefined
}

/**
 * A category's or tag's page in each language it exists in (by listPageLocales, as its hreflang),
 * dated by the newest change there: the term itself or one of its articles.
 */
function termEntries({ terms, needsArticles, path, changed }: TermPages): SitemapEntry[] {
  const ids = [...new Set(locales.flatMap((locale) => terms[locale].map(({ term }) => term.id)))]
  return ids.flatMap((id) => {
    const found = perLocale((locale) => terms[locale].find(({ term }) => term.id === id))
    const slug = locales.map((locale) => found[locale]?.term.slug).find(Boolean)
    if (!slug) return []
    const counts = Object.fromEntries(locales.flatMap((locale) => (found[locale] ? [[locale, found[locale].count]] : [])))
    const existing = listPageLocales(1, counts, { pageSize: PAGE_SIZE, needsArticles })
    return entries({
      paths: Object.fromEntries(existing.map((locale) => [locale, path(locale, slug)])),
      lastmod: perLocale((locale) => newest([found[locale]?.term.updatedAt, changed(locale, id)])),
    })
  })
}

/**
 * Every public page a search engine should know: the static pages, each category and each tag
 * with articles, and every published article in each language it is complete in. Drafts,
 * scheduled and untranslated versions are never listed (the same rule as the pages themselves).
 * Every page has a lastmod: the newest change among the articles (and category or tag) it shows;
 * for about and services, the site settings, whose facts their footer shows.
 */
export const sitemapEntries = unstable_cache(
  async (): Promise<SitemapEntry[]> => {
    const payload = await payloadClient()
    const [articles, categories, tags, settings] = await Promise.all([
      payload.find({
        collection: 'articles',
        locale: 'all',
        overrideAccess: false,
        where: { _status: { equals: 'published' } },
        sort: '-releaseDate',
        pagination: false,
        depth: 0,
        select: { slug: true, translated: true, updatedAt: true, category: true, tags: true },
      }),
      inEachLocale(listCategories),
      inEachLocale(listTagsWithCounts),
      getSiteSettings('en'),
    ])
    // With `locale: 'all'` a localized field is an object keyed by locale.
    const completeIn = (article: (typeof articles.docs)[number], locale: Locale) =>
      Boolean((article.translated as unknown as PerLocale<boolean> | null)?.[locale])
    const visible = perLocale((locale) => articles.docs.filter((article) => completeIn(article, locale)))
    const changed = (locale: Locale, shows: (article: SitemapArticle) => boolean = () => true) =>
      newest(visible[locale].filter(shows).map((article) => article.updatedAt))
    const inCategory = (id: DocumentId) => (article: SitemapArticle) => relationId(article.category) === id
    const tagged = (id: DocumentId) => (article: SitemapArticle) => (article.tags ?? []).some((tag) => relationId(tag) === id)

    const latest = perLocale((locale) => changed(locale))
    const tagsChanged = perLocale((locale) =>
      newest([changed(locale, (article) => Boolean(article.tags?.length)), ...tags[locale].map(({ tag }) => tag.updatedAt)]),
    )
    const factsChanged = perLocale(() => newest([settings.updatedAt]) ?? newest(Object.values(latest)))
    const result: SitemapEntry[] = [
      ...entries({ paths: perLocale(homePath), lastmod: latest }),
      ...entries({ paths: perLocale((locale) => newsPath(locale)), lastmod: latest }),
      ...entries({ paths: perLocale(tagsPath), lastmod: tagsChanged }),
      ...entries({ paths: perLocale((locale) => `/${locale}/about`), lastmod: factsChanged }),
      ...entries({ paths: perLocale((locale) => `/${locale}/services`), lastmod: factsChanged }),
      // A category is a page in each language it has a name in; a tag in each language it has articles in.
      ...termEntries({
        terms: perLocale((locale) =>
          categories[locale].map((term) => ({ term, count: visible[locale].filter(inCategory(term.id)).length })),
        ),
        needsArticles: false,
        path: categoryPath,
        changed: (locale, id) => changed(locale, inCategory(id)),
      }),
      ...termEntries({
        terms: perLocale((locale) => tags[locale].map(({ tag, count }) => ({ term: tag, count }))),
        needsArticles: true,
        path: tagPath,
        changed: (locale, id) => changed(locale, tagged(id)),
      }),
    ]
    for (const article of articles.docs) {
      if (!article.slug) continue
      const paths = perLocale((locale) => (completeIn(article, locale) ? articlePath(locale, article.slug!) : undefined))
      result.push(...entries({ paths, lastmod: perLocale(() => article.updatedAt) }))
    }
    return result
  },
  ['sitemap-entries'],
  { tags: [cacheTags.articles, cacheTags.taxonomy, cacheTags.settings] },
)
