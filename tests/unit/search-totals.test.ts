import { describe, expect, it } from 'vitest'

import { PAGE_SIZE, searchTotals } from '@/lib/data/queries'

describe('what a search page says about the total', () => {
  it('gives the number of results when they end on the first page', () => {
    expect(searchTotals(1, 3, false)).toEqual({ totalDocs: 3, totalPages: 1, exact: true })
    expect(searchTotals(1, 0, false)).toEqual({ totalDocs: 0, totalPages: 0, exact: true })
  })

  it('gives the number of results on the last page, counting the full pages before it', () => {
    expect(searchTotals(3, 4, false)).toEqual({ totalDocs: 2 * PAGE_SIZE + 4, totalPages: 3, exact: true })
  })

  it('claims no total while more results follow, and offers the next page', () => {
    expect(searchTotals(2, PAGE_SIZE, true)).toEqual({ totalDocs: 2 * PAGE_SIZE, totalPages: 3, exact: false })
  })

  it('claims no total past the last page', () => {
    expect(searchTotals(5, 0, false).exact).toBe(false)
  })
})
