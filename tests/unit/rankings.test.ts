import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { economyName, isEconomyCode } from '@/lib/rankings/economies'
import { type RankingRow, formatCsvProblem, parseRankingCsv, rankingCsvRecords } from '@/lib/rankings/csv'
import { rankingEntryProblems } from '@/lib/rankings/validate'

const header =
  'year,rank,cluster_en,cluster_zh,economies,pct_share_pct,publications_share_pct,vc_deals_share_pct,rank_prev,source'

describe('ranking entries', () => {
  it('name the rows that repeat a rank', () => {
    expect(
      rankingEntryProblems([
        { rank: 1, nameEn: 'Alpha' },
        { rank: 1, nameEn: 'Beta' },
      ]),
    ).toEqual(['Row 2 (Beta): rank 1 is already used by row 1 (Alpha).'])
  })

  it('refuse ranks that are not positive whole numbers and unknown economies', () => {
    const problems = rankingEntryProblems([{ rank: 0 }, { rank: 2.5 }, { rank: 3, economies: ['ZZ', 'HK'] }])
    expect(problems).toHaveLength(3)
    expect(problems[2]).toContain('"ZZ" is not an ISO 3166-1 alpha-2 economy code')
  })

  it('know economies by ISO code and name them per language', () => {
    expect(isEconomyCode('CN')).toBe(true)
    expect(isEconomyCode('HK')).toBe(true)
    expect(isEconomyCode('XX')).toBe(false)
    expect(isEconomyCode('cn')).toBe(false)
    expect(economyName('DE', 'zh')).toBe('德国')
  })
})

describe('ranking CSV', () => {
  it('reads the GII 2025 file with unknown values left empty', () => {
    const csv = fs.readFileSync(path.resolve(import.meta.dirname, '../../lib/seed/data/gii-2025-clusters.csv'), 'utf8')
    const result = parseRankingCsv(csv)
    if (!result.ok) throw new Error(result.problems.map((problem) => formatCsvProblem(problem)).join('\n'))
    expect(result.rows).toHaveLength(40)
    expect(result.rows[0]).toMatchObject({ rank: 1, economies: ['CN', 'HK'], pctShare: 9, previousRank: 2 })
    expect(result.rows[3]).toMatchObject({ nameEn: 'Beijing', pctShare: null, publicationsShare: 4 })
  })

  it('lists every bad cell by row and column', () => {
    const result = parseRankingCsv(`${header}\n2025,seven,A,,CN,,,,,\n2025,2,B,,QQ,abc,,,,\n2025,2,C,,US,,,,,`)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((problem) => formatCsvProblem(problem))).toEqual([
      'Row 2, column rank: must be a positive whole number (got "seven")',
      'Row 3, column economies: "QQ" is not an ISO 3166-1 alpha-2 code',
      'Row 3, column pct_share_pct: must be a number or empty (got "abc")',
      'Row 4, column rank: rank 2 is already used in row 3',
    ])
  })

  it('refuses a file without the required headers, and an empty file', () => {
    const wrong = parseRankingCsv('position,name\n1,A')
    expect(!wrong.ok && formatCsvProblem(wrong.problems[0])).toMatch(/Missing column\(s\): rank, cluster_en/)
    const empty = parseRankingCsv('')
    expect(!empty.ok && formatCsvProblem(empty.problems[0])).toMatch(/empty/)
  })
})

describe('ranking CSV export', () => {
  it('round-trips through import unchanged', async () => {
    const { datasetRows, rankingCsvStream } = await import('@/lib/rankings/export')
    const csv = fs.readFileSync(path.resolve(import.meta.dirname, '../../lib/seed/data/gii-2025-clusters.csv'), 'utf8')
    const parsed = parseRankingCsv(csv)
    if (!parsed.ok) throw new Error('seed CSV invalid')
    const dataset = {
      year: 2025,
      entries: parsed.rows.map(({ year: _year, ...row }) => row),
    }
    const exported = await new Response(rankingCsvStream(dataset)).text()
    const again = parseRankingCsv(exported)
    if (!again.ok) throw new Error(again.problems.map((problem) => formatCsvProblem(problem)).join('\n'))
    expect(again.rows).toEqual(parsed.rows)
    expect(datasetRows(dataset)).toEqual(parsed.rows)
    expect(exported.split('\n')[0]).toBe(header)
  })
})

describe('ranking CSV problems in the editor’s language', () => {
  it('read in Chinese for a Chinese admin', () => {
    const result = parseRankingCsv(`${header}\n2025,seven,A,,CN,,,,,`)
    expect(!result.ok && formatCsvProblem(result.problems[0], 'zh')).toBe(
      '第 2 行，rank 列：必须是正整数（实际为“seven”）',
    )
  })

  it('refuse a file over the size limit with the limit named', () => {
    const result = parseRankingCsv(`${header}\n${'2025,1,A,,CN,,,,,\n'.repeat(300_000)}`)
    expect(!result.ok && formatCsvProblem(result.problems[0])).toBe(
      'The file is larger than 1024 KB; split it or remove unused columns.',
    )
  })
})

describe('ranking CSV export against formula injection', () => {
  const row = (rank: number, nameEn: string, extra: Partial<RankingRow> = {}): RankingRow => ({
    year: 2025,
    rank,
    previousRank: null,
    nameEn,
    nameZh: null,
    economies: ['CN'],
    pctShare: null,
    publicationsShare: null,
    vcDealsShare: null,
    reference: null,
    ...extra,
  })
  const hostile = [
    row(1, '=HYPERLINK("https://evil.example","Click")'),
    row(2, '+SUM(1,2)', { nameZh: '-2+3' }),
    row(3, '@cmd', { reference: '=1+1' }),
    row(4, '\t=tab first', { nameZh: '\rcarriage' }),
    row(5, "'=already quoted", { nameZh: "''+twice" }),
    row(6, "It's fine", { reference: 'WIPO, GII 2025', previousRank: 9, pctShare: 1.5 }),
  ]

  it('writes text cells a spreadsheet would run as formulas with a leading apostrophe, and nothing else', async () => {
    const { rankingCsvStream } = await import('@/lib/rankings/export')
    const csv = await new Response(rankingCsvStream({ year: 2025, entries: hostile })).text()
    const records: string[][] = parse(csv)
    const cells = records.slice(1)
    const texts = cells.flatMap((record) => [record[2], record[3], record[9]]).filter(Boolean)
    for (const text of texts) expect(text, text).not.toMatch(/^[=+\-@\t\r]/)
    expect(cells[0][2]).toBe('\'=HYPERLINK("https://evil.example","Click")')
    expect(cells[4][2]).toBe("''=already quoted")
    expect(cells[5][2]).toBe("It's fine")
    // Numbers are numbers, not text: nothing is put in front of them.
    expect(cells[5][8]).toBe('9')
    expect(cells[5][5]).toBe('1.5')
  })

  it('numbers stay numbers, a negative one included', () => {
    const [record] = rankingCsvRecords([row(1, 'Alpha', { pctShare: -3, previousRank: -3 })])
    expect(record[5]).toBe('-3')
    expect(record[8]).toBe('-3')
  })

  it('the exported file imports back to the same names and sources', async () => {
    const { rankingCsvStream } = await import('@/lib/rankings/export')
    const csv = await new Response(rankingCsvStream({ year: 2025, entries: hostile })).text()
    const again = parseRankingCsv(csv)
    if (!again.ok) throw new Error(again.problems.map((problem) => formatCsvProblem(problem)).join('\n'))
    // A leading tab or carriage return is kept too: the apostrophe protects it from the import's trim.
    expect(again.rows).toEqual(hostile)
  })
})
