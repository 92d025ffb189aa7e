import type { Locale } from '@/lib/i18n/routing'

import { FIELD_WEIGHTS, type SearchField } from './match'
import { textTerms, tokenize } from './tokens'

/**
 * What the index stores for one article in one language: each term once, named with its language
 * (`en:patent`, `zh:专利`), scored by the heaviest field it occurs in (FIELD_WEIGHTS: title 3,
 * summary 2, body 1). One term's postings sorted by score then date are its results in order.
 */
export const storedTerm = (locale: Locale, term: string) => `${locale}:${term}`

/** Each digit d as 9 − d: a fixed-width ISO date so written sorts newest first. */
const newestFirst = (iso: string) => iso.replace(/\d/g, (digit) => String(9 - Number(digit)))

/**
 * The sort key of a posting, unique: the field weight (as 4 − weight), the release date (digits
 * inverted), the article and the term. Compared as text, ascending, it orders one term's postings
 * heaviest field first, then newest (the article only breaks ties, in any fixed order), on any
 * collation. Ascending because Payload's MongoDB adapter recognizes a unique sort key only when it
 * is written without a minus, and otherwise appends the id (which the index does not hold).
 */
export const postingRank = (score: number, releaseDate: string, article: string | number, term: string) =>
  `${4 - score}|${newestFirst(releaseDate)}|${article}|${term}`

/** Heaviest field first. */
const FIELDS_BY_WEIGHT = (Object.keys(FIELD_WEIGHTS) as SearchField[]).sort(
  (a, b) => FIELD_WEIGHTS[b] - FIELD_WEIGHTS[a],
)

export type SearchTexts = Record<SearchField, string>

export interface PostingTerm {
  term: string
  score: number
}

/** The terms an article's texts in one language are indexed under, each once, scored by its heaviest field. */
export function postingTerms(locale: Locale, texts: SearchTexts): PostingTerm[] {
  const seen = new Set<string>()
  const postings: PostingTerm[] = []
  for (const field of FIELDS_BY_WEIGHT) {
    for (const term of textTerms(tokenize(texts[field]))) {
      if (seen.has(term)) continue
      seen.add(term)
      postings.push({ term: storedTerm(locale, term), score: FIELD_WEIGHTS[field] })
    }
  }
  return postings
}
