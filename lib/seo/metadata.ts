import type { Metadata } from 'next'

import { type Locale, locales } from '@/lib/i18n/routing'

import { languageAlternates } from './alternates'

/** The RSS and Atom feeds of a language, announced in every page's <head>. */
export const feedLinks = (locale: Locale) => ({
  'application/rss+xml': [{ url: `/${locale}/rss.xml`, title: locale === 'zh' ? '新闻 RSS' : 'News RSS feed' }],
  'application/atom+xml': [{ url: `/${locale}/atom.xml`, title: locale === 'zh' ? '新闻 Atom' : 'News Atom feed' }],
})

/** Open Graph locale names (language_TERRITORY). */
export const ogLocale = (locale: Locale): string => (locale === 'zh' ? 'zh_CN' : 'en_US')

export interface PageSeo {
  locale: Locale
  /** The page's path in a language; `null` where the page does not exist in that language. */
  path: (locale: Locale) => string | null
  /** The part before " | Company" (the layout's template adds it); `absolute` replaces the template. */
  title: string | { absolute: string }
  description?: string | null
  noindex?: boolean
  openGraph?: Metadata['openGraph']
  /** Feeds to announce in <head> (RSS and Atom of this language). */
  feeds?: boolean
  siteName?: string
  /** The share image; the site's card in this language by default. */
  image?: { url: string; width: number; height: number; alt?: string }
}

/**
 * One place for what every public page tells search engines: title, description, the canonical
 * URL, reciprocal language alternates (only to translations that exist, with x-default), robots,
 * Open Graph and Twitter cards, and the feeds of its language.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  noindex,
  openGraph,
  feeds = true,
  siteName,
  image,
}: PageSeo): Metadata {
  const self = path(locale)
  const existing = locales.filter((code) => path(code) !== null)
  const languages = noindex ? {} : languageAlternates(Object.fromEntries(locales.map((code) => [code, path(code)])))
  const text = typeof title === 'string' ? title : title.absolute
  const picture = image ?? { url: `/${locale}/og`, width: 1200, height: 630, alt: siteName ?? text }
  return {
    title,
    description: description ?? undefined,
    alternates: {
      // A noindex page names no canonical: "do not index this" and "index that instead" are mixed signals.
      canonical: noindex ? undefined : self,
      languages: Object.keys(languages).length ? languages : undefined,
      types: feeds ? feedLinks(locale) : undefined,
    },
    robots: noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: 'website',
      url: self ?? undefined,
      title: text,
      description: description ?? undefined,
      siteName,
      locale: ogLocale(locale),
      alternateLocale: existing.filter((code) => code !== locale).map(ogLocale),
      images: [picture],
      ...openGraph,
    },
    twitter: { card: 'summary_large_image', title: text, description: description ?? undefined, images: [picture.url] },
  }
}
