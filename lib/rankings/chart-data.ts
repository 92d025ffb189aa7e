import type { RankingMetric } from '@/collections/ranking-datasets'

export const METRICS: readonly RankingMetric[] = ['pctShare', 'publicationsShare', 'vcDealsShare']

export interface RankingEntryLike {
  rank: number
  previousRank?: number | null
  nameEn: string
  nameZh?: string | null
  economies?: string[] | null
  pctShare?: number | null
  publicationsShare?: number | null
  vcDealsShare?: number | null
}

export interface ChartRow {
  rank: number
  previousRank: number | null
  name: string
  economies: string[]
  highlighted: boolean
  /** Shares in percent; null is unknown, never zero. */
  values: Record<RankingMetric, number | null>
  /** Places gained since last year (positive = up); null when the cluster is new to the list. */
  movement: number | null
}

/** The top N entries by rank, named in the reader's language, unknown values kept as null. */
export function shapeRanking(
  entries: readonly RankingEntryLike[],
  { topN, locale, highlight = [] }: { topN: number; locale: 'en' | 'zh'; highlight?: readonly number[] },
): ChartRow[] {
  return [...entries]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, Math.max(0, topN))
    .map((entry) => ({
      rank: entry.rank,
      previousRank: entry.previousRank ?? null,
      name: locale === 'zh' && entry.nameZh ? entry.nameZh : entry.nameEn,
      economies: entry.economies ?? [],
      highlighted: highlight.includes(entry.rank),
      values: {
        pctShare: entry.pctShare ?? null,
        publicationsShare: entry.publicationsShare ?? null,
        vcDealsShare: entry.vcDealsShare ?? null,
      },
      movement: entry.previousRank ? entry.previousRank - entry.rank : null,
    }))
}

/** Metrics that have at least one known value among the rows (a chart of only gaps says nothing). */
export const metricsWithData = (rows: readonly ChartRow[], metrics: readonly RankingMetric[] = METRICS) =>
  metrics.filter((metric) => rows.some((row) => row.values[metric] !== null))

/** The cluster a leader overtook: the one that held first place last year and no longer does. */
export function overtaken(rows: readonly ChartRow[]): ChartRow | null {
  const leader = rows.find((row) => row.rank === 1)
  if (!leader || leader.previousRank === 1) return null
  return rows.find((row) => row.previousRank === 1 && row.rank !== 1) ?? null
}
