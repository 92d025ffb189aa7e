import { describe, expect, it } from 'vitest'

import { defaultLocale, htmlLang, isLocale, localeLabels, locales, otherLocale } from '@/lib/i18n/routing'
import { isPreviewablePath } from '@/lib/preview'

describe('locales, defined once in lib/i18n/routing.ts', () => {
  it('each has a name, a valid language tag and previewable pages; the default is one of them', () => {
    expect(isLocale(defaultLocale)).toBe(true)
    for (const locale of locales) {
      expect(localeLabels[locale], locale).toBeTruthy()
      expect(Intl.getCanonicalLocales(htmlLang(locale)), locale).toEqual([htmlLang(locale)])
      expect(isPreviewablePath(`/${locale}`), locale).toBe(true)
      expect(isPreviewablePath(`/${locale}/news/some-draft`), locale).toBe(true)
      expect(otherLocale(otherLocale(locale)), locale).toBe(locale)
      expect(otherLocale(locale), locale).not.toBe(locale)
    }
  })

  it('a path under any other language, or a word that only starts like a locale, is not previewable', () => {
    for (const path of ['/fr/news/a', '/english', `/${locales[0]}x/news`, '/zh-TW/news']) {
      expect(isPreviewablePath(path), path).toBe(false)
    }
  })
})
