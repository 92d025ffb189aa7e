'use client'

import type { GridLineTypeFunctionProps } from 'recharts/types/cartesian/CartesianGrid'

/**
 * The SVG recharts draws through its customization points (bar `shape`, grid lines, `ReferenceLine`
 * shape). recharts 2.15's own shapes copy every prop they get onto the element: `x`, `y`, `width`,
 * `radius`, `name`, `orientation` on <path> and <line>, and a bar series' `id` on each of its bars,
 * none of which is valid HTML. These write only the attributes the shape needs.
 */

export const round = (value: number) => Math.round(value * 100) / 100

export const finite = (value: unknown) => {
  const number = Number(value)
  return Number.isFinite(number) ? number : 0
}

interface BarShapeProps {
  x?: number | string
  y?: number | string
  width?: number | string
  height?: number | string
  fill?: string
  stroke?: string
  strokeWidth?: number | string
  strokeDasharray?: number | string
  /** From the bar's <Cell>: the text /chart-tooltips.js shows on hover. */
  'data-tip'?: string
}

/** The outline of a horizontal bar, its far end (away from zero) rounded by `radius`. */
function barPath(x: number, y: number, width: number, height: number, radius: number): string {
  const left = round(Math.min(x, x + width))
  const right = round(Math.max(x, x + width))
  const top = round(y)
  const bottom = round(y + height)
  const r = round(Math.min(radius, right - left, height / 2))
  if (r <= 0) return `M${left},${top}H${right}V${bottom}H${left}Z`
  return width >= 0
    ? `M${left},${top}H${right - r}A${r},${r} 0 0 1 ${right},${top + r}V${bottom - r}A${r},${r} 0 0 1 ${right - r},${bottom}H${left}Z`
    : `M${right},${top}H${left + r}A${r},${r} 0 0 0 ${left},${top + r}V${bottom - r}A${r},${r} 0 0 0 ${left + r},${bottom}H${right}Z`
}

/** A bar (horizontal charts) as one <path>; a zero-length bar draws nothing, as recharts' own does. */
export function barShape({ radius = 0 }: { radius?: number } = {}) {
  function BarShape(props: BarShapeProps) {
    const width = finite(props.width)
    const height = finite(props.height)
    if (width === 0 || height === 0) return <g />
    return (
      <path
        className="recharts-rectangle"
        d={barPath(finite(props.x), finite(props.y), width, height, radius)}
        fill={props.fill}
        stroke={props.stroke}
        strokeWidth={props.strokeWidth}
        strokeDasharray={props.strokeDasharray}
        data-tip={props['data-tip']}
      />
    )
  }
  return BarShape
}

/** A grid line (CartesianGrid's `horizontal` / `vertical`). */
export function gridLine(stroke: string) {
  function GridLine({ x1, y1, x2, y2, index }: GridLineTypeFunctionProps) {
    return (
      <line
        key={`line-${index}`}
        x1={round(finite(x1))}
        y1={round(finite(y1))}
        x2={round(finite(x2))}
        y2={round(finite(y2))}
        stroke={stroke}
      />
    )
  }
  return GridLine
}

interface LineShapeProps {
  x1?: number | string
  y1?: number | string
  x2?: number | string
  y2?: number | string
}

/** An axis or zero line, drawn through ReferenceLine's `shape` (an axis' own line cannot be customized). */
export function axisLine(stroke: string, strokeWidth = 1) {
  function AxisLine({ x1, y1, x2, y2 }: LineShapeProps) {
    return (
      <line
        className="recharts-reference-line-line"
        x1={round(finite(x1))}
        y1={round(finite(y1))}
        x2={round(finite(x2))}
        y2={round(finite(y2))}
        stroke={stroke}
        strokeWidth={strokeWidth}
      />
    )
  }
  return AxisLine
}
