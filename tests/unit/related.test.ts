import { describe, expect, it } from 'vitest'

import { pickRelated } from '@/lib/content/related'
import { normalizeQuery } from '@/lib/search-query'
import { parsePage } from '@/lib/paths'

const article = (id: number, releaseDate: string) => ({ id, releaseDate })

describe('related news', () => {
  it('puts hand-picked articles first, in the editor’s order, then the newest automatic ones', () => {
    const picked = [article(7, '2024-01-01'), article(3, '2025-06-01')]
    const automatic = [article(4, '2025-01-01'), article(5, '2025-08-01'), article(7, '2024-01-01')]
    expect(pickRelated(1, picked, automatic).map((a) => a.id)).toEqual([7, 3, 5, 4])
  })

  it('never lists the article itself and stops at six', () => {
    const automatic = Array.from({ length: 10 }, (_, i) => article(i + 1, `2025-01-${String(i + 1).padStart(2, '0')}`))
    const related = pickRelated(10, [], automatic)
    expect(related).toHaveLength(6)
    expect(related.map((a) => a.id)).not.toContain(10)
    expect(related[0].id).toBe(9)
  })

  it('is empty when nothing shares a tag or the category', () => {
    expect(pickRelated(1, [], [])).toEqual([])
    expect(pickRelated(1, [article(1, '2025-01-01')], [])).toEqual([])
  })

  it('treats ids of different types from different databases alike', () => {
    expect(
      pickRelated('65a1', [{ id: '65a2', releaseDate: '2025-01-01' }], [{ id: '65a2', releaseDate: '2025-01-01' }]),
    ).toHaveLength(1)
  })
})

describe('search queries and page numbers', () => {
  it('trim, collapse whitespace, drop control characters and cap the length', () => {
    expect(normalizeQuery('  创新\t集群 \u0000 ')).toBe('创新 集群')
    expect(normalizeQuery(['first', 'second'])).toBe('first')
    expect(normalizeQuery('x'.repeat(10_000))).toHaveLength(100)
    expect(normalizeQuery(undefined)).toBe('')
  })

  it('accept only plain positive page numbers', () => {
    expect(parsePage('2')).toBe(2)
    for (const bad of ['0', '-1', '1e9', 'abc', '02', '2.0', '', '9999999']) expect(parsePage(bad)).toBeNull()
  })
})
