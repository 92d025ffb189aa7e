import type { Locale } from './i18n/routing'

/** Public URLs, in one place, so links, sitemaps and QR codes agree. */
export const homePath = (locale: Locale) => `/${locale}`
export const newsPath = (locale: Locale, page = 1) => (page > 1 ? `/${locale}/news/page/${page}` : `/${locale}/news`)
export const articlePath = (locale: Locale, slug: string) => `/${locale}/news/${slug}`
