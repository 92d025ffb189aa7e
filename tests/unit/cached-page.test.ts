import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

interface CacheValue {
  kind: string
  status?: number
  html?: unknown
  headers?: Record<string, string>
}
const { prepareCachedPage } = createRequire(import.meta.url)('../../lib/next/cached-page.cjs') as {
  prepareCachedPage: (
    value: CacheValue,
    cacheControl: { revalidate?: number } | undefined,
    warn: (message: string) => void,
  ) => void
}

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8')
const tags =
  '_N_T_/layout,_N_T_/en/news/gii-2025-innovation-clusters,article:gii-2025-innovation-clusters,articles,site-settings'

/** What a reader sees: the document without any script element. */
const visible = (html: string) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/ nonce="[^"]*"/g, '')
    .replace(/<!--static-->$/, '')

describe('a page as it goes into the cache (HTML from a real production build)', () => {
  const rendered = fixture('article-draft-mode.html')

  it('keeps everything a reader and a crawler read, and drops React’s hydration', () => {
    const value: CacheValue = { kind: 'APP_PAGE', html: rendered, headers: { 'x-next-cache-tags': tags } }
    const warnings: string[] = []
    prepareCachedPage(value, { revalidate: 3600 }, (message) => warnings.push(message))
    const html = value.html as string
    expect(warnings).toEqual([])
    // The rendered page had Next's runtime; the cached one has none of it.
    expect(rendered).toMatch(/<script[^>]+src="\/_next\//)
    expect(rendered).toContain('self.__next_f')
    expect(html).not.toMatch(/<script[^>]+src="\/_next\//)
    expect(html).not.toContain('self.__next_f')
    expect(html).not.toMatch(/rel="modulepreload"|as="script"/)
    expect(html).not.toContain('nonce=')
    // Kept: the page itself, its structured data, its stylesheets and the chart tooltips.
    expect(visible(html).replace(/<link\b[^>]*>/gi, '')).toBe(visible(rendered).replace(/<link\b[^>]*>/gi, ''))
    expect(html.match(/<script type="application\/ld\+json">/g)?.length).toBe(
      rendered.match(/<script type="application\/ld\+json">/g)?.length,
    )
    expect(html).toContain('<h1 class="article__title">')
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/)
    expect(html).toContain('src="/chart-tooltips.js"')
  })

  it('gives it the edge headers and an ETag of the bytes it will send', () => {
    const value: CacheValue = { kind: 'APP_PAGE', html: rendered, headers: { 'x-next-cache-tags': tags } }
    prepareCachedPage(value, { revalidate: 3600 }, () => {})
    expect(value.headers?.xkey).toBe('article:gii-2025-innovation-clusters articles site-settings')
    expect(value.headers?.etag).toMatch(/^"[\w-]{27}"$/)
    const again: CacheValue = { kind: 'APP_PAGE', html: value.html, headers: { ...value.headers, etag: '' } }
    prepareCachedPage(again, { revalidate: 3600 }, () => {})
    expect(again.html).toBe(value.html)
    expect(again.headers?.etag).toBe(value.headers?.etag)
  })

  it('leaves a 404 shell whole: only its scripts can fill it in', () => {
    const shell = fixture('not-found-shell.html')
    const value: CacheValue = { kind: 'APP_PAGE', status: 404, html: shell, headers: { 'x-next-cache-tags': tags } }
    prepareCachedPage(value, undefined, () => {})
    expect(value.html).toBe(shell)
    expect(shell).toContain('id="__next_error__"')
    expect(value.headers?.['content-security-policy']).toContain("'unsafe-inline'")
  })

  it('serves an entry of an unknown shape exactly as Next made it, and says why', () => {
    const warnings: string[] = []
    const html = { chunks: [rendered] }
    const value: CacheValue = { kind: 'APP_PAGE', html, headers: { 'x-next-cache-tags': tags } }
    prepareCachedPage(value, undefined, (message) => warnings.push(message))
    expect(value.html).toBe(html)
    expect(value.headers).not.toHaveProperty('etag')
    expect(warnings).toEqual(['A cached page held its HTML in an unexpected form; it is served with hydration.'])

    const oddHeaders = {
      kind: 'APP_PAGE',
      html: rendered,
      headers: 'x-next-cache-tags: articles',
    } as unknown as CacheValue
    prepareCachedPage(oddHeaders, undefined, (message) => warnings.push(message))
    expect(oddHeaders.headers).toBe('x-next-cache-tags: articles')
    expect(warnings.at(-1)).toMatch(/unexpected shape/)
  })
})
