import { isEconomyCode } from './economies'

export interface RankingEntryInput {
  rank?: number | null
  previousRank?: number | null
  nameEn?: string | null
  economies?: string[] | null
}

const label = (entry: RankingEntryInput) => (entry.nameEn ? ` (${entry.nameEn})` : '')

/**
 * Problems with a dataset's entries, each naming its row (1-based, as an editor counts):
 * ranks must be positive whole numbers, unique within the dataset; economies ISO 3166-1 alpha-2.
 */
export function rankingEntryProblems(entries: readonly RankingEntryInput[]): string[] {
  const problems: string[] = []
  const rowOfRank = new Map<number, number>()
  entries.forEach((entry, index) => {
    const row = index + 1
    const { rank } = entry
    if (typeof rank !== 'number' || !Number.isInteger(rank) || rank < 1) {
      problems.push(`Row ${row}${label(entry)}: rank must be a positive whole number (got ${String(rank ?? 'nothing')}).`)
    } else if (rowOfRank.has(rank)) {
      const first = rowOfRank.get(rank)!
      problems.push(`Row ${row}${label(entry)}: rank ${rank} is already used by row ${first}${label(entries[first - 1])}.`)
    } else {
      rowOfRank.set(rank, row)
    }
    const previous = entry.previousRank
    if (previous != null && (!Number.isInteger(previous) || previous < 1)) {
      problems.push(`Row ${row}${label(entry)}: previous rank must be a positive whole number or empty (got ${previous}).`)
    }
    for (const code of entry.economies ?? []) {
      if (!isEconomyCode(code)) {
        problems.push(`Row ${row}${label(entry)}: "${code}" is not an ISO 3166-1 alpha-2 economy code.`)
      }
    }
  })
  return problems
}
