import type { Locale } from './i18n/routing'

/** Public URLs, in one place, so links, sitemaps and QR codes agree. */
export const homePath = (locale: Locale) => `/${locale}`
const paged = (base: string, page: number) => (page > 1 ? `${base}/page/${page}` : base)
export const newsPath = (locale: Locale, page = 1) => paged(`/${locale}/news`, page)
export const categoryPath = (locale: Locale, slug: string, page = 1) => paged(`/${locale}/news/category/${slug}`, page)
export const articlePath = (locale: Locale, slug: string) => `/${locale}/news/${slug}`
export const untranslatedPath = (locale: Locale, slug: string) => `/${locale}/news/untranslated/${slug}`
export const tagsPath = (locale: Locale) => `/${locale}/tags`
export const tagPath = (locale: Locale, slug: string, page = 1) => paged(`/${locale}/tags/${slug}`, page)
export const searchPath = (locale: Locale, query?: string, page = 1) => {
  const params = new URLSearchParams()
  if (query) params.set('q', query)
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return `/${locale}/search${search ? `?${search}` : ''}`
}

/** Page numbers in URLs are positive whole numbers written plainly ("2", not "02", "2.0" or "-1"). */
export function parsePage(raw: string | string[] | undefined): number | null {
  const text = Array.isArray(raw) ? raw[0] : raw
  return text && /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null
}
