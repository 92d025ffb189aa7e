import { defineRouting } from 'next-intl/routing'

/**
 * The site's languages, defined here only: Payload's localization, the proxy, preview paths, the
 * language switch, the data helpers and the sitemap all derive from this list.
 */
export const locales = ['en', 'zh'] as const
export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

/** Each language named in itself (the admin's locale menu). */
export const localeLabels: Record<Locale, string> = { en: 'English', zh: '中文' }

/** BCP 47 tags for <html lang>, hreflang and `lang` attributes. */
const languageTags: Record<Locale, string> = { en: 'en', zh: 'zh-CN' }

/** A regular-expression group matching any locale code ("(en|zh)"), for path patterns. */
export const localeGroup = `(${locales.join('|')})`

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Pages declare their own hreflang alternates (only translations that exist); the middleware's
  // Link header would claim both languages for every path.
  alternateLinks: false,
})

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale)

/** The BCP 47 tag for <html lang> and hreflang. */
export const htmlLang = (locale: Locale): string => languageTags[locale]

/** The other language: the site has two (the language switch and the translation QR code link to it). */
export const otherLocale = (locale: Locale): Locale => locales.find((code) => code !== locale) ?? defaultLocale
