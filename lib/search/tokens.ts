/**
 * How search reads text, in one place for the index, the query and the highlights.
 *
 * - Latin (and any other spaced) script: words of letters and digits, NFKC-normalized (full-width
 *   "ＷＩＰＯ" is "WIPO") and lower-cased. No stemming: a word matches itself only, so a highlight
 *   always marks exactly what was asked for.
 * - Chinese (and Japanese kana): no spaces between words, so every character is a position of its
 *   own; the index holds each character and each pair of neighbours (the standard CJK bigrams), and a
 *   query of two or more characters looks for its pairs, so 专利 finds 专利 wherever it stands.
 */

/** One indexed position in a text: a word, or one Chinese character. */
export interface Unit {
  /** Normalized: NFKC, lower case. */
  text: string
  /** Where it stands in the original string (UTF-16 offsets), for highlighting. */
  start: number
  end: number
  /** Consecutive positions are neighbours: words count one each, Chinese characters one each. */
  position: number
  /** A Chinese character (bigram-indexed) rather than a word. */
  cjk: boolean
  /** The next unit is its neighbour in the same run of Chinese characters (a bigram can be formed). */
  joinsNext: boolean
}

/** A word cut off here: no real word is longer, and a pasted blob must not bloat the index. */
export const MAX_WORD_LENGTH = 40

const RUN = /[\p{L}\p{N}\p{M}]+/gu
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

const normalize = (text: string) => text.normalize('NFKC').toLowerCase()

/** The units of a text, in order. */
export function tokenize(text: string): Unit[] {
  const units: Unit[] = []
  let position = 0
  for (const run of text.matchAll(RUN)) {
    const runStart = run.index
    let word: { start: number; end: number } | null = null
    const endWord = () => {
      if (!word) return
      const value = normalize(text.slice(word.start, word.end)).slice(0, MAX_WORD_LENGTH)
      units.push({ text: value, start: word.start, end: word.end, position: position++, cjk: false, joinsNext: false })
      word = null
    }
    let offset = 0
    for (const char of run[0]) {
      const start = runStart + offset
      offset += char.length
      if (CJK.test(char)) {
        endWord()
        const previous = units.at(-1)
        if (previous?.cjk && previous.end === start) previous.joinsNext = true
        units.push({
          text: normalize(char),
          start,
          end: start + char.length,
          position: position++,
          cjk: true,
          joinsNext: false,
        })
      } else if (word) {
        word.end = start + char.length
      } else {
        word = { start, end: start + char.length }
      }
    }
    endWord()
  }
  return units
}

/** Every term a text is found by: its words, its Chinese characters and their bigrams. */
export function textTerms(units: Unit[]): Set<string> {
  const terms = new Set<string>()
  units.forEach((unit, index) => {
    terms.add(unit.text)
    if (unit.joinsNext) terms.add(unit.text + units[index + 1].text)
  })
  return terms
}

/**
 * A query's terms, each with the position it starts at (relative to the first), so a phrase can be
 * checked: words as they are, a single Chinese character as itself, a longer run as its bigrams.
 */
export interface QueryTerm {
  term: string
  offset: number
  /** Positions it covers: 1 for a word or a lone character, 2 for a bigram. */
  width: number
}

/** A query is looked up by its first terms only: each costs an index lookup, and no one types more. */
export const MAX_QUERY_TERMS = 12

export function queryTerms(query: string): QueryTerm[] {
  const units = tokenize(query)
  const first = units[0]?.position ?? 0
  const terms: QueryTerm[] = []
  units.forEach((unit, index) => {
    const previous = units[index - 1]
    if (!unit.cjk) terms.push({ term: unit.text, offset: unit.position - first, width: 1 })
    else if (unit.joinsNext)
      terms.push({ term: unit.text + units[index + 1].text, offset: unit.position - first, width: 2 })
    // A character alone, neither the start of a pair nor the end of one.
    else if (!previous?.joinsNext) terms.push({ term: unit.text, offset: unit.position - first, width: 1 })
  })
  return terms.slice(0, MAX_QUERY_TERMS)
}

/** The query as the cache knows it: the same terms in the same order give the same key. */
export const queryKey = (terms: QueryTerm[]) => terms.map(({ term, offset }) => `${offset}:${term}`).join(' ')

/** The distinct terms of a query, for the index lookups. */
export const distinctTerms = (terms: QueryTerm[]) => [...new Set(terms.map(({ term }) => term))]
