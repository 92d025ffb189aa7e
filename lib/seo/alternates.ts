import { type Locale, htmlLang, locales } from '@/lib/i18n/routing'

/**
 * hreflang → path between the versions of a page that exist: every version and x-default (the English
 * one, when there is one); nothing for a page in one language. The pages' <head> and the sitemap's
 * xhtml:link both come from here, so they always agree.
 */
export function languageAlternates(paths: Partial<Record<Locale, string | null>>): Record<string, string> {
  const present = locales.filter((locale) => paths[locale])
  if (present.length < 2) return {}
  const alternates: Record<string, string> = {}
  for (const locale of present) alternates[htmlLang(locale)] = paths[locale]!
  if (paths.en) alternates['x-default'] = paths.en
  return alternates
}

/**
 * The languages page `page` of a list exists in, given how many visible articles the list has in each
 * (no entry: the list does not exist there, e.g. a category without a name in that language). Page 1
 * exists even when empty unless `needsArticles` (a tag without articles in a language is not a page
 * worth listing there); page N exists when the language has N pages.
 */
export function listPageLocales(
  page: number,
  counts: Partial<Record<Locale, number>>,
  { pageSize, needsArticles = false }: { pageSize: number; needsArticles?: boolean },
): Locale[] {
  return locales.filter((locale) => {
    const count = counts[locale]
    if (count === undefined) return false
    if (page === 1) return !needsArticles || count > 0
    return page <= Math.ceil(count / pageSize)
  })
}

/**
 * A page's path per language for pageMetadata: its own path always (its canonical), another
 * language's only when both exist, so a page never claims a twin that is missing or that would not
 * claim it back.
 */
export const existingPaths =
  (locale: Locale, existing: Locale[], path: (locale: Locale) => string) =>
  (code: Locale): string | null =>
    code === locale || (existing.includes(locale) && existing.includes(code)) ? path(code) : null
