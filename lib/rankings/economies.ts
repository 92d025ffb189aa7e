const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

/** Codes ICU names but ISO 3166-1 does not assign to an economy. */
const NOT_ECONOMIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'])

/** True for an assigned ISO 3166-1 alpha-2 code such as CN, HK or US. */
export function isEconomyCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_ECONOMIES.has(code) && regionNames.of(code) !== undefined
}

/** The economy's name in the reader's language ("Hong Kong" / "中国香港特别行政区"). */
export function economyName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code
}
