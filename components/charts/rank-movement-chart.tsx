'use client'

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'

import type { ChartRow } from '@/lib/rankings/chart-data'
import type { Payload, ValueType } from 'recharts/types/component/DefaultTooltipContent'

import { CHART_WIDTH, chartColors } from './chart-theme'
import { axisTick, endLabel } from './svg-text'

const NameTick = axisTick({ anchor: 'end' })
const NumberTick = axisTick({ anchor: 'middle', dy: 10, fontSize: 12 })

const MARGIN_RIGHT = 140

interface RankMovementChartProps {
  /** Stable ids keep the server's SVG and the hydrated one identical. */
  chartId: string
  rows: ChartRow[]
  labels: { up: string; down: string; same: string; new: string; change: string }
}

/** Places gained (right, ▲) or lost (left, ▼) since last year; "new" for clusters without a previous rank. */
export function RankMovementChart({ chartId, rows, labels }: RankMovementChartProps) {
  const data = rows.map((row) => {
    const moved = row.movement
    const arrow = moved === null ? labels.new : moved > 0 ? `▲${moved}` : moved < 0 ? `▼${-moved}` : '='
    const text = row.previousRank === null ? `${labels.new} → ${row.rank}` : `${row.previousRank} → ${row.rank}  ${arrow}`
    return { name: `${row.rank}. ${row.name}`, value: moved ?? 0, text, moved, highlighted: row.highlighted }
  })
  const reach = Math.max(3, ...data.map((entry) => Math.abs(entry.value)))
  const half = Math.round(reach / 2)
  // Labels sit in the right margin, one line each, whichever way the bar points.
  const renderLabel = endLabel((index) => data[index]?.text ?? null, CHART_WIDTH - MARGIN_RIGHT + 12)
  return (
    <BarChart id={chartId} width={CHART_WIDTH} height={40 + data.length * 34} data={data} layout="vertical" margin={{ top: 8, right: MARGIN_RIGHT, bottom: 8, left: 8 }}>
      <CartesianGrid horizontal={false} stroke={chartColors.grid} />
      <XAxis type="number" domain={[-reach, reach]} ticks={[-reach, -half, 0, half, reach]} allowDecimals={false} tick={NumberTick} />
      <YAxis type="category" dataKey="name" width={230} tick={NameTick} interval={0} />
      <ReferenceLine x={0} stroke={chartColors.ink} />
      <Tooltip formatter={(_value: ValueType, _name: string, item: Payload<ValueType, string>) => [item.payload.text, labels.change]} cursor={{ fill: 'rgb(0 0 0 / 0.04)' }} />
      <Bar id={`${chartId}-bars`} dataKey="value" isAnimationActive={false} name={labels.change}>
        {data.map((entry) => (
          <Cell
            key={entry.name}
            data-tip={`${entry.name}: ${entry.text}`}
            fill={entry.moved !== null && entry.moved < 0 ? chartColors.down : chartColors.up}
            stroke={entry.highlighted ? chartColors.ink : undefined}
            strokeWidth={entry.highlighted ? 2 : 0}
          />
        ))}
        <LabelList dataKey="text" content={renderLabel} />
      </Bar>
    </BarChart>
  )
}
