'use client'

import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts'

import type { RankingMetric } from '@/collections/ranking-datasets'
import type { ChartRow } from '@/lib/rankings/chart-data'

import { CHART_WIDTH, chartColors, formatShare } from './chart-theme'

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

/** The three shares side by side per cluster; a missing value is a gap labelled "n/a", never a zero bar. */
export function KeyMetricsChart({ chartId, rows, metrics, labels, locale, notAvailable }: KeyMetricsChartProps) {
  const data = rows.map((row) => ({ name: row.name, ...row.values }))
  const label = (value: unknown) => (typeof value === 'number' ? formatShare(value, locale) : notAvailable)
  return (
    <BarChart id={chartId} width={CHART_WIDTH} height={380} data={data} margin={{ top: 24, right: 8, bottom: 8, left: 0 }} barGap={2}>
      <defs>
        {metrics.map((metric) => (
          <pattern key={metric} id={`${chartId}-pattern-${metric}`} width="6" height="6" patternUnits="userSpaceOnUse">
            {PATTERNS[metric](chartColors[metric])}
          </pattern>
        ))}
      </defs>
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis dataKey="name" interval={0} tick={{ fontSize: 11, fill: chartColors.ink }} height={48} />
      <YAxis tick={{ fontSize: 12 }} unit="%" width={48} />
      <Tooltip formatter={(value, name) => [typeof value === 'number' ? `${label(value)}%` : notAvailable, name]} />
      <Legend wrapperStyle={{ fontSize: 13 }} />
      {metrics.map((metric) => (
        <Bar
          key={metric}
          id={`${chartId}-${metric}`}
          dataKey={metric}
          name={labels[metric]}
          fill={`url(#${chartId}-pattern-${metric})`}
          stroke={chartColors[metric]}
          isAnimationActive={false}
        >
          <LabelList dataKey={metric} position="top" formatter={label} style={{ fontSize: 10, fill: chartColors.ink }} />
        </Bar>
      ))}
    </BarChart>
  )
}
