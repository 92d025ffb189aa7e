import { describe, expect, it } from 'vitest'

import { GII_ARTICLE_SLUG, seedArticles, seedCategories, seedTags } from '@/lib/seed/content'

describe('seed content', () => {
  it('has the GII article and at least 12 more over at least 3 categories', () => {
    expect(seedArticles[0].key).toBe(GII_ARTICLE_SLUG)
    expect(seedArticles.length).toBeGreaterThanOrEqual(13)
    expect(new Set(seedArticles.map((article) => article.category)).size).toBeGreaterThanOrEqual(3)
  })

  it('has one-language articles, a draft and a scheduled article', () => {
    expect(seedArticles.some((article) => article.en && !article.zh)).toBe(true)
    expect(seedArticles.some((article) => article.zh && !article.en)).toBe(true)
    expect(seedArticles.some((article) => article.status === 'draft')).toBe(true)
    expect(seedArticles.some((article) => article.status === 'scheduled')).toBe(true)
  })

  it('refers only to tags, categories and articles that exist, with unique keys', () => {
    const keys = new Set(seedArticles.map((article) => article.key))
    expect(keys.size).toBe(seedArticles.length)
    const tags = new Set(seedTags.map((tag) => tag.key))
    const categories = new Set(seedCategories.map((category) => category.key))
    for (const article of seedArticles) {
      expect(categories.has(article.category)).toBe(true)
      article.tags.forEach((tag) => expect(tags.has(tag), `${article.key} tag ${tag}`).toBe(true))
      article.related?.forEach((key) => expect(keys.has(key), `${article.key} related ${key}`).toBe(true))
    }
  })
})
