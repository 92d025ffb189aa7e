'use client'

import { chartColors } from './chart-theme'
import { finite, round } from './svg-shapes'
import { fitTo } from './text-width'

interface TickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
}

/**
 * Axis ticks as one plain <text> each (recharts' own tick is a `Text` that measures strings in the
 * browser, which the server cannot do: the two renders differed and React discarded the server's SVG).
 * `room` is the most a label may take; a longer one is squeezed rather than cut.
 */
export function axisTick({
  anchor,
  baseline = 'central',
  fontSize = 13,
  suffix = '',
  room,
}: {
  anchor: 'start' | 'middle' | 'end'
  baseline?: 'central' | 'hanging'
  fontSize?: number
  suffix?: string
  room?: number
}) {
  function AxisTick({ x, y, payload }: TickProps) {
    const content = `${String(payload?.value ?? '')}${suffix}`
    return (
      <text
        x={round(finite(x))}
        y={round(finite(y))}
        textAnchor={anchor}
        dominantBaseline={baseline}
        fontSize={fontSize}
        fill={chartColors.ink}
        {...(room ? fitTo(content, fontSize, room) : {})}
      >
        {content}
      </text>
    )
  }
  return AxisTick
}

/**
 * A category's name on its own line above its bars (the phone layout): recharts puts the tick at the
 * middle of the category's band, so the name sits `rise` px higher, from the plot's left edge. Grid
 * lines run behind it: a white halo (the stroke, painted first) keeps it readable.
 */
export function nameAboveTick({ rise, room, fontSize = 13 }: { rise: number; room: number; fontSize?: number }) {
  function NameAboveTick({ x, y, payload }: TickProps) {
    const content = String(payload?.value ?? '')
    return (
      <text
        x={round(finite(x))}
        y={round(finite(y) - rise)}
        fontSize={fontSize}
        fill={chartColors.ink}
        stroke={chartColors.paper}
        strokeWidth={3}
        paintOrder="stroke"
        {...fitTo(content, fontSize, room)}
      >
        {content}
      </text>
    )
  }
  return NameAboveTick
}

export interface LabelProps {
  x?: number | string
  y?: number | string
  width?: number | string
  height?: number | string
  index?: number
  value?: unknown
}

/** A bar label as one plain <text>, right of the bar's end (horizontal bars), or at a fixed x. */
export function endLabel(
  text: (index: number, value: unknown) => string | null,
  { fixedX, fontSize = 12 }: { fixedX?: number; fontSize?: number } = {},
) {
  function EndLabel({ x, y, width, height, index = 0, value }: LabelProps) {
    const content = text(index, value)
    if (content === null) return null
    const right = fixedX ?? finite(x) + Math.max(0, finite(width)) + 4
    return (
      <text
        x={round(right)}
        y={round(finite(y) + finite(height) / 2)}
        dominantBaseline="central"
        fontSize={fontSize}
        fill={chartColors.ink}
      >
        {content}
      </text>
    )
  }
  return EndLabel
}
