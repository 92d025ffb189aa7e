import { parse } from 'csv-parse/sync'

import { isEconomyCode } from './economies'
import { neutralizeText, restoreText } from './spreadsheet-cell'

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

export type CsvProblemCode =
  | 'tooLarge'
  | 'notCsv'
  | 'empty'
  | 'missingColumns'
  | 'noRows'
  | 'required'
  | 'notWholeNumber'
  | 'notNumber'
  | 'duplicateRank'
  | 'unknownEconomy'
  | 'shareRange'

export interface CsvProblem {
  row: number | null
  column: string | null
  code: CsvProblemCode
  params: Record<string, string | number>
}

export type RankingCsvResult = { ok: true; rows: RankingRow[] } | { ok: false; problems: CsvProblem[] }

const REQUIRED = ['rank', 'cluster_en'] as const

/** Parses and validates a ranking CSV; every problem is listed by row (as in a spreadsheet) and column. */
export function parseRankingCsv(text: string): RankingCsvResult {
  if (Buffer.byteLength(text, 'utf8') > RANKING_CSV_MAX_BYTES) {
    return fail(null, null, 'tooLarge', { limit: `${RANKING_CSV_MAX_BYTES / 1024} KB` })
  }
  let records: string[][]
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true })
  } catch (error) {
    return fail(null, null, 'notCsv', { detail: (error as Error).message })
  }
  if (records.length === 0) return fail(null, null, 'empty')

  const header = records[0].map((name) => name.toLowerCase())
  const missing = REQUIRED.filter((name) => !header.includes(name))
  if (missing.length) {
    return fail(1, null, 'missingColumns', { missing: missing.join(', '), expected: RANKING_CSV_COLUMNS.join(', ') })
  }
  if (records.length === 1) return fail(null, null, 'noRows')

  const problems: CsvProblem[] = []
  const rows: RankingRow[] = []
  const firstRowOfRank = new Map<number, number>()
  records.slice(1).forEach((record, index) => {
    const row = index + 2
    const cell = (column: string) => {
      const at = header.indexOf(column)
      return at === -1 ? '' : (record[at] ?? '').trim()
    }
    // Names and sources were written with a formula guard (see spreadsheet-cell.ts).
    const text = (column: string) => restoreText(cell(column))
    const number = (column: string, { integer = false, required = false } = {}): number | null => {
      const raw = cell(column)
      if (raw === '') {
        if (required) problems.push(problem(row, column, 'required'))
        return null
      }
      const value = Number(raw)
      if (!Number.isFinite(value) || (integer && (!Number.isInteger(value) || value < 1))) {
        problems.push(problem(row, column, integer ? 'notWholeNumber' : 'notNumber', { got: raw }))
        return null
      }
      return value
    }

    const rank = number('rank', { integer: true, required: true })
    if (rank !== null) {
      const first = firstRowOfRank.get(rank)
      if (first) problems.push(problem(row, 'rank', 'duplicateRank', { rank, first }))
      else firstRowOfRank.set(rank, row)
    }
    const nameEn = text('cluster_en')
    if (!nameEn) problems.push(problem(row, 'cluster_en', 'required'))
    const economies = cell('economies')
      .split(/[;,\s]+/)
      .filter(Boolean)
      .map((code) => code.toUpperCase())
    for (const code of economies) {
      if (!isEconomyCode(code)) {
        problems.push(problem(row, 'economies', 'unknownEconomy', { code }))
      }
    }
    const parsed: RankingRow = {
      year: number('year', { integer: true }),
      rank: rank ?? 0,
      previousRank: number('rank_prev', { integer: true }),
      nameEn,
      nameZh: text('cluster_zh') || null,
      economies,
      pctShare: number('pct_share_pct'),
      publicationsShare: number('publications_share_pct'),
      vcDealsShare: number('vc_deals_share_pct'),
      reference: text('source') || null,
    }
    const shares = {
      pct_share_pct: parsed.pctShare,
      publications_share_pct: parsed.publicationsShare,
      vc_deals_share_pct: parsed.vcDealsShare,
    }
    for (const [column, value] of Object.entries(shares)) {
      if (value !== null && (value < 0 || value > 100)) {
        problems.push(problem(row, column, 'shareRange', { got: value }))
      }
    }
    rows.push(parsed)
  })
  return problems.length ? { ok: false, problems } : { ok: true, rows }
}

type Language = 'en' | 'zh'

const TEMPLATES: Record<CsvProblemCode, Record<Language, string>> = {
  tooLarge: {
    en: 'The file is larger than {limit}; split it or remove unused columns.',
    zh: '文件超过 {limit}，请拆分或删除无用的列。',
  },
  notCsv: { en: 'The file is not valid CSV: {detail}', zh: '文件不是有效的CSV：{detail}' },
  empty: {
    en: 'The file is empty: expected a header row and at least one data row.',
    zh: '文件为空：需要一行表头和至少一行数据。',
  },
  missingColumns: {
    en: 'Missing column(s): {missing}. Expected headers: {expected}.',
    zh: '缺少列：{missing}。应有的表头：{expected}。',
  },
  noRows: { en: 'The file has a header but no data rows.', zh: '文件只有表头，没有数据行。' },
  required: { en: 'is required', zh: '不能为空' },
  notWholeNumber: { en: 'must be a positive whole number (got "{got}")', zh: '必须是正整数（实际为“{got}”）' },
  notNumber: { en: 'must be a number or empty (got "{got}")', zh: '必须是数字或留空（实际为“{got}”）' },
  duplicateRank: { en: 'rank {rank} is already used in row {first}', zh: '排名 {rank} 已在第 {first} 行使用' },
  unknownEconomy: { en: '"{code}" is not an ISO 3166-1 alpha-2 code', zh: '“{code}”不是ISO 3166-1二位字母代码' },
  shareRange: {
    en: 'a share in percent must be between 0 and 100 (got {got})',
    zh: '百分比必须在0到100之间（实际为{got}）',
  },
}

/** "Row 7, column rank: must be a positive whole number (got "seven")", in the editor's language. */
export function formatCsvProblem({ row, column, code, params }: CsvProblem, language: Language = 'en'): string {
  const message = TEMPLATES[code][language].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''))
  const where =
    language === 'zh'
      ? [row ? `第 ${row} 行` : null, column ? `${column} 列` : null].filter(Boolean).join('，')
      : [row ? `Row ${row}` : null, column ? `column ${column}` : null].filter(Boolean).join(', ')
  return where ? `${where}${language === 'zh' ? '：' : ': '}${message}` : message
}

const problem = (
  row: number | null,
  column: string | null,
  code: CsvProblemCode,
  params: Record<string, string | number> = {},
): CsvProblem => ({ row, column, code, params })

function fail(
  row: number | null,
  column: string | null,
  code: CsvProblemCode,
  params: Record<string, string | number> = {},
): RankingCsvResult {
  return { ok: false, problems: [problem(row, column, code, params)] }
}

/**
 * One CSV record per entry, in RANKING_CSV_COLUMNS order; unknown values are empty cells. Text
 * that a spreadsheet would run as a formula is neutralized; numbers are written as numbers.
 */
export function rankingCsvRecords(rows: readonly RankingRow[]): string[][] {
  const cell = (value: number | string | null | undefined) =>
    value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : neutralizeText(value)
  return rows.map((row) => [
    cell(row.year),
    cell(row.rank),
    cell(row.nameEn),
    cell(row.nameZh),
    cell(row.economies.join(';')),
    cell(row.pctShare),
    cell(row.publicationsShare),
    cell(row.vcDealsShare),
    cell(row.previousRank),
    cell(row.reference),
  ])
}
