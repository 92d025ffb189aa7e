import { type Locale, isLocale, localeGroup } from './i18n/routing'
import { signToken, verifyToken } from './security/signed-token'
import { siteUrl } from './site-url'

/**
 * Preview is scoped to documents. A signed link names ONE article (its id), a language and an
 * expiry. Opening it turns on Next's draft mode (which only makes pages render per request: its
 * cookie is the same for every preview) and adds the article to the visitor's own scope cookie,
 * HttpOnly and signed. Pages show a draft only for an article that cookie names, looked up by id,
 * at that draft's own address, until the link's expiry.
 */
const LINK_PURPOSE = 'preview-link'
const SCOPE_PURPOSE = 'preview-scope'

/** A preview link works for a week: long enough to send to a colleague, not forever. */
export const PREVIEW_LIFETIME_MS = 7 * 24 * 3600 * 1000
export const PREVIEW_SCOPE_COOKIE = 'news-center-preview'
/** Articles one browser can preview at once; opening more drops the oldest. */
const MAX_SCOPE = 20

export type PreviewId = string

/** One article in a visitor's preview scope, until `expires` (ms since the epoch). */
export interface ScopeEntry {
  id: PreviewId
  expires: number
}

const isId = (value: string) => /^[A-Za-z0-9_-]{1,64}$/.test(value)
const isExpiry = (value: string) => /^\d{1,15}$/.test(value)

const PREVIEWABLE = new RegExp(`^/${localeGroup}(/[a-z0-9/-]*)?$`)
/** Only paths of this site may follow an exit from preview (no open redirect). */
export const isPreviewablePath = (path: string): boolean => PREVIEWABLE.test(path) && !path.includes('//')

/** The link the admin's Preview button and Live Preview open for one article in one language. */
export function articlePreviewUrl(
  locale: Locale,
  id: number | string | null | undefined,
  expires = Date.now() + PREVIEW_LIFETIME_MS,
): string | null {
  if (id === null || id === undefined || !isId(String(id))) return null
  const value = `articles|${id}|${locale}|${expires}`
  const params = new URLSearchParams({
    id: String(id),
    locale,
    expires: String(expires),
    token: signToken(LINK_PURPOSE, value),
  })
  return `${siteUrl()}/next/preview?${params}`
}

export type PreviewLink = { ok: true; id: PreviewId; locale: Locale; expires: number } | { ok: false }

export function checkPreviewLink(params: URLSearchParams, now = Date.now()): PreviewLink {
  const id = params.get('id') ?? ''
  const locale = params.get('locale') ?? ''
  const expires = params.get('expires') ?? ''
  if (!isId(id) || !isLocale(locale) || !isExpiry(expires) || Number(expires) < now) return { ok: false }
  return verifyToken(LINK_PURPOSE, `articles|${id}|${locale}|${expires}`, params.get('token'))
    ? { ok: true, id, locale, expires: Number(expires) }
    : { ok: false }
}

/** The scope cookie's value: `id:expires` entries and their signature. */
export function scopeCookieValue(scope: readonly ScopeEntry[]): string {
  const entries = scope.map(({ id, expires }) => `${id}:${expires}`).join(',')
  return `${entries}.${signToken(SCOPE_PURPOSE, entries)}`
}

/** The articles a scope cookie names and that have not expired; nothing if it was not signed here. */
export function readScope(value: string | undefined, now = Date.now()): ScopeEntry[] {
  if (!value) return []
  const dot = value.lastIndexOf('.')
  const entries = value.slice(0, dot)
  if (dot < 0 || !verifyToken(SCOPE_PURPOSE, entries, value.slice(dot + 1))) return []
  return entries
    .split(',')
    .map((entry) => entry.split(':'))
    .filter(([id, expires]) => isId(id ?? '') && isExpiry(expires ?? '') && Number(expires) >= now)
    .map(([id, expires]) => ({ id, expires: Number(expires) }))
}

/** The scope after opening a link: the article added (or its expiry renewed), expired ones dropped. */
export function addToScope(scope: readonly ScopeEntry[], entry: ScopeEntry, now = Date.now()): ScopeEntry[] {
  const others = scope.filter(({ id, expires }) => id !== entry.id && expires >= now)
  const renewed = {
    id: entry.id,
    expires: Math.max(entry.expires, scope.find(({ id }) => id === entry.id)?.expires ?? 0),
  }
  return [...others, renewed].slice(-MAX_SCOPE)
}

/** When the cookie may be dropped: its last entry's expiry. */
export const scopeExpiry = (scope: readonly ScopeEntry[]): Date =>
  new Date(Math.max(0, ...scope.map(({ expires }) => expires)))
