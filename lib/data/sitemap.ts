import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cache-tags'
import { type Locale, htmlLang, locales } from '@/lib/i18n/routing'
import { articlePath, categoryPath, homePath, newsPath, tagPath, tagsPath } from '@/lib/paths'

import { payloadClient } from './payload'
import { listCategories, listTagsWithCounts } from './taxonomy'

export interface SitemapEntry {
  url: string
  lastmod?: string
  /** Every language the page exists in (itself included), for xhtml:link alternates. */
  alternates: { lang: string; url: string }[]
}

/** One entry per language version, each naming all versions (and x-default) when there are several. */
function entries(paths: Partial<Record<Locale, string>>, lastmod?: string): SitemapEntry[] {
  const present = locales.filter((locale) => paths[locale])
  const alternates =
    present.length > 1
      ? [
          ...present.map((locale) => ({ lang: htmlLang(locale), url: paths[locale]! })),
          { lang: 'x-default', url: paths.en ?? paths[present[0]]! },
        ]
      : []
  return present.map((locale) => ({ url: paths[locale]!, lastmod, alternates }))
}

/**
 * Every public page a search engine should know: the static pages, each category and each tag
 * with articles, and every published article in each language it is complete in. Drafts,
 * scheduled and untranslated versions are never listed (the same rule as the pages themselves).
 */
export const sitemapEntries = unstable_cache(
  async (): Promise<SitemapEntry[]> => {
    const payload = await payloadClient()
    const [articles, categories, tagsEn, tagsZh] = await Promise.all([
      payload.find({
        collection: 'articles',
        locale: 'all',
        overrideAccess: false,
        where: { _status: { equals: 'published' } },
        sort: '-releaseDate',
        pagination: false,
        depth: 0,
        select: { slug: true, translated: true, updatedAt: true },
      }),
      listCategories('en'),
      listTagsWithCounts('en'),
      listTagsWithCounts('zh'),
    ])
    const both = (path: (locale: Locale) => string) => ({ en: path('en'), zh: path('zh') })
    const result: SitemapEntry[] = [
      ...entries(both(homePath)),
      ...entries(both((locale) => newsPath(locale))),
      ...entries(both(tagsPath)),
      ...entries(both((locale) => `/${locale}/about`)),
      ...entries(both((locale) => `/${locale}/services`)),
      ...categories.flatMap((category) => (category.slug ? entries(both((locale) => categoryPath(locale, category.slug!))) : [])),
    ]
    const tagLocales = new Map<string, Partial<Record<Locale, string>>>()
    for (const [locale, list] of [
      ['en', tagsEn],
      ['zh', tagsZh],
    ] as const) {
      for (const { tag } of list) {
        if (!tag.slug) continue
        tagLocales.set(tag.slug, { ...tagLocales.get(tag.slug), [locale]: tagPath(locale, tag.slug) })
      }
    }
    for (const paths of tagLocales.values()) result.push(...entries(paths))
    for (const article of articles.docs) {
      const translated = (article.translated ?? {}) as unknown as Partial<Record<Locale, boolean>>
      if (!article.slug) continue
      const paths: Partial<Record<Locale, string>> = {}
      for (const locale of locales) if (translated[locale]) paths[locale] = articlePath(locale, article.slug)
      result.push(...entries(paths, article.updatedAt))
    }
    return result
  },
  ['sitemap-entries'],
  { tags: [cacheTags.articles, cacheTags.taxonomy] },
)
