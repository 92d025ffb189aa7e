import { defineRouting } from 'next-intl/routing'

export const locales = ['en', 'zh'] as const
export type Locale = (typeof locales)[number]

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
  // Pages declare their own hreflang alternates (only translations that exist); the middleware's
  // Link header would claim both languages for every path.
  alternateLinks: false,
  // No NEXT_LOCALE cookie: a response that sets a cookie cannot be kept by a shared cache, and the
  // language is in every path already. Only "/" guesses, from Accept-Language.
  localeCookie: false,
})

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale)

/** The BCP 47 tag for <html lang> and hreflang. */
export const htmlLang = (locale: Locale): string => (locale === 'zh' ? 'zh-CN' : 'en')

export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'zh' : 'en')
