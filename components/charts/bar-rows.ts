import { CHART_WIDTH, type ChartSize, NAME_FONT, VALUE_FONT } from './chart-theme'
import { axisTick, nameAboveTick } from './svg-text'
import { widestText } from './text-width'

/** Left and right breathing room; also room for half of an edge tick's number. */
const EDGE = 12
/** Height of the number axis under the bars. */
export const AXIS_HEIGHT = 24

interface RowsInput {
  size: ChartSize
  /** The categories' names, as drawn. */
  names: readonly string[]
  /** Bars side by side in one category (key metrics: one per metric). */
  bars?: number
  barGap?: number
  /** Room right of the plot for the labels at the bars' ends. */
  right: number
  /** Whether the number axis is drawn under the bars. */
  axis: boolean
}

/**
 * The geometry of a horizontal bar chart, one category per row: the drawing's size, margins, bar
 * thickness and the category axis (names left of the bars when wide, above them when narrow). Sized
 * from the names themselves, so the longest one fits whole.
 */
export function barRows({ size, names, bars = 1, barGap = 0, right, axis }: RowsInput) {
  const width = CHART_WIDTH[size]
  const narrow = size === 'narrow'
  // Grouped bars are as thick as their 12-unit labels are tall, so neighbouring labels never touch.
  const barSize = bars > 1 ? 12 : narrow ? 16 : 24
  const group = bars * barSize + (bars - 1) * barGap
  // Narrow rows hold a line of text above the bars.
  const rowHeight = group + (narrow ? NAME_FONT + 18 : bars > 1 ? 20 : 10)
  const margin = { top: 8, right, bottom: 4, left: EDGE }
  const height = margin.top + names.length * rowHeight + (axis ? AXIS_HEIGHT : 0) + margin.bottom
  const nameColumn = Math.min(widestText(names, NAME_FONT) + 16, Math.round(width * 0.42))
  // recharts puts a left tick's text `tickSize + tickMargin` px left of the plot, and draws no axis
  // (ticks included) 0 px wide: the narrow one is 1 px, its names start at the plot's left edge.
  const category = narrow
    ? { width: 1, tickSize: 0, tickMargin: 0, tick: nameAboveTick({ rise: group / 2 + 8, room: width - 2 * EDGE }) }
    : { width: nameColumn, tickSize: 0, tickMargin: 8, tick: axisTick({ anchor: 'end', room: nameColumn - 8 }) }
  return { width, height, margin, barSize, category, narrow }
}

/** Ticks of the number axis under the bars. */
export const numberTick = (suffix = '') =>
  axisTick({ anchor: 'middle', baseline: 'hanging', fontSize: VALUE_FONT, suffix })

/**
 * Props for the number axis: no line or tick marks of its own (recharts' carry invalid attributes),
 * and every tick drawn: by default recharts drops ticks it measures as not fitting, which it can do
 * only in a browser, so a hydrated chart (Live Preview) lost the edge ticks the server had drawn.
 */
export const NUMBER_AXIS = {
  height: AXIS_HEIGHT,
  axisLine: false,
  tickLine: false,
  tickSize: 0,
  tickMargin: 6,
  interval: 0,
} as const
