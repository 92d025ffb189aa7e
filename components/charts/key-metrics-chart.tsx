'use client'

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts'

import type { RankingMetric } from '@/collections/ranking-datasets'
import type { ChartRow } from '@/lib/rankings/chart-data'

import { CHART_WIDTH, chartColors, formatShare } from './chart-theme'
import { axisTick } from './svg-text'

const NameTick = axisTick({ anchor: 'end', angle: -24, dy: 4, fontSize: 12 })
const ShareTick = axisTick({ anchor: 'end', fontSize: 12, suffix: '%' })

interface KeyMetricsChartProps {
  /** Stable ids keep the server's SVG and the hydrated one identical. */
  chartId: string
  rows: ChartRow[]
  metrics: RankingMetric[]
  labels: Record<RankingMetric, string>
  locale: 'en' | 'zh'
  notAvailable: string
}

/** Each metric has its own colour and its own fill pattern, so series differ without colour too. */
const PATTERNS: Record<RankingMetric, (color: string) => React.ReactNode> = {
  pctShare: (color) => <rect width="6" height="6" fill={color} />,
  publicationsShare: (color) => (
    <>
      <rect width="6" height="6" fill={color} />
      <path d="M0 6 L6 0" stroke="#fff" strokeWidth="1.6" />
    </>
  ),
  vcDealsShare: (color) => (
    <>
      <rect width="6" height="6" fill={color} />
      <circle cx="3" cy="3" r="1.3" fill="#fff" />
    </>
  ),
}

/**
 * The three shares side by side per cluster; a missing value is a gap labelled "n/a", never a zero bar.
 * The legend is HTML beside the chart (see MetricLegend), so it reflows on a phone and is read aloud.
 */
export function KeyMetricsChart({ chartId, rows, metrics, labels, locale, notAvailable }: KeyMetricsChartProps) {
  const top = Math.max(1, ...rows.flatMap((row) => metrics.map((metric) => row.values[metric] ?? 0)))
  // An unknown value is drawn as a short dashed outline in its metric's slot, labelled "n/a".
  const gap = top * 0.04
  const data = rows.map((row) => ({
    name: row.name,
    ...Object.fromEntries(metrics.flatMap((metric) => [[metric, row.values[metric]], [`${metric}Gap`, row.values[metric] === null ? gap : null]])),
  }))
  const label = (text: (value: number) => string) => {
    function BarLabel(props: { x?: number | string; y?: number | string; width?: number | string; value?: unknown }) {
      if (typeof props.value !== 'number') return null
      return (
        <text x={Number(props.x) + Number(props.width) / 2} y={Number(props.y) - 4} textAnchor="middle" fontSize={10} fill={chartColors.ink}>
          {text(props.value)}
        </text>
      )
    }
    return BarLabel
  }
  const valueLabel = label((value) => formatShare(value, locale))
  const tipValue = (value: number | null) => (value === null ? notAvailable : `${formatShare(value, locale)}%`)
  const gapLabel = label(() => notAvailable)
  return (
    <BarChart id={chartId} width={CHART_WIDTH} height={420} data={data} margin={{ top: 24, right: 8, bottom: 8, left: 56 }} barGap={2}>
      <defs>
        {metrics.map((metric) => (
          <pattern key={metric} id={`${chartId}-pattern-${metric}`} width="6" height="6" patternUnits="userSpaceOnUse">
            {PATTERNS[metric](chartColors[metric])}
          </pattern>
        ))}
      </defs>
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis dataKey="name" interval={0} tick={NameTick} height={96} />
      <YAxis tick={ShareTick} width={48} />
      <Tooltip
        formatter={(value, name) => [typeof value === 'number' ? `${formatShare(value, locale)}%` : notAvailable, name]}
        filterNull
      />
      {metrics.flatMap((metric) => [
        <Bar
          key={metric}
          id={`${chartId}-${metric}`}
          dataKey={metric}
          stackId={metric}
          name={labels[metric]}
          fill={`url(#${chartId}-pattern-${metric})`}
          stroke={chartColors[metric]}
          isAnimationActive={false}
        >
          {rows.map((row) => (
            <Cell key={row.name} data-tip={`${row.name} · ${labels[metric]}: ${tipValue(row.values[metric])}`} />
          ))}
          <LabelList dataKey={metric} content={valueLabel} />
        </Bar>,
        <Bar
          key={`${metric}Gap`}
          id={`${chartId}-${metric}-gap`}
          dataKey={`${metric}Gap`}
          stackId={metric}
          name={labels[metric]}
          fill="none"
          stroke={chartColors[metric]}
          strokeDasharray="3 2"
          isAnimationActive={false}
          legendType="none"
          tooltipType="none"
        >
          {rows.map((row) => (
            <Cell key={row.name} data-tip={`${row.name} · ${labels[metric]}: ${notAvailable}`} />
          ))}
          <LabelList dataKey={`${metric}Gap`} content={gapLabel} />
        </Bar>,
      ])}
    </BarChart>
  )
}
