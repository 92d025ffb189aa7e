'use client'

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts'

import type { ChartRow } from '@/lib/rankings/chart-data'
import type { Payload, ValueType } from 'recharts/types/component/DefaultTooltipContent'

import { CHART_WIDTH, chartColors, formatShare } from './chart-theme'
import { axisTick, endLabel } from './svg-text'

const NameTick = axisTick({ anchor: 'end' })

interface RankingBarChartProps {
  /** Stable ids keep the server's SVG and the hydrated one identical. */
  chartId: string
  rows: ChartRow[]
  metric: 'pctShare' | 'publicationsShare' | 'vcDealsShare' | null
  locale: 'en' | 'zh'
  notAvailable: string
  valueLabel: string
}

/**
 * Top N clusters as horizontal bars: length is the chosen metric, or rank when there is none.
 * Drawn at a fixed size so the server's SVG is the final layout; `data-tip` feeds the hover tooltip.
 */
export function RankingBarChart({ chartId, rows, metric, locale, notAvailable, valueLabel }: RankingBarChartProps) {
  const data = rows.map((row) => {
    const value = metric ? row.values[metric] : rows.length + 1 - row.rank
    const label = metric ? (value === null ? notAvailable : `${formatShare(value, locale)}%`) : `#${row.rank}`
    return { name: `${row.rank}. ${row.name}`, value, label, highlighted: row.highlighted }
  })
  const height = 40 + data.length * 34
  return (
    <BarChart id={chartId} width={CHART_WIDTH} height={height} data={data} layout="vertical" margin={{ top: 8, right: 72, bottom: 8, left: 8 }}>
      <CartesianGrid horizontal={false} stroke={chartColors.grid} />
      <XAxis type="number" hide={!metric} tick={axisTick({ anchor: 'middle', dy: 10, fontSize: 12 })} domain={[0, 'auto']} />
      <YAxis type="category" dataKey="name" width={230} tick={NameTick} interval={0} />
      <Tooltip formatter={(_value: ValueType, _name: string, item: Payload<ValueType, string>) => [item.payload.label, valueLabel]} cursor={{ fill: 'rgb(0 0 0 / 0.04)' }} />
      <Bar id={`${chartId}-bars`} dataKey="value" isAnimationActive={false} radius={[0, 3, 3, 0]} name={valueLabel}>
        {data.map((entry) => (
          <Cell
            key={entry.name}
            data-tip={`${entry.name}: ${entry.label}`}
            fill={entry.highlighted ? chartColors.highlight : chartColors.bar}
            stroke={entry.highlighted ? chartColors.ink : undefined}
            strokeWidth={entry.highlighted ? 2 : 0}
          />
        ))}
        <LabelList dataKey="label" content={endLabel((index) => data[index]?.label ?? null)} />
      </Bar>
    </BarChart>
  )
}
