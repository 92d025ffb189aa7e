import { getTranslations } from 'next-intl/server'

import type { RankingMetric } from '@/collections/ranking-datasets'
import type { Locale } from '@/lib/i18n/routing'
import { type ChartRow, METRICS, metricsWithData, overtaken, shapeRanking } from '@/lib/rankings/chart-data'
import type { RankingChartBlock, RankingDataset } from '@/payload-types'

import { CHART_SIZES, type ChartSize } from './chart-theme'
import { KeyMetricsChart, RankMovementChart, RankingBarChart } from './lazy-charts'
import { RankingTable } from './ranking-table'

interface RankingChartFigureProps {
  block: RankingChartBlock
  locale: Locale
}

/**
 * A chart block: title and caption, a sentence saying what the chart shows, the chart (SVG drawn on
 * the server), the same figures as a table, the dataset's source line and its CSV.
 */
export async function RankingChartFigure({ block, locale }: RankingChartFigureProps) {
  const dataset = typeof block.dataset === 'object' ? (block.dataset as RankingDataset) : null
  if (!dataset) return null
  const t = await getTranslations({ locale, namespace: 'chart' })
  const rows = shapeRanking(dataset.entries ?? [], { topN: block.topN ?? 10, locale, highlight: block.highlight ?? [] })
  if (!rows.length) return null
  const chartId = `chart-${block.id ?? `${dataset.id}-${block.kind}`}`
  const metricLabels = Object.fromEntries(METRICS.map((metric) => [metric, t(metric)])) as Record<RankingMetric, string>
  const keyMetrics = metricsWithData(rows)
  const tableMetrics: RankingMetric[] = block.kind === 'keyMetrics' ? keyMetrics : block.metric ? [block.metric] : []
  const drawing = (size: ChartSize, id: string) =>
    block.kind === 'rankMovement' ? (
      <RankMovementChart
        chartId={id}
        size={size}
        rows={rows}
        labels={{ up: '▲', down: '▼', same: '=', new: t('new'), change: t('change') }}
      />
    ) : block.kind === 'keyMetrics' ? (
      <KeyMetricsChart
        chartId={id}
        size={size}
        rows={rows}
        metrics={keyMetrics}
        labels={metricLabels}
        locale={locale}
        notAvailable={t('notAvailable')}
      />
    ) : (
      <RankingBarChart
        chartId={id}
        size={size}
        rows={rows}
        metric={block.metric ?? null}
        locale={locale}
        notAvailable={t('notAvailable')}
        valueLabel={block.metric ? metricLabels[block.metric] : t('rankValue')}
      />
    )

  return (
    <figure className="chart" data-chart-kind={block.kind}>
      <figcaption className="chart__caption">
        {block.title ? <span className="chart__title">{block.title}</span> : null}
        {block.caption ? <span className="chart__note">{block.caption}</span> : null}
      </figcaption>
      <p className="chart__summary">{summarize(block.kind, rows, keyMetrics, t)}</p>
      {/* React hoists this once per page; it shows each bar's data-tip on hover. */}
      <script src="/chart-tooltips.js" async />
      {/* Drawn twice; CSS shows the drawing that suits the column (see CHART_WIDTH). */}
      <div className="chart__canvas" aria-hidden="true">
        {CHART_SIZES.map((size) => (
          <div key={size} className={`chart__drawing chart__drawing--${size}`}>
            {drawing(size, `${chartId}-${size}`)}
          </div>
        ))}
      </div>
      {block.kind === 'keyMetrics' ? (
        <ul className="chart__legend">
          {keyMetrics.map((metric) => (
            <li key={metric}>
              <span className={`chart__swatch chart__swatch--${metric}`} aria-hidden="true" />
              {metricLabels[metric]}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="chart__data">
        <summary>{t('showTable')}</summary>
        <RankingTable rows={rows} metrics={tableMetrics} showPrevious={block.kind === 'rankMovement'} locale={locale} />
      </details>
      <p className="chart__source">
        {dataset.source?.text ? <span>{dataset.source.text}</span> : null}
        <a href={`/api/ranking-datasets/${dataset.id}/csv`} download>
          {t('download')}
        </a>
      </p>
    </figure>
  )
}

type Translate = Awaited<ReturnType<typeof getTranslations<'chart'>>>

function summarize(kind: RankingChartBlock['kind'], rows: ChartRow[], metrics: RankingMetric[], t: Translate): string {
  const leader = rows.find((row) => row.rank === 1)
  if (kind === 'rankMovement' && leader) {
    const previous = overtaken(rows)
    return previous
      ? t('summaryOvertook', { leader: leader.name, previous: previous.name })
      : t('summaryLeader', { leader: leader.name })
  }
  if (kind === 'keyMetrics') {
    const cells = rows.length * metrics.length
    const missing = rows.reduce((sum, row) => sum + metrics.filter((metric) => row.values[metric] === null).length, 0)
    return t('summaryMetrics', { count: rows.length, missing, cells })
  }
  return t('summaryTop', { count: rows.length, names: rows.map((row) => row.name).join(', ') })
}
