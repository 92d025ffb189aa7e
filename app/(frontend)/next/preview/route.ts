import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { checkPreviewLink } from '@/lib/preview'

/** Opens a signed preview link: turns on draft mode, then shows the page with its latest draft. */
export async function GET(request: Request): Promise<Response> {
  const link = checkPreviewLink(new URL(request.url).searchParams)
  if (!link.ok) {
    return new Response('This preview link is invalid or has expired. Open a new one from the admin.', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  ;(await draftMode()).enable()
  redirect(link.path)
}
