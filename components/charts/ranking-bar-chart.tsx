'use client'

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts'

import type { Locale } from '@/lib/i18n/routing'
import type { ChartRow } from '@/lib/rankings/chart-data'

import { NUMBER_AXIS, barRows, numberTick } from './bar-rows'
import { type ChartSize, VALUE_FONT, chartColors, formatShare } from './chart-theme'
import { axisLine, barShape, gridLine } from './svg-shapes'
import { endLabel } from './svg-text'
import { widestText } from './text-width'

interface RankingBarChartProps {
  /** Stable ids keep the server's SVG and the hydrated one identical. */
  chartId: string
  size: ChartSize
  rows: ChartRow[]
  metric: 'pctShare' | 'publicationsShare' | 'vcDealsShare' | null
  locale: Locale
  notAvailable: string
  valueLabel: string
}

const NumberTick = numberTick()

/**
 * Top N clusters as horizontal bars: length is the chosen metric, or rank when there is none.
 * Drawn at a fixed size so the server's SVG is the final layout; `data-tip` feeds the hover tooltip.
 */
export function RankingBarChart({
  chartId,
  size,
  rows,
  metric,
  locale,
  notAvailable,
  valueLabel,
}: RankingBarChartProps) {
  const data = rows.map((row) => {
    const value = metric ? row.values[metric] : rows.length + 1 - row.rank
    const label = metric ? (value === null ? notAvailable : `${formatShare(value, locale)}%`) : `#${row.rank}`
    return { name: `${row.rank}. ${row.name}`, value, label, highlighted: row.highlighted }
  })
  const layout = barRows({
    size,
    names: data.map((entry) => entry.name),
    right:
      widestText(
        data.map((entry) => entry.label),
        VALUE_FONT,
      ) + 10,
    axis: metric !== null,
  })
  return (
    <BarChart
      id={chartId}
      width={layout.width}
      height={layout.height}
      data={data}
      layout="vertical"
      margin={layout.margin}
    >
      <CartesianGrid horizontal={false} vertical={gridLine(chartColors.grid)} />
      <XAxis
        type="number"
        hide={!metric}
        {...NUMBER_AXIS}
        tick={NumberTick}
        tickCount={layout.narrow ? 3 : 5}
        domain={[0, metric ? 'auto' : 'dataMax']}
      />
      <YAxis type="category" dataKey="name" interval={0} axisLine={false} tickLine={false} {...layout.category} />
      <ReferenceLine x={0} shape={axisLine(chartColors.axis)} />
      <Bar
        dataKey="value"
        barSize={layout.barSize}
        shape={barShape({ radius: 3 })}
        isAnimationActive={false}
        name={valueLabel}
      >
        {data.map((entry) => (
          <Cell
            key={entry.name}
            data-tip={`${entry.name}: ${entry.label}`}
            fill={entry.highlighted ? chartColors.highlight : chartColors.bar}
            stroke={entry.highlighted ? chartColors.ink : undefined}
            strokeWidth={entry.highlighted ? 2 : 0}
          />
        ))}
        <LabelList
          dataKey="label"
          content={endLabel((index) => data[index]?.label ?? null, { fontSize: VALUE_FONT })}
        />
      </Bar>
    </BarChart>
  )
}
