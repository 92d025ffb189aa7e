'use client'

import { chartColors } from './chart-theme'

interface TickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
}

/**
 * Axis ticks as one plain <text> each. recharts' own Text measures strings in the browser to wrap
 * them, which the server cannot do: the two renders differ and React throws away the server's SVG.
 */
export function axisTick({
  anchor,
  angle = 0,
  dy = 0,
  fontSize = 13,
  suffix = '',
}: {
  anchor: 'start' | 'middle' | 'end'
  angle?: number
  dy?: number
  fontSize?: number
  suffix?: string
}) {
  function AxisTick({ x, y, payload }: TickProps) {
    return (
      <text
        x={Number(x)}
        y={Number(y)}
        dy={dy}
        textAnchor={anchor}
        dominantBaseline={angle ? 'hanging' : 'central'}
        fontSize={fontSize}
        fill={chartColors.ink}
        transform={angle ? `rotate(${angle} ${Number(x)} ${Number(y)})` : undefined}
      >
        {`${String(payload?.value ?? '')}${suffix}`}
      </text>
    )
  }
  return AxisTick
}

interface LabelProps {
  x?: number | string
  y?: number | string
  width?: number | string
  height?: number | string
  index?: number
  value?: unknown
}

/** A bar label as one plain <text>, placed right of the bar's end (horizontal bars). */
export function endLabel(text: (index: number, value: unknown) => string | null, fixedX?: number) {
  function EndLabel({ x, y, width, height, index = 0, value }: LabelProps) {
    const content = text(index, value)
    if (content === null) return null
    const right = fixedX ?? Number(x) + Math.max(0, Number(width)) + 6
    return (
      <text x={right} y={Number(y) + Number(height) / 2} dominantBaseline="central" fontSize={12} fill={chartColors.ink}>
        {content}
      </text>
    )
  }
  return EndLabel
}
