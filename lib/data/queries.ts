import type { Where } from 'payload'

/**
 * The public site's query shapes, free of Next and of the Payload client, so the benchmark times
 * exactly what the pages ask for.
 */
export const PAGE_SIZE = 10

/** What a visitor may see in a language: published, and complete in that language. */
export const visibleIn = (extra: Where[] = []): Where => ({
  and: [{ _status: { equals: 'published' } }, { translated: { equals: true } }, ...extra],
})

/** The fields a list item shows: nothing else is read for lists. */
export const summaryFields = {
  title: true,
  summary: true,
  slug: true,
  releaseDate: true,
  category: true,
  cover: true,
  featured: true,
} as const

/**
 * Search: title, summary or body text contains the query (Payload's `like`: case-insensitive; a
 * Chinese phrase is one word, matched as a substring).
 */
export const matchesQuery = (query: string): Where => ({
  or: [{ title: { like: query } }, { summary: { like: query } }, { searchText: { like: query } }],
})
