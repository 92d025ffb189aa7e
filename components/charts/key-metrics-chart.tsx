'use client'

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts'

import type { RankingMetric } from '@/collections/ranking-datasets'
import type { Locale } from '@/lib/i18n/routing'
import type { ChartRow } from '@/lib/rankings/chart-data'

import { NUMBER_AXIS, barRows, numberTick } from './bar-rows'
import { type ChartSize, VALUE_FONT, chartColors, formatShare } from './chart-theme'
import { axisLine, barShape, gridLine } from './svg-shapes'
import { endLabel } from './svg-text'
import { widestText } from './text-width'

const ShareTick = numberTick('%')
// Neighbouring bars' labels are a line of text apart, also in CJK fonts (taller line boxes).
const BAR_GAP = 6

interface KeyMetricsChartProps {
  /** Stable ids keep the server's SVG and the hydrated one identical. */
  chartId: string
  size: ChartSize
  rows: ChartRow[]
  metrics: RankingMetric[]
  labels: Record<RankingMetric, string>
  locale: Locale
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
 * The three shares of each cluster as a group of horizontal bars; a missing value is a gap labelled
 * "n/a", never a zero bar. The legend is HTML beside the chart (see MetricLegend), so it reflows on a
 * phone and is read aloud.
 */
export function KeyMetricsChart({ chartId, size, rows, metrics, labels, locale, notAvailable }: KeyMetricsChartProps) {
  const top = Math.max(1, ...rows.flatMap((row) => metrics.map((metric) => row.values[metric] ?? 0)))
  // An unknown value is drawn as a short dashed outline in its metric's slot, labelled "n/a".
  const gap = top * 0.04
  const data = rows.map((row) => ({
    name: row.name,
    ...Object.fromEntries(
      metrics.flatMap((metric) => [
        [metric, row.values[metric]],
        [`${metric}Gap`, row.values[metric] === null ? gap : null],
      ]),
    ),
  }))
  const valueTexts = rows
    .flatMap((row) => metrics.map((metric) => row.values[metric]))
    .map((value) => (value === null ? notAvailable : formatShare(value, locale)))
  const layout = barRows({
    size,
    names: rows.map((row) => row.name),
    bars: metrics.length,
    barGap: BAR_GAP,
    right: widestText(valueTexts, VALUE_FONT) + 10,
    axis: true,
  })
  const label = (text: (value: number) => string) =>
    endLabel((_index, value) => (typeof value === 'number' ? text(value) : null), { fontSize: VALUE_FONT })
  const valueLabel = label((value) => formatShare(value, locale))
  const gapLabel = label(() => notAvailable)
  const tipValue = (value: number | null) => (value === null ? notAvailable : `${formatShare(value, locale)}%`)
  return (
    <BarChart
      id={chartId}
      width={layout.width}
      height={layout.height}
      data={data}
      layout="vertical"
      margin={layout.margin}
      barGap={BAR_GAP}
    >
      <defs>
        {metrics.map((metric) => (
          <pattern key={metric} id={`${chartId}-pattern-${metric}`} width="6" height="6" patternUnits="userSpaceOnUse">
            {PATTERNS[metric](chartColors[metric])}
          </pattern>
        ))}
      </defs>
      <CartesianGrid horizontal={false} vertical={gridLine(chartColors.grid)} />
      <XAxis type="number" {...NUMBER_AXIS} tick={ShareTick} tickCount={layout.narrow ? 3 : 5} domain={[0, 'auto']} />
      <YAxis type="category" dataKey="name" interval={0} axisLine={false} tickLine={false} {...layout.category} />
      <ReferenceLine x={0} shape={axisLine(chartColors.axis)} />
      {metrics.flatMap((metric) => [
        <Bar
          key={metric}
          dataKey={metric}
          stackId={metric}
          name={labels[metric]}
          barSize={layout.barSize}
          fill={`url(#${chartId}-pattern-${metric})`}
          stroke={chartColors[metric]}
          shape={barShape()}
          isAnimationActive={false}
        >
          {rows.map((row) => (
            <Cell key={row.name} data-tip={`${row.name} · ${labels[metric]}: ${tipValue(row.values[metric])}`} />
          ))}
          <LabelList dataKey={metric} content={valueLabel} />
        </Bar>,
        <Bar
          key={`${metric}Gap`}
          dataKey={`${metric}Gap`}
          stackId={metric}
          name={labels[metric]}
          barSize={layout.barSize}
          fill="none"
          stroke={chartColors[metric]}
          strokeDasharray="3 2"
          shape={barShape()}
          isAnimationActive={false}
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
