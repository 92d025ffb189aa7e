import { articlePath } from './paths'
import { type Locale, localeGroup } from './i18n/routing'
import { signToken, verifyToken } from './security/signed-token'
import { siteUrl } from './site-url'

const PURPOSE = 'preview'
/** A preview link works for a week: long enough to send to a colleague, not forever. */
const LIFETIME_MS = 7 * 24 * 3600 * 1000

const PREVIEWABLE = new RegExp(`^/${localeGroup}(/[a-z0-9/-]*)?$`)
/** Only paths of this site may be previewed (no open redirect through /next/preview). */
export const isPreviewablePath = (path: string): boolean => PREVIEWABLE.test(path) && !path.includes('//')

/** A link that turns on Next's draft mode and opens `path`, signed with the Payload secret. */
export function previewUrl(path: string, now = Date.now()): string {
  const expires = String(now + LIFETIME_MS)
  const params = new URLSearchParams({ path, expires, token: signToken(PURPOSE, `${path}|${expires}`) })
  return `${siteUrl()}/next/preview?${params}`
}

export const articlePreviewUrl = (locale: Locale, slug: string | null | undefined) =>
  slug ? previewUrl(articlePath(locale, slug)) : null

export function checkPreviewLink(params: URLSearchParams, now = Date.now()): { ok: true; path: string } | { ok: false } {
  const path = params.get('path') ?? ''
  const expires = params.get('expires') ?? ''
  if (!isPreviewablePath(path) || !/^\d{1,15}$/.test(expires) || Number(expires) < now) return { ok: false }
  return verifyToken(PURPOSE, `${path}|${expires}`, params.get('token')) ? { ok: true, path } : { ok: false }
}
