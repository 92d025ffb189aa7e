import { parse } from 'csv-parse/sync'

import { isEconomyCode } from './economies'

/** CSV columns, mapped by header name, in the order export writes them. */
export const RANKING_CSV_COLUMNS = [
  'year',
  'rank',
  'cluster_en',
  'cluster_zh',
  'economies',
  'pct_share_pct',
  'publications_share_pct',
  'vc_deals_share_pct',
  'rank_prev',
  'source',
] as const

export const RANKING_CSV_MAX_BYTES = 1024 * 1024

export interface RankingRow {
  year: number | null
  rank: number
  previousRank: number | null
  nameEn: string
  nameZh: string | null
  economies: string[]
  pctShare: number | null
  publicationsShare: number | null
  vcDealsShare: number | null
  reference: string | null
}

export interface CsvProblem {
  row: number | null
  column: string | null
  message: string
}

export type RankingCsvResult = { ok: true; rows: RankingRow[] } | { ok: false; problems: CsvProblem[] }

const REQUIRED = ['rank', 'cluster_en'] as const

/** Parses and validates a ranking CSV; every problem is listed by row (as in a spreadsheet) and column. */
export function parseRankingCsv(text: string): RankingCsvResult {
  if (Buffer.byteLength(text, 'utf8') > RANKING_CSV_MAX_BYTES) {
    return fail(null, null, `The file is larger than ${RANKING_CSV_MAX_BYTES / 1024} KB; split it or remove unused columns.`)
  }
  let records: string[][]
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true })
  } catch (error) {
    return fail(null, null, `The file is not valid CSV: ${(error as Error).message}`)
  }
  if (records.length === 0) return fail(null, null, 'The file is empty: expected a header row and at least one data row.')

  const header = records[0].map((name) => name.toLowerCase())
  const missing = REQUIRED.filter((name) => !header.includes(name))
  if (missing.length) {
    return fail(1, null, `Missing column(s): ${missing.join(', ')}. Expected headers: ${RANKING_CSV_COLUMNS.join(', ')}.`)
  }
  if (records.length === 1) return fail(null, null, 'The file has a header but no data rows.')

  const problems: CsvProblem[] = []
  const rows: RankingRow[] = []
  const firstRowOfRank = new Map<number, number>()
  records.slice(1).forEach((record, index) => {
    const row = index + 2
    const cell = (column: string) => {
      const at = header.indexOf(column)
      return at === -1 ? '' : (record[at] ?? '').trim()
    }
    const number = (column: string, { integer = false, required = false } = {}): number | null => {
      const raw = cell(column)
      if (raw === '') {
        if (required) problems.push({ row, column, message: 'is required' })
        return null
      }
      const value = Number(raw)
      if (!Number.isFinite(value) || (integer && (!Number.isInteger(value) || value < 1))) {
        problems.push({ row, column, message: `must be ${integer ? 'a positive whole number' : 'a number or empty'} (got "${raw}")` })
        return null
      }
      return value
    }

    const rank = number('rank', { integer: true, required: true })
    if (rank !== null) {
      const first = firstRowOfRank.get(rank)
      if (first) problems.push({ row, column: 'rank', message: `rank ${rank} is already used in row ${first}` })
      else firstRowOfRank.set(rank, row)
    }
    const nameEn = cell('cluster_en')
    if (!nameEn) problems.push({ row, column: 'cluster_en', message: 'is required' })
    const economies = cell('economies')
      .split(/[;,\s]+/)
      .filter(Boolean)
      .map((code) => code.toUpperCase())
    for (const code of economies) {
      if (!isEconomyCode(code)) {
        problems.push({ row, column: 'economies', message: `"${code}" is not an ISO 3166-1 alpha-2 code` })
      }
    }
    const parsed: RankingRow = {
      year: number('year', { integer: true }),
      rank: rank ?? 0,
      previousRank: number('rank_prev', { integer: true }),
      nameEn,
      nameZh: cell('cluster_zh') || null,
      economies,
      pctShare: number('pct_share_pct'),
      publicationsShare: number('publications_share_pct'),
      vcDealsShare: number('vc_deals_share_pct'),
      reference: cell('source') || null,
    }
    const shares = { pct_share_pct: parsed.pctShare, publications_share_pct: parsed.publicationsShare, vc_deals_share_pct: parsed.vcDealsShare }
    for (const [column, value] of Object.entries(shares)) {
      if (value !== null && (value < 0 || value > 100)) {
        problems.push({ row, column, message: `a share in percent must be between 0 and 100 (got ${value})` })
      }
    }
    rows.push(parsed)
  })
  return problems.length ? { ok: false, problems } : { ok: true, rows }
}

export const formatCsvProblem = ({ row, column, message }: CsvProblem): string =>
  [row ? `Row ${row}` : null, column ? `column ${column}` : null].filter(Boolean).join(', ') +
  (row || column ? ': ' : '') +
  message

function fail(row: number | null, column: string | null, message: string): RankingCsvResult {
  return { ok: false, problems: [{ row, column, message }] }
}
