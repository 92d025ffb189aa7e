'use client'

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts'

import type { ChartRow } from '@/lib/rankings/chart-data'

import { NUMBER_AXIS, barRows, numberTick } from './bar-rows'
import { CHART_WIDTH, type ChartSize, VALUE_FONT, chartColors } from './chart-theme'
import { axisLine, barShape, finite, gridLine, round } from './svg-shapes'
import { type LabelProps, endLabel } from './svg-text'
import { widestText } from './text-width'

const NumberTick = numberTick()

interface RankMovementChartProps {
  /** Stable ids keep the server's SVG and the hydrated one identical. */
  chartId: string
  size: ChartSize
  rows: ChartRow[]
  labels: { up: string; down: string; same: string; new: string; change: string }
}

interface MovementEntry {
  name: string
  value: number
  text: string
  moved: number | null
  highlighted: boolean
}

/**
 * The phone layout's movement text, beside the zero line on the side the bar leaves empty: left of
 * it for a gain (the bar grows right), right of it for a loss or no change.
 */
function sideLabel(data: readonly MovementEntry[]) {
  function SideLabel({ x, y, height, index = 0 }: LabelProps) {
    const entry = data[index]
    if (!entry) return null
    const gained = entry.value > 0
    return (
      <text
        x={round(finite(x) + (gained ? -6 : 6))}
        y={round(finite(y) + finite(height) / 2)}
        textAnchor={gained ? 'end' : 'start'}
        dominantBaseline="central"
        fontSize={VALUE_FONT}
        fill={chartColors.ink}
      >
        {entry.text}
      </text>
    )
  }
  return SideLabel
}

/** Places gained (right, ▲) or lost (left, ▼) since last year; "new" for clusters without a previous rank. */
export function RankMovementChart({ chartId, size, rows, labels }: RankMovementChartProps) {
  const data: MovementEntry[] = rows.map((row) => {
    const moved = row.movement
    const arrow =
      moved === null
        ? labels.new
        : moved > 0
          ? `${labels.up}${moved}`
          : moved < 0
            ? `${labels.down}${-moved}`
            : labels.same
    const text =
      row.previousRank === null ? `${labels.new} → ${row.rank}` : `${row.previousRank} → ${row.rank} ${arrow}`
    return { name: `${row.rank}. ${row.name}`, value: moved ?? 0, text, moved, highlighted: row.highlighted }
  })
  const reach = Math.max(3, ...data.map((entry) => Math.abs(entry.value)))
  const half = Math.round(reach / 2)
  // Wide: the movement text in a column right of the plot. Narrow: beside the zero line (sideLabel).
  const textColumn =
    size === 'wide'
      ? widestText(
          data.map((entry) => entry.text),
          VALUE_FONT,
        ) + 24
      : 12
  const layout = barRows({ size, names: data.map((entry) => entry.name), right: textColumn, axis: true })
  const label = layout.narrow
    ? sideLabel(data)
    : endLabel((index) => data[index]?.text ?? null, {
        fixedX: CHART_WIDTH.wide - textColumn + 16,
        fontSize: VALUE_FONT,
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
        domain={[-reach, reach]}
        ticks={layout.narrow ? [-reach, 0, reach] : [-reach, -half, 0, half, reach]}
        allowDecimals={false}
        {...NUMBER_AXIS}
        tick={NumberTick}
      />
      <YAxis type="category" dataKey="name" interval={0} axisLine={false} tickLine={false} {...layout.category} />
      <ReferenceLine x={0} shape={axisLine(chartColors.ink)} />
      <Bar dataKey="value" barSize={layout.barSize} shape={barShape()} isAnimationActive={false} name={labels.change}>
        {data.map((entry) => (
          <Cell
            key={entry.name}
            data-tip={`${entry.name}: ${entry.text}`}
            fill={entry.moved !== null && entry.moved < 0 ? chartColors.down : chartColors.up}
            stroke={entry.highlighted ? chartColors.ink : undefined}
            strokeWidth={entry.highlighted ? 2 : 0}
          />
        ))}
        <LabelList dataKey="text" content={label} />
      </Bar>
    </BarChart>
  )
}
