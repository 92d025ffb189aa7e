import { describe, expect, it } from 'vitest'

import { existingPaths, languageAlternates, listPageLocales } from '@/lib/seo/alternates'
import { serializeJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'

describe('serializeJsonLd', () => {
  it('keeps an editor’s "</script>" inside the JSON, and parses back to the same text', () => {
    const headline = '</script><script>alert(1)</script> & <!-- x -->'
    const text = serializeJsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline })
    expect(text).not.toMatch(/<|>/)
    expect(JSON.parse(text).headline).toBe(headline)
  })
})

describe('pageMetadata', () => {
  const both = (locale: 'en' | 'zh') => `/${locale}/news`
  it('gives a canonical and reciprocal alternates with x-default when both languages exist', () => {
    const en = pageMetadata({ locale: 'en', path: both, title: 'News' })
    const zh = pageMetadata({ locale: 'zh', path: both, title: '新闻' })
    expect(en.alternates?.canonical).toBe('/en/news')
    expect(zh.alternates?.canonical).toBe('/zh/news')
    expect(en.alternates?.languages).toEqual({ en: '/en/news', 'zh-CN': '/zh/news', 'x-default': '/en/news' })
    expect(zh.alternates?.languages).toEqual(en.alternates?.languages)
  })

  it('names no translation that does not exist', () => {
    const only = pageMetadata({ locale: 'zh', path: (locale) => (locale === 'zh' ? '/zh/news/a' : null), title: 'A' })
    expect(only.alternates?.canonical).toBe('/zh/news/a')
    expect(only.alternates?.languages).toBeUndefined()
    expect(only.openGraph).toMatchObject({ locale: 'zh_CN', alternateLocale: [] })
  })

  it('marks noindex pages and gives them no alternates and no canonical (no mixed signals)', () => {
    const search = pageMetadata({ locale: 'en', path: (locale) => `/${locale}/search`, title: 'Search', noindex: true })
    expect(search.robots).toEqual({ index: false, follow: true })
    expect(search.alternates?.languages).toBeUndefined()
    expect(search.alternates?.canonical).toBeUndefined()
  })
})

describe('which language versions a page links to', () => {
  it('x-default is the English version, and a page in one language has no alternates', () => {
    expect(languageAlternates({ en: '/en/a', zh: '/zh/a' })).toEqual({
      en: '/en/a',
      'zh-CN': '/zh/a',
      'x-default': '/en/a',
    })
    expect(languageAlternates({ zh: '/zh/a', en: null })).toEqual({})
    expect(languageAlternates({ en: '/en/a' })).toEqual({})
  })

  const options = { pageSize: 10 }
  it('page N of a list exists only in the languages that have N pages', () => {
    expect(listPageLocales(3, { en: 25, zh: 12 }, options)).toEqual(['en'])
    expect(listPageLocales(2, { en: 25, zh: 12 }, options)).toEqual(['en', 'zh'])
    expect(listPageLocales(2, { en: 20, zh: 10 }, options)).toEqual(['en'])
    expect(listPageLocales(4, { en: 25, zh: 12 }, options)).toEqual([])
  })

  it('page 1 exists even when empty, except for a tag, and never where the list has no name', () => {
    expect(listPageLocales(1, { en: 3, zh: 0 }, options)).toEqual(['en', 'zh'])
    expect(listPageLocales(1, { en: 3, zh: 0 }, { ...options, needsArticles: true })).toEqual(['en'])
    expect(listPageLocales(1, { zh: 4 }, options)).toEqual(['zh'])
  })

  it('a page names a twin only when both exist, and keeps its own path as canonical', () => {
    const path = (locale: 'en' | 'zh') => `/${locale}/news/page/3`
    const onlyEn = existingPaths('en', ['en'], path)
    expect([onlyEn('en'), onlyEn('zh')]).toEqual(['/en/news/page/3', null])
    const missingSelf = existingPaths('zh', ['en'], path)
    expect([missingSelf('en'), missingSelf('zh')]).toEqual([null, '/zh/news/page/3'])
    const both = existingPaths('zh', ['en', 'zh'], path)
    expect([both('en'), both('zh')]).toEqual(['/en/news/page/3', '/zh/news/page/3'])
  })

  it('news page 3 in English with too few Chinese articles links to no Chinese page 3', () => {
    const existing = listPageLocales(3, { en: 25, zh: 12 }, options)
    const metadata = pageMetadata({
      locale: 'en',
      path: existingPaths('en', existing, (locale) => `/${locale}/news/page/3`),
      title: 'News',
    })
    expect(metadata.alternates?.languages).toBeUndefined()
    expect(metadata.alternates?.canonical).toBe('/en/news/page/3')
  })
})
