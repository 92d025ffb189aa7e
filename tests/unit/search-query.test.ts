import { describe, expect, it } from 'vitest'

import { cachedResultsPath, decodeQueryKey, encodeQueryKey, normalizeQuery } from '@/lib/search-query'

const results = (url: string) => {
  const parsed = new URL(url, 'http://localhost')
  return cachedResultsPath(parsed.pathname, parsed.searchParams)
}

describe('search result pages served from the cache', () => {
  it('sends a query and its page to one cached path per query as typed', () => {
    expect(results('/en/search?q=patent')).toBe(`/en/search/${encodeQueryKey('patent')}/1`)
    expect(results('/zh/search?q=%E4%B8%93%E5%88%A9&page=3')).toBe(`/zh/search/${encodeQueryKey('专利')}/3`)
    expect(results('/en/search?q=%20%20WIPO%20%20%E5%88%9B%E6%96%B0%20&utm_source=x')).toBe(
      results('/en/search?q=WIPO+%E5%88%9B%E6%96%B0'),
    )
    // A page number that is not one is page 1, as on the page itself.
    expect(results('/en/search?q=patent&page=02')).toBe(results('/en/search?q=patent'))
  })

  it('leaves the empty search page, other paths and over-long queries to the page rendered per request', () => {
    expect(results('/en/search')).toBeNull()
    expect(results('/en/search?q=%20%20')).toBeNull()
    expect(results('/fr/search?q=patent')).toBeNull()
    expect(results('/en/search/x?q=patent')).toBeNull()
    expect(results(`/zh/search?q=${encodeURIComponent('专利'.repeat(50))}`)).toBeNull()
    expect(results(`/en/search?q=${'patent+'.repeat(20)}`)).not.toBeNull()
  })

  it('keys any query, slashes, dots and percent signs included, as one path segment and back', () => {
    for (const query of ['../../etc/passwd', '100% a/b', '<script>alert(1)</script>', 'WIPO 创新', '😀 emoji']) {
      const key = encodeQueryKey(query)
      expect(key).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(decodeQueryKey(key)).toBe(query)
    }
  })

  it('refuses keys it did not make: not base64url, not UTF-8, not a normalized query', () => {
    for (const key of [
      '',
      'a/b',
      '%41',
      '__8',
      encodeQueryKey('  padded  '),
      encodeQueryKey('a\u0000b'),
      'x'.repeat(201),
    ]) {
      expect(decodeQueryKey(key), key).toBeNull()
    }
    expect(normalizeQuery('  padded  ')).toBe('padded')
  })
})
