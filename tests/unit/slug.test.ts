import { describe, expect, it } from 'vitest'

import { GII_ARTICLE_SLUG } from '@/lib/seed/content'
import { SLUG_PATTERN, fallbackSlug, isFallbackSlug, toSlug } from '@/lib/slug'

describe('slugs', () => {
  it('are made from English titles as ASCII words joined by hyphens', () => {
    expect(toSlug("WIPO's 2025 Ranking: Top 100 Innovation Clusters!")).toBe(
      'wipos-2025-ranking-top-100-innovation-clusters',
    )
    expect(toSlug('São Paulo – Café')).toBe('sao-paulo-cafe')
    expect(SLUG_PATTERN.test(toSlug('Any  Title -- here'))).toBe(true)
  })

  it('are empty for text without Latin letters, so a fallback is used', () => {
    expect(toSlug('世界知识产权组织发布排名')).toBe('')
    expect(fallbackSlug('2025-09-05T01:00:00.000Z', 'a1b2c3')).toBe('2025-09-05-a1b2c3')
  })

  it('stay within the length limit without a trailing hyphen', () => {
    const slug = toSlug('word '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('isFallbackSlug', () => {
  it('recognises the stand-in slugs fallbackSlug makes, and nothing an editor would write', () => {
    expect(isFallbackSlug(fallbackSlug('2025-09-05T01:00:00.000Z', 'a1b2c3'))).toBe(true)
    expect(isFallbackSlug('2025-09-05-innovation')).toBe(false)
    expect(isFallbackSlug(GII_ARTICLE_SLUG)).toBe(false)
  })
})
