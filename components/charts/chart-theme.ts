/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const chartColors = {
  bar: '#56B4E9',
  highlight: '#0072B2',
  pctShare: '#0072B2',
  publicationsShare: '#E69F00',
  vcDealsShare: '#009E73',
  up: '#009E73',
  down: '#D55E00',
  grid: '#dfe3ea',
  axis: '#666666',
  ink: '#1a2230',
  paper: '#ffffff',
} as const

/**
 * Every chart is drawn twice on the server, and CSS shows the one that suits its column (a container
 * query in styles.css): `wide` for columns from 34rem, names left of the bars; `narrow` for phones,
 * each name on its own line above its bars and fewer ticks. CSS scales either drawing to the column,
 * so each is designed at a width near the columns it serves and its text stays readable.
 */
export type ChartSize = 'wide' | 'narrow'

export const CHART_SIZES: readonly ChartSize[] = ['wide', 'narrow']

export const CHART_WIDTH: Record<ChartSize, number> = { wide: 720, narrow: 320 }

/** Font sizes in the drawing's own units (scaled with it). */
export const NAME_FONT = 13
export const VALUE_FONT = 12

export const formatShare = (value: number, locale: string) =>
  new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value)
