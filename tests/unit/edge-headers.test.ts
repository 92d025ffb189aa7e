import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

interface CacheValue {
  kind: string
  status?: number
  html?: string
  headers?: Record<string, string>
}
const { addEdgeHeaders, pageTags } = createRequire(import.meta.url)('../../lib/next/edge-headers.cjs') as {
  addEdgeHeaders: (value: CacheValue, cacheControl?: { revalidate?: number; expire?: number }) => boolean
  pageTags: (headers: Record<string, string> | undefined) => string[]
}

const tagsHeader = '_N_T_/layout,_N_T_/[locale]/layout,_N_T_/en/news/a,article:a,articles,taxonomy,articles'

describe('headers a cached page carries for the front cache', () => {
  it("names the page's own tags, not Next's per-path ones", () => {
    expect(pageTags({ 'x-next-cache-tags': tagsHeader })).toEqual(['article:a', 'articles', 'taxonomy'])
    expect(pageTags(undefined)).toEqual([])
  })

  it('lets a shared cache keep a page as long as Next does, stale while revalidating or failing', () => {
    const value: CacheValue = { kind: 'APP_PAGE', html: '<html></html>', headers: { 'x-next-cache-tags': tagsHeader } }
    expect(addEdgeHeaders(value, { revalidate: 3600, expire: 31536000 })).toBe(true)
    expect(value.headers).toMatchObject({
      xkey: 'article:a articles taxonomy',
      'cache-control': 'public, max-age=0, s-maxage=3600, stale-while-revalidate=31532400, stale-if-error=86400',
    })
    expect(value.headers?.['content-security-policy']).toMatch(/script-src 'self';/)
  })

  it("gives a cached route's 404 a minute in a shared cache, its tags, and a policy that lets Next's shell fill in", () => {
    const value: CacheValue = { kind: 'APP_PAGE', status: 404, headers: { 'x-next-cache-tags': tagsHeader } }
    addEdgeHeaders(value, { revalidate: 3600 })
    expect(value.headers?.['content-security-policy']).toMatch(/script-src 'self' 'unsafe-inline';/)
    expect(value.headers).toMatchObject({
      'cache-control': 'public, max-age=0, s-maxage=60',
      xkey: 'article:a articles taxonomy',
    })
  })

  it('leaves other statuses to Next', () => {
    const value: CacheValue = { kind: 'APP_PAGE', status: 500, headers: {} }
    addEdgeHeaders(value, { revalidate: 3600 })
    expect(value.headers).toEqual({})
  })

  it('tags feeds and sitemaps too, and leaves other kinds alone', () => {
    const feed: CacheValue = {
      kind: 'APP_ROUTE',
      headers: { 'content-type': 'application/rss+xml', 'x-next-cache-tags': 'articles' },
    }
    addEdgeHeaders(feed, undefined)
    expect(feed.headers).toMatchObject({ xkey: 'articles', 'cache-control': expect.stringContaining('s-maxage=3600') })
    expect(feed.headers).not.toHaveProperty('content-security-policy')
    const data: CacheValue = { kind: 'FETCH' }
    expect(addEdgeHeaders(data, undefined)).toBe(true)
    expect(data).toEqual({ kind: 'FETCH' })
  })

  it('changes nothing in an entry whose headers it does not recognise', () => {
    const odd = { kind: 'APP_PAGE', headers: 'x-next-cache-tags: a' } as unknown as CacheValue
    expect(addEdgeHeaders(odd, undefined)).toBe(false)
    expect(odd.headers).toBe('x-next-cache-tags: a')
  })
})
