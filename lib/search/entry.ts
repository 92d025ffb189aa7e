import { FIELD_WEIGHTS, type SearchField } from './match'
import { textTerms, tokenize } from './tokens'

/**
 * The index stores each term once per article and language, prefixed with the heaviest field it
 * occurs in: `t:` title, `s:` summary, `b:` body. A one-word search is then an equality on an
 * indexed column per field, and the results come out of the database already in order.
 */
export const FIELD_PREFIX: Record<SearchField, string> = { title: 't:', summary: 's:', body: 'b:' }

/** Heaviest field first. */
export const FIELDS_BY_WEIGHT = (Object.keys(FIELD_WEIGHTS) as SearchField[]).sort((a, b) => FIELD_WEIGHTS[b] - FIELD_WEIGHTS[a])

/** The stored form of `term` for a field. */
export const fieldTerm = (field: SearchField, term: string) => `${FIELD_PREFIX[field]}${term}`

/** Every stored form of a term, one per field: any of them means the article contains it. */
export const anyFieldTerms = (term: string) => FIELDS_BY_WEIGHT.map((field) => fieldTerm(field, term))

export type SearchTexts = Record<SearchField, string>

/** The terms an article's texts in one language are indexed under, each once, at its heaviest field. */
export function indexTerms(texts: SearchTexts): string[] {
  const seen = new Set<string>()
  const stored: string[] = []
  for (const field of FIELDS_BY_WEIGHT) {
    for (const term of textTerms(tokenize(texts[field]))) {
      if (seen.has(term)) continue
      seen.add(term)
      stored.push(fieldTerm(field, term))
    }
  }
  return stored
}
