import { describe, expect, it } from 'vitest'

import { sitemapIndexXml, urlsetXml } from '@/lib/seo/sitemap-xml'
import { siteUrl } from '@/lib/site-url'

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
})
