import { RankingChartFigure } from '@/components/charts/ranking-chart-figure'
import { getDatasetByYear } from '@/lib/data/rankings'
import type { Locale } from '@/lib/i18n/routing'
import type { RankingChartBlock } from '@/payload-types'

type RankingChartProps = { locale: Locale; year: number } & Pick<
  RankingChartBlock,
  'kind' | 'topN' | 'metric' | 'highlight' | 'title' | 'caption'
>

/** The ranking chart block for MDX pages: `<RankingChart locale="en" year={2025} kind="rankingBar" topN={5} />`. */
export async function RankingChart({ locale, year, ...chart }: RankingChartProps) {
  const dataset = await getDatasetByYear(locale, year)
  if (!dataset) return null
  return (
    <RankingChartFigure
      locale={locale}
      block={{ blockType: 'rankingChart', id: `mdx-${year}-${chart.kind}`, dataset, ...chart }}
    />
  )
}
