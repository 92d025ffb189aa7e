import type { PayloadRequest } from 'payload'

import { adminText } from '@/lib/i18n/admin-text'

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
 * Worded in the language of the admin user who made the request (English without one).
 */
export function rankingEntryProblems(
  entries: readonly RankingEntryInput[],
  req?: Pick<PayloadRequest, 'i18n'>,
): string[] {
  const problems: string[] = []
  const rowOfRank = new Map<number, number>()
  entries.forEach((entry, index) => {
    const row = index + 1
    const en = `Row ${row}${label(entry)}`
    const zh = `第 ${row} 行${label(entry)}`
    const { rank } = entry
    if (typeof rank !== 'number' || !Number.isInteger(rank) || rank < 1) {
      problems.push(
        adminText(req, {
          en: `${en}: rank must be a positive whole number (got ${String(rank ?? 'nothing')}).`,
          zh: `${zh}：排名必须是正整数（当前为${String(rank ?? '空')}）。`,
        }),
      )
    } else if (rowOfRank.has(rank)) {
      const first = rowOfRank.get(rank)!
      const firstLabel = label(entries[first - 1])
      problems.push(
        adminText(req, {
          en: `${en}: rank ${rank} is already used by row ${first}${firstLabel}.`,
          zh: `${zh}：排名 ${rank} 已被第 ${first} 行${firstLabel}使用。`,
        }),
      )
    } else {
      rowOfRank.set(rank, row)
    }
    const previous = entry.previousRank
    if (previous != null && (!Number.isInteger(previous) || previous < 1)) {
      problems.push(
        adminText(req, {
          en: `${en}: previous rank must be a positive whole number or empty (got ${previous}).`,
          zh: `${zh}：上年排名必须是正整数或留空（当前为${previous}）。`,
        }),
      )
    }
    for (const code of entry.economies ?? []) {
      if (!isEconomyCode(code)) {
        problems.push(
          adminText(req, {
            en: `${en}: "${code}" is not an ISO 3166-1 alpha-2 economy code.`,
            zh: `${zh}：“${code}”不是 ISO 3166-1 二位字母经济体代码。`,
          }),
        )
      }
    }
  })
  return problems
}
