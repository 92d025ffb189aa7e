import type { Payload, PayloadRequest } from 'payload'

import type { DocumentId } from '../db/document-id'

import { type RankingRow, formatCsvProblem, parseRankingCsv } from './csv'
import { datasetRows } from './export'

export interface ImportPreview {
  added: number[]
  removed: number[]
  changed: number[]
  unchanged: number
}

export type ImportResult =
  | { ok: true; applied: boolean; preview: ImportPreview }
  | { ok: false; status: number; problems: string[] }

const comparable = ({ year: _year, ...row }: RankingRow) => JSON.stringify(row)

/** What an import would change, by rank. */
export function diffRankings(current: readonly RankingRow[], incoming: readonly RankingRow[]): ImportPreview {
  const before = new Map(current.map((row) => [row.rank, row]))
  const after = new Map(incoming.map((row) => [row.rank, row]))
  const preview: ImportPreview = { added: [], removed: [], changed: [], unchanged: 0 }
  for (const [rank, row] of after) {
    const old = before.get(rank)
    if (!old) preview.added.push(rank)
    else if (comparable(old) !== comparable(row)) preview.changed.push(rank)
    else preview.unchanged += 1
  }
  for (const rank of before.keys()) if (!after.has(rank)) preview.removed.push(rank)
  return preview
}

/**
 * Replaces a dataset's entries with a CSV's rows, all or nothing: a single bad row means nothing is written;
 * the write itself is one update, so a failure there leaves the dataset as it was too.
 */
export async function importRankingCsv(
  payload: Payload,
  { id, csv, dryRun, req, language = 'en' }: { id: DocumentId; csv: string; dryRun: boolean; req?: PayloadRequest; language?: 'en' | 'zh' },
): Promise<ImportResult> {
  const dataset = await payload
    .findByID({ collection: 'ranking-datasets', id, depth: 0, locale: 'en', req, overrideAccess: !req })
    .catch(() => null)
  if (!dataset) return { ok: false, status: 404, problems: [language === 'zh' ? '数据集不存在。' : 'Dataset not found.'] }
  const parsed = parseRankingCsv(csv)
  if (!parsed.ok) return { ok: false, status: 400, problems: parsed.problems.map((problem) => formatCsvProblem(problem, language)) }
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
    const fieldMessages = (error as { data?: { errors?: { message?: string }[] } }).data?.errors?.flatMap(({ message }) => (message ? [message] : []))
    return { ok: false, status: 400, problems: fieldMessages?.length ? fieldMessages : [(error as Error).message] }
  }
  return { ok: true, applied: true, preview }
}
