export const SEARCH_MAX_LENGTH = 100

/** A query as the search box may send it: trimmed, inner whitespace collapsed, at most 100 characters. */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const text = Array.isArray(raw) ? raw[0] : raw
  return (text ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SEARCH_MAX_LENGTH)
}
