import type { Locale } from '@/lib/i18n/routing'

import { FIELD_WEIGHTS, type SearchField } from './match'
import { textTerms, tokenize } from './tokens'

/**
 * The index stores each term once per article and language, prefixed with the language and the
 * heaviest field it occurs in (`en:t:` title, `en:s:` summary, `en:b:` body). A one-word search is
 * then one equality on the indexed column per field, selective on its own (no condition on the
 * entries' table: on PostgreSQL a language filter there made the planner hash every entry of the
 * language), and the results come out of the database already in order.
 */
export const FIELD_PREFIX: Record<SearchField, string> = { title: 't:', summary: 's:', body: 'b:' }

/** Heaviest field first. */
export const FIELDS_BY_WEIGHT = (Object.keys(FIELD_WEIGHTS) as SearchField[]).sort(
  (a, b) => FIELD_WEIGHTS[b] - FIELD_WEIGHTS[a],
)

/** The stored form of `term` for a language and field. */
export const fieldTerm = (locale: Locale, field: SearchField, term: string) => `${locale}:${FIELD_PREFIX[field]}${term}`

/** Every stored form of a term in a language, one per field: any of them means the article contains it. */
export const anyFieldTerms = (locale: Locale, term: string) =>
  FIELDS_BY_WEIGHT.map((field) => fieldTerm(locale, field, term))

export type SearchTexts = Record<SearchField, string>

/** The terms an article's texts in one language are indexed under, each once, at its heaviest field. */
export function indexTerms(locale: Locale, texts: SearchTexts): string[] {
  const seen = new Set<string>()
  const stored: string[] = []
  for (const field of FIELDS_BY_WEIGHT) {
    for (const term of textTerms(tokenize(texts[field]))) {
      if (seen.has(term)) continue
      seen.add(term)
      stored.push(fieldTerm(locale, field, term))
    }
  }
  return stored
}
