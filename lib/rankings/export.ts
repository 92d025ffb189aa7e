import { Readable } from 'node:stream'

import { stringify } from 'csv-stringify'

import type { RankingDataset } from '@/payload-types'

import { RANKING_CSV_COLUMNS, type RankingRow, rankingCsvRecords } from './csv'

/** A dataset's entries as import rows: the shape the CSV importer produces. */
export const datasetRows = (dataset: Pick<RankingDataset, 'year' | 'entries'>): RankingRow[] =>
  (dataset.entries ?? []).map((entry) => ({
    year: dataset.year,
    rank: entry.rank,
    previousRank: entry.previousRank ?? null,
    nameEn: entry.nameEn,
    nameZh: entry.nameZh ?? null,
    economies: entry.economies ?? [],
    pctShare: entry.pctShare ?? null,
    publicationsShare: entry.publicationsShare ?? null,
    vcDealsShare: entry.vcDealsShare ?? null,
    reference: entry.reference ?? null,
  }))

/** The dataset as a CSV byte stream (UTF-8, header first), ready for a Response body. */
export function rankingCsvStream(dataset: Pick<RankingDataset, 'year' | 'entries'>): ReadableStream<Uint8Array> {
  const rows = [...datasetRows(dataset)].sort((a, b) => a.rank - b.rank)
  const source = Readable.from([[...RANKING_CSV_COLUMNS], ...rankingCsvRecords(rows)]).pipe(stringify())
  return Readable.toWeb(source) as ReadableStream<Uint8Array>
}
