import { isLocale, type Locale } from './i18n/routing'
import { parsePage } from './paths'

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

/** Longest key in a cached results path: well inside a file name (Next stores the page under it). */
const MAX_KEY_LENGTH = 200

/** A query as one path segment: base64url of its UTF-8, so no character ("/", "..", "%") can change the path. */
export function encodeQueryKey(query: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(query)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The query a key stands for, or null when the key is not one encodeQueryKey made. */
export function decodeQueryKey(key: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(key)) return null
  try {
    const binary = atob(key.replace(/-/g, '+').replace(/_/g, '/'))
    const query = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    )
    return encodeQueryKey(query) === key && normalizeQuery(query) === query && query ? query : null
  } catch {
    return null
  }
}

/**
 * Where the proxy serves `/{locale}/search?q=…&page=N` from: `/{locale}/search/{key}/{N}`, a page
 * Next caches like any other (ISR, expired with the articles' tag), so a repeated search costs what a
 * cached article costs. Null (the page renders per request) without a query or when it is too long
 * for a path segment.
 */
export function cachedResultsPath(pathname: string, params: URLSearchParams): string | null {
  const [, locale, page, ...rest] = pathname.split('/')
  if (!isLocale(locale) || page !== 'search' || rest.some(Boolean)) return null
  const query = normalizeQuery(params.get('q') ?? undefined)
  if (!query) return null
  const key = encodeQueryKey(query)
  if (key.length > MAX_KEY_LENGTH) return null
  return resultsPath(locale, key, parsePage(params.get('page') ?? undefined) ?? 1)
}

export const resultsPath = (locale: Locale, key: string, page: number) => `/${locale}/search/${key}/${page}`
