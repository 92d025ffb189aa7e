import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

const { withoutHydration } = createRequire(import.meta.url)('../../lib/next/static-html.cjs') as {
  withoutHydration: (html: string) => string
}

const page = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="stale" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="preload" href="/fonts/x.woff2" as="font"/>',
  // What search engines and share previews read: as Next writes it.
  '<title>Patent news | Company</title>',
  '<meta name="description" content="News &amp; analysis"/>',
  '<meta name="robots" content="noindex, follow"/>',
  '<link rel="canonical" href="https://example.com/en/news/page/2"/>',
  '<link rel="alternate" hrefLang="en" href="https://example.com/en/news/page/2"/>',
  '<link rel="alternate" hrefLang="zh-CN" href="https://example.com/zh/news/page/2"/>',
  '<link rel="alternate" hrefLang="x-default" href="https://example.com/en/news/page/2"/>',
  '<link rel="alternate" type="application/rss+xml" title="News RSS feed" href="https://example.com/en/rss.xml"/>',
  '<link rel="alternate" type="application/atom+xml" title="News Atom feed" href="https://example.com/en/atom.xml"/>',
  '<meta property="og:title" content="Patent news"/>',
  '<meta property="og:image" content="https://example.com/api/media/file/cover-1200x630.webp"/>',
  '<meta property="og:image:width" content="1200"/>',
  '<meta property="article:published_time" content="2026-11-01T00:00:00.000Z"/>',
  '<meta name="twitter:card" content="summary_large_image"/>',
  '<meta name="twitter:image" content="https://example.com/en/news/a/og"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/chart-tooltips.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003c/script>"}</script>',
  '</head><body><p>Hello &lt;script&gt; world</p>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script nonce="abc">self.__next_f.push([1,"0:{}"])</script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '</body></html>',
].join('')

describe('cached public pages without hydration', () => {
  const html = withoutHydration(page)

  it("drops Next's script files, their preloads and the inline flight data", () => {
    expect(html).not.toMatch(/_next\/static\/chunks\/[\w.]+\.js/)
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('TURBOPACK')
    expect(html).not.toContain('nonce=')
  })

  it('keeps styles, other preloads, JSON-LD, scripts of the site itself and the text', () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>')
    expect(html).toContain('as="font"')
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle"')
    expect(html).toContain('<script src="/chart-tooltips.js" async=""></script>')
    expect(html).toContain('<p>Hello &lt;script&gt; world</p>')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
  })

  it('keeps every tag search engines and share previews read: title, description, robots, canonical, hreflang, feeds, Open Graph, Twitter', () => {
    const headTags = page.match(
      /<title>[^<]*<\/title>|<(meta|link) (name|property|rel)="(description|robots|canonical|alternate|og:[^"]+|article:[^"]+|twitter:[^"]+)"[^>]*>/g,
    )!
    expect(headTags).toHaveLength(15)
    for (const tag of headTags) expect(html, tag).toContain(tag)
  })

  it('leaves an error shell alone: React fills its empty body from the flight data', () => {
    const shell =
      '<!DOCTYPE html><html id="__next_error__"><body><script>self.__next_f.push([1,"x"])</script></body></html>'
    expect(withoutHydration(shell)).toBe(shell)
  })

  it('does the work once', () => {
    expect(withoutHydration(html)).toBe(html)
  })
})
