import fs from 'node:fs'
import path from 'node:path'

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { CHART_SIZES, CHART_WIDTH, type ChartSize } from '@/components/charts/chart-theme'
import { KeyMetricsChart } from '@/components/charts/key-metrics-chart'
import { RankMovementChart } from '@/components/charts/rank-movement-chart'
import { RankingBarChart } from '@/components/charts/ranking-bar-chart'
import { textWidth } from '@/components/charts/text-width'
import { type Locale, locales } from '@/lib/i18n/routing'
import { type ChartRow, metricsWithData, shapeRanking } from '@/lib/rankings/chart-data'
import { parseRankingCsv } from '@/lib/rankings/csv'

// The seed's dataset, as the GII article draws it. The HTML checker (tests/e2e/html-validity.spec.ts)
// judges the served pages; this catches the same attributes in a second, without a build.
const csv = parseRankingCsv(
  fs.readFileSync(path.join(import.meta.dirname, '../../lib/seed/data/gii-2025-clusters.csv'), 'utf8'),
)
if (!csv.ok) throw new Error('the seed CSV does not parse')
const entries = csv.rows

function drawings(locale: Locale, size: ChartSize, rows10: ChartRow[], rows6: ChartRow[]) {
  const id = (kind: string) => `chart-${kind}-${size}`
  return {
    rankMovement: createElement(RankMovementChart, {
      chartId: id('movement'),
      size,
      rows: rows10,
      labels: { up: '▲', down: '▼', same: '=', new: 'new', change: 'Rank change' },
    }),
    rankingBar: createElement(RankingBarChart, {
      chartId: id('bar'),
      size,
      rows: rows10,
      metric: null,
      locale,
      notAvailable: 'n/a',
      valueLabel: 'Rank',
    }),
    rankingBarMetric: createElement(RankingBarChart, {
      chartId: id('share'),
      size,
      rows: rows10,
      metric: 'pctShare',
      locale,
      notAvailable: 'n/a',
      valueLabel: 'PCT',
    }),
    keyMetrics: createElement(KeyMetricsChart, {
      chartId: id('metrics'),
      size,
      rows: rows6,
      metrics: metricsWithData(rows6),
      labels: { pctShare: 'PCT filings (%)', publicationsShare: 'Publications (%)', vcDealsShare: 'VC deals (%)' },
      locale,
      notAvailable: 'n/a',
    }),
  }
}

/** Attributes HTML allows on these SVG elements that recharts' own shapes abuse. */
const ALLOWED: Record<string, string[]> = {
  line: ['x1', 'y1', 'x2', 'y2', 'stroke', 'stroke-width', 'class'],
  path: ['d', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'class', 'data-tip'],
}

const attributesOf = (tag: string) => [...tag.matchAll(/\s([\w:-]+)="/g)].map((match) => match[1])

describe('chart SVG markup', () => {
  for (const locale of locales) {
    const rows10 = shapeRanking(entries, { topN: 10, locale, highlight: [1] })
    const rows6 = shapeRanking(entries, { topN: 6, locale })
    for (const size of CHART_SIZES) {
      for (const [kind, element] of Object.entries(drawings(locale, size, rows10, rows6))) {
        it(`${locale} ${kind} (${size}): lines and bars carry only valid attributes, ids are unique, every name is drawn`, () => {
          const svg = renderToStaticMarkup(element)
          for (const [name, allowed] of Object.entries(ALLOWED)) {
            const tags = svg.match(new RegExp(`<${name}\\s[^>]*>`, 'g')) ?? []
            expect(tags.length, `${name} elements`).toBeGreaterThan(0)
            for (const tag of tags)
              expect(
                attributesOf(tag).filter((attribute) => !allowed.includes(attribute)),
                tag,
              ).toEqual([])
          }
          const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])
          expect(new Set(ids).size, ids.join(' ')).toBe(ids.length)
          const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1])
          const names = (kind === 'keyMetrics' ? rows6 : rows10).map((row) =>
            kind === 'keyMetrics' ? row.name : `${row.rank}. ${row.name}`,
          )
          for (const name of names) expect(texts).toContain(name)
          // The seed's names fit their drawing as they are: none needs squeezing.
          expect(svg).not.toContain('textLength')
          expect(svg).toContain(`viewBox="0 0 ${CHART_WIDTH[size]} `)
        })
      }
    }
  }

  it('squeezes a name too long for the phone drawing into its line instead of running past the edge', () => {
    const long = shapeRanking(
      [{ rank: 1, nameEn: 'Rhine–Ruhr–Rhine-Main–Rhine-Neckar Metropolitan Innovation Corridor' }],
      { topN: 1, locale: 'en' },
    )
    const svg = renderToStaticMarkup(
      createElement(RankingBarChart, {
        chartId: 'long',
        size: 'narrow',
        rows: long,
        metric: null,
        locale: 'en',
        notAvailable: 'n/a',
        valueLabel: 'Rank',
      }),
    )
    const tag = svg.match(/<text[^>]*textLength="(\d+)"[^>]*>1\. Rhine/)
    expect(tag, 'the long name is squeezed').not.toBeNull()
    const x = Number(tag![0].match(/\sx="([\d.]+)"/)![1])
    expect(x + Number(tag![1])).toBeLessThanOrEqual(CHART_WIDTH.narrow)
  })
})

describe('label width estimate', () => {
  it('counts Chinese characters a full em and never estimates the seed’s names narrower than DejaVu Sans draws them', () => {
    expect(textWidth('深圳–香港–广州', 10)).toBeGreaterThanOrEqual(10 * 6)
    // Widths measured in Chromium with DejaVu Sans at 13 px (its widest fallback here).
    const measured: [string, number][] = [
      ['1. Shenzhen–Hong Kong–Guangzhou', 238.3],
      ['87. Heidelberg–Mannheim', 170.5],
      ['3. San Jose–San Francisco', 167.4],
    ]
    for (const [text, width] of measured) expect(textWidth(text, 13), text).toBeGreaterThanOrEqual(width)
  })
})
