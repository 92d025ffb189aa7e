import { describe, expect, it } from 'vitest'

import type { SitemapEntry } from '@/lib/data/sitemap'
import { sitemapIndexXml, sitemapPartXml, sitemapXml, urlsetXml } from '@/lib/seo/sitemap-xml'
import { siteUrl } from '@/lib/site-url'

import { sitemapSchema, validateXml } from '../support/xmllint'

describe('sitemap XML', () => {
  it('writes each URL with lastmod and its language alternates', async () => {
    const xml = await urlsetXml([
      {
        url: '/zh/news/a',
        lastmod: '2026-11-30T00:00:00.000Z',
        alternates: [
          { lang: 'en', url: '/en/news/a' },
          { lang: 'zh-CN', url: '/zh/news/a' },
          { lang: 'x-default', url: '/en/news/a' },
        ],
      },
      { url: '/en/news/only-english', alternates: [] },
    ])
    expect(xml).toContain(`<loc>${siteUrl()}/zh/news/a</loc><lastmod>2026-11-30T00:00:00.000Z</lastmod>`)
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${siteUrl()}/zh/news/a"/>`)
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${siteUrl()}/en/news/a"/>`)
    expect(xml.match(/<xhtml:link/g)).toHaveLength(3)
  })

  it('becomes an index of numbered parts when it grows', async () => {
    const xml = await sitemapIndexXml(3, '2026-11-30T00:00:00.000Z')
    expect(xml).toContain('<sitemapindex')
    for (const part of [1, 2, 3]) expect(xml).toContain(`<loc>${siteUrl()}/sitemaps/${part}.xml</loc>`)
  })

  const entries: SitemapEntry[] = Array.from({ length: 7 }, (_, index) => ({
    url: `/en/news/article-${index}`,
    lastmod: `2026-11-0${index + 1}T00:00:00.000Z`,
    alternates: [
      { lang: 'en', url: `/en/news/article-${index}` },
      { lang: 'zh-CN', url: `/zh/news/article-${index}` },
      { lang: 'x-default', url: `/en/news/article-${index}` },
    ],
  }))

  it('a small sitemap is one urlset that validates against the sitemaps.org schema', async () => {
    const xml = await sitemapXml(entries)
    expect(xml).toContain('<urlset')
    validateXml(xml, sitemapSchema.urlset)
    expect(await sitemapPartXml(entries, 1)).toBeNull()
  })

  it('a large one is an index and parts that validate, listing every URL once, dated by the newest', async () => {
    const index = await sitemapXml(entries, 3)
    validateXml(index, sitemapSchema.index)
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual(
      [1, 2, 3].map((part) => `${siteUrl()}/sitemaps/${part}.xml`),
    )
    expect(index).toContain('<lastmod>2026-11-07T00:00:00.000Z</lastmod>')
    const locs: string[] = []
    for (const part of [1, 2, 3]) {
      const xml = (await sitemapPartXml(entries, part, 3))!
      validateXml(xml, sitemapSchema.urlset)
      locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]))
    }
    expect(locs).toEqual(entries.map((entry) => `${siteUrl()}${entry.url}`))
    expect(await sitemapPartXml(entries, 4, 3)).toBeNull()
    expect(await sitemapPartXml(entries, 0, 3)).toBeNull()
  })

  it('the schemas reject what search engines would: a lastmod that is not a date, an index entry without loc', async () => {
    const bad = (await urlsetXml(entries.slice(0, 1))).replace(/<lastmod>[^<]+</, '<lastmod>yesterday<')
    expect(() => validateXml(bad, sitemapSchema.urlset)).toThrow(/lastmod/)
    const badIndex = (await sitemapIndexXml(2, '2026-11-30T00:00:00.000Z'))
      .replace('<loc>', '<location>')
      .replace('</loc>', '</location>')
    expect(() => validateXml(badIndex, sitemapSchema.index)).toThrow(/location/)
  })
})
