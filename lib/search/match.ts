import { type QueryTerm, type Unit, tokenize } from './tokens'

/** Where a query term was found in a text: the positions it starts at and the characters it covers. */
interface Hit {
  position: number
  start: number
  end: number
}

/** Every place each query term occurs in a tokenized text. */
export function findHits(units: Unit[], terms: QueryTerm[]): Map<string, Hit[]> {
  const wanted = new Set(terms.map(({ term }) => term))
  const hits = new Map<string, Hit[]>()
  const add = (term: string, hit: Hit) => {
    if (!wanted.has(term)) return
    const list = hits.get(term)
    if (list) list.push(hit)
    else hits.set(term, [hit])
  }
  units.forEach((unit, index) => {
    add(unit.text, { position: unit.position, start: unit.start, end: unit.end })
    if (unit.joinsNext) {
      const next = units[index + 1]
      add(unit.text + next.text, { position: unit.position, start: unit.start, end: next.end })
    }
  })
  return hits
}

/** The positions where the whole query stands as written: each term right after the one before. */
export function phraseStarts(hits: Map<string, Hit[]>, terms: QueryTerm[]): number[] {
  if (!terms.length || terms.some(({ term }) => !hits.has(term))) return []
  const at = new Map(terms.map(({ term }) => [term, new Set(hits.get(term)?.map((hit) => hit.position))]))
  const [first, ...rest] = terms
  return (hits.get(first.term) ?? [])
    .map((hit) => hit.position - first.offset)
    .filter((start) => rest.every(({ term, offset }) => at.get(term)?.has(start + offset)))
}

/** Title above summary above body. */
export const FIELD_WEIGHTS = { title: 3, summary: 2, body: 1 } as const
export type SearchField = keyof typeof FIELD_WEIGHTS

export interface Relevance {
  /** The heaviest field holding the query as a phrase (0: none). A phrase anywhere beats scattered words. */
  phrase: number
  /** The heaviest field holding every term, adjacent or not (0: the terms are spread over fields). */
  together: number
  /** Every term is somewhere in the article. */
  matches: boolean
}

/**
 * How well one article's texts answer a query. Results are ordered by `phrase`, then `together`,
 * then newest first; for one word that is simply the heaviest field it appears in.
 */
export function relevance(texts: Record<SearchField, string>, terms: QueryTerm[]): Relevance {
  let phrase = 0
  let together = 0
  const found = new Set<string>()
  for (const field of Object.keys(FIELD_WEIGHTS) as SearchField[]) {
    const hits = findHits(tokenize(texts[field]), terms)
    for (const term of hits.keys()) found.add(term)
    const weight = FIELD_WEIGHTS[field]
    if (hits.size === new Set(terms.map(({ term }) => term)).size) {
      together = Math.max(together, weight)
      if (phraseStarts(hits, terms).length) phrase = Math.max(phrase, weight)
    }
  }
  return { phrase, together, matches: terms.length > 0 && terms.every(({ term }) => found.has(term)) }
}

/** Sorts best first: phrase, then all terms in one field, then newer, then the later id. */
export function compareRelevance(
  a: { relevance: Relevance; releaseDate: string; id: number | string },
  b: { relevance: Relevance; releaseDate: string; id: number | string },
): number {
  return (
    b.relevance.phrase - a.relevance.phrase ||
    b.relevance.together - a.relevance.together ||
    b.releaseDate.localeCompare(a.releaseDate) ||
    String(b.id).localeCompare(String(a.id), 'en', { numeric: true })
  )
}

/** A piece of a snippet: plain text, or a matched term to mark. Rendered as text, never as HTML. */
export interface SnippetPart {
  text: string
  match: boolean
}

/**
 * A short passage of the body around the best match (the phrase if it is there, else the place
 * where most of the terms are close together), with every matched term marked. Without a match the
 * passage is the body's beginning. `length` is in characters: a Chinese line holds about half as
 * many as an English one.
 */
export function snippet(body: string, terms: QueryTerm[], length: number): SnippetPart[] {
  const text = body.replace(/\s+/g, ' ').trim()
  if (!text) return []
  const units = tokenize(text)
  const hits = findHits(units, terms)
  const spans = mergeSpans([...hits.values()].flat())
  const focus = bestFocus(units, hits, terms)
  let start = 0
  // A short body is shown whole; a match near the end still gets a passage of full length.
  if (focus !== null && focus > length / 3 && text.length > length) {
    start = Math.min(focus - Math.floor(length / 3), text.length - length)
    // Start at a word boundary when there is one close by.
    const space = text.lastIndexOf(' ', start)
    if (space !== -1 && start - space < 20) start = space + 1
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + length / 2) end = space
  }
  // Never cut a marked term in two.
  for (const span of spans) {
    if (span.start < start && span.end > start) start = span.start
    if (span.start < end && span.end > end) end = span.end
  }
  const parts: SnippetPart[] = []
  if (start > 0) parts.push({ text: '…', match: false })
  let cursor = start
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), match: false })
    parts.push({ text: text.slice(span.start, span.end), match: true })
    cursor = span.end
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false })
  if (end < text.length) parts.push({ text: '…', match: false })
  return parts
}

function mergeSpans(hits: Hit[]): { start: number; end: number }[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start)
  const merged: { start: number; end: number }[] = []
  for (const { start, end } of sorted) {
    const last = merged.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else merged.push({ start, end })
  }
  return merged
}

/** The character offset to centre the snippet on: the first phrase, else the densest cluster of distinct terms. */
function bestFocus(units: Unit[], hits: Map<string, Hit[]>, terms: QueryTerm[]): number | null {
  if (!hits.size) return null
  const byPosition = new Map(units.map((unit) => [unit.position, unit.start]))
  const phrase = phraseStarts(hits, terms)[0]
  if (phrase !== undefined) return byPosition.get(phrase) ?? null
  const all = [...hits.entries()]
    .flatMap(([term, list]) => list.map((hit) => ({ term, ...hit })))
    .sort((a, b) => a.position - b.position)
  let best = { count: 0, start: all[0].start }
  // Within a window of 12 positions, how many different terms occur.
  for (const [index, hit] of all.entries()) {
    const seen = new Set<string>()
    for (let next = index; next < all.length && all[next].position - hit.position < 12; next++) seen.add(all[next].term)
    if (seen.size > best.count) best = { count: seen.size, start: hit.start }
  }
  return best.start
}
