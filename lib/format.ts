import type { Locale } from './i18n/routing'

/** The firm publishes on Beijing time; a date reads the same for every visitor. */
const TIME_ZONE = 'Asia/Shanghai'

/** "2025-09-05" in English, "2025年9月5日" in Chinese. */
export function formatReleaseDate(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (locale === 'zh') {
    return new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, dateStyle: 'long' }).format(date)
  }
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** The machine-readable date for <time dateTime>. */
export const isoDay = (iso: string): string => formatReleaseDate(iso, 'en')

export function formatNumber(value: number, locale: Locale, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value)
}
