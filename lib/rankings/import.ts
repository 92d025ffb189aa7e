import type { Payload, PayloadRequest } from 'payload'

import type { DocumentId } from '../db/document-id'

import { RANKING_CSV_COLUMNS, type RankingRow, formatCsvProblem, parseRankingCsv, rankingCsvRecords } from './csv'
import { datasetRows } from './export'

/** One cell an import changes, named by its CSV column, as the CSV writes it ('' when empty). */
export interface CellChange {
  rank: number
  column: (typeof RANKING_CSV_COLUMNS)[number]
  before: string
  after: string
}

export interface ImportPreview {
  added: number[]
  removed: number[]
  changed: number[]
  unchanged: number
  /** Every changed cell of the ranks in `changed`, by rank then column order. */
  cells: CellChange[]
  /** The cluster (English name) of each added rank (its new name) and removed rank (its old one). */
  names: Record<number, string>
}

export type ImportResult =
  { ok: true; applied: boolean; preview: ImportPreview } | { ok: false; status: number; problems: string[] }

/** The row's cells as the CSV has them; the year is the dataset's, not the row's, and is left out. */
const csvCells = (row: RankingRow) => {
  const [record] = rankingCsvRecords([row])
  return RANKING_CSV_COLUMNS.map((column, index) => ({ column, value: record[index] })).filter(
    ({ column }) => column !== 'year',
  )
}

/** What an import would change: ranks added, removed and changed, and each changed cell before → after. */
export function diffRankings(current: readonly RankingRow[], incoming: readonly RankingRow[]): ImportPreview {
  const before = new Map(current.map((row) => [row.rank, row]))
  const after = new Map(incoming.map((row) => [row.rank, row]))
  const preview: ImportPreview = { added: [], removed: [], changed: [], unchanged: 0, cells: [], names: {} }
  for (const [rank, row] of after) {
    const old = before.get(rank)
    if (!old) {
      preview.added.push(rank)
      preview.names[rank] = row.nameEn
      continue
    }
    const oldCells = csvCells(old)
    const changes = csvCells(row).flatMap(({ column, value }, index) =>
      value === oldCells[index].value ? [] : [{ rank, column, before: oldCells[index].value, after: value }],
    )
    if (changes.length) {
      preview.changed.push(rank)
      preview.cells.push(...changes)
    } else preview.unchanged += 1
  }
  for (const [rank, row] of before) {
    if (after.has(rank)) continue
    preview.removed.push(rank)
    preview.names[rank] = row.nameEn
  }
  return preview
}

/**
 * Replaces a dataset's entries with a CSV's rows, all or nothing: a single bad row means nothing is written;
 * the write itself is one update, so a failure there leaves the dataset as it was too.
 */
export async function importRankingCsv(
  payload: Payload,
  {
    id,
    csv,
    dryRun,
    req,
    language = 'en',
  }: { id: DocumentId; csv: string; dryRun: boolean; req?: PayloadRequest; language?: 'en' | 'zh' },
): Promise<ImportResult> {
  const dataset = await payload
    .findByID({ collection: 'ranking-datasets', id, depth: 0, locale: 'en', req, overrideAccess: !req })
    .catch(() => null)
  if (!dataset)
    return { ok: false, status: 404, problems: [language === 'zh' ? '数据集不存在。' : 'Dataset not found.'] }
  const parsed = parseRankingCsv(csv)
  if (!parsed.ok)
    return { ok: false, status: 400, problems: parsed.problems.map((problem) => formatCsvProblem(problem, language)) }
  const preview = diffRankings(datasetRows(dataset), parsed.rows)
  if (dryRun) return { ok: true, applied: false, preview }
  try {
    await payload.update({
      collection: 'ranking-datasets',
      id,
      locale: 'en',
      req,
      overrideAccess: !req,
      data: {
        entries: parsed.rows.map(({ year: _year, ...row }) => row),
      },
    })
  } catch (error) {
    // A validation error lists each field's message, already in the editor's language.
    const fieldMessages = (error as { data?: { errors?: { message?: string }[] } }).data?.errors?.flatMap(
      ({ message }) => (message ? [message] : []),
    )
    return { ok: false, status: 400, problems: fieldMessages?.length ? fieldMessages : [(error as Error).message] }
  }
  return { ok: true, applied: true, preview }
}
