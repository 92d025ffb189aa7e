import { describe, expect, it } from 'vitest'

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

  it('marks noindex pages and gives them no alternates', () => {
    const search = pageMetadata({ locale: 'en', path: (locale) => `/${locale}/search`, title: 'Search', noindex: true })
    expect(search.robots).toEqual({ index: false, follow: true })
    expect(search.alternates?.languages).toBeUndefined()
  })
})
