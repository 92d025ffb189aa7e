import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { getArticleDraftById } from '@/lib/data/articles'
import { articlePath } from '@/lib/paths'
import {
  PREVIEW_SCOPE_COOKIE,
  addToScope,
  checkPreviewLink,
  readScope,
  scopeCookieValue,
  scopeExpiry,
} from '@/lib/preview'
import { siteUrl } from '@/lib/site-url'

const refusal = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })

/**
 * Opens a signed preview link: adds its article to this browser's preview scope (lib/preview.ts),
 * turns on draft mode, and shows the article's latest draft at the draft's own address.
 */
export async function GET(request: Request): Promise<Response> {
  const link = checkPreviewLink(new URL(request.url).searchParams)
  if (!link.ok) return refusal('This preview link is invalid or has expired. Open a new one from the admin.', 403)
  const draft = await getArticleDraftById(link.locale, link.id)
  if (!draft?.slug) return refusal('The article of this preview link no longer exists.', 404)
  const jar = await cookies()
  const scope = addToScope(readScope(jar.get(PREVIEW_SCOPE_COOKIE)?.value), { id: link.id, expires: link.expires })
  jar.set(PREVIEW_SCOPE_COOKIE, scopeCookieValue(scope), {
    httpOnly: true,
    sameSite: 'lax',
    secure: siteUrl().startsWith('https://'),
    path: '/',
    expires: scopeExpiry(scope),
  })
  ;(await draftMode()).enable()
  redirect(articlePath(link.locale, draft.slug))
}
