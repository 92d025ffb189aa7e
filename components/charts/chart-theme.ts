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
  ink: '#1a2230',
} as const

export const CHART_WIDTH = 720

export const formatShare = (value: number, locale: string) =>
  new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)
