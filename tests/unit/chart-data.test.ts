import { describe, expect, it } from 'vitest'

import { metricsWithData, overtaken, shapeRanking } from '@/lib/rankings/chart-data'

const entries = [
  { rank: 3, previousRank: 6, nameEn: 'San Jose–San Francisco', nameZh: '圣何塞–旧金山', vcDealsShare: 6.9 },
  {
    rank: 1,
    previousRank: 2,
    nameEn: 'Shenzhen–Hong Kong–Guangzhou',
    nameZh: '深圳–香港–广州',
    pctShare: 9,
    vcDealsShare: 2.9,
  },
  { rank: 2, previousRank: 1, nameEn: 'Tokyo–Yokohama', nameZh: '东京–横滨', pctShare: 10.3 },
  { rank: 16, nameEn: 'Singapore', nameZh: '新加坡' },
]

describe('chart data', () => {
  it('takes the top N by rank with names in the reader’s language', () => {
    const rows = shapeRanking(entries, { topN: 3, locale: 'zh', highlight: [1] })
    expect(rows.map((row) => row.name)).toEqual(['深圳–香港–广州', '东京–横滨', '圣何塞–旧金山'])
    expect(rows[0].highlighted).toBe(true)
    expect(rows[1].highlighted).toBe(false)
  })

  it('keeps unknown values as null, never zero', () => {
    const [first, second] = shapeRanking(entries, { topN: 2, locale: 'en' })
    expect(first.values).toEqual({ pctShare: 9, publicationsShare: null, vcDealsShare: 2.9 })
    expect(second.values.vcDealsShare).toBeNull()
    expect(metricsWithData(shapeRanking(entries, { topN: 4, locale: 'en' }))).toEqual(['pctShare', 'vcDealsShare'])
  })

  it('computes rank movement: up, down, and new when there is no previous rank', () => {
    const rows = shapeRanking(entries, { topN: 10, locale: 'en' })
    expect(rows.map((row) => row.movement)).toEqual([1, -1, 3, null])
    expect(overtaken(rows)?.name).toBe('Tokyo–Yokohama')
  })
})
