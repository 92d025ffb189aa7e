import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { PREVIEW_SCOPE_COOKIE, isPreviewablePath } from '@/lib/preview'

/** Leaves draft mode, forgets every previewed article, and returns to the published page. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  ;(await cookies()).delete(PREVIEW_SCOPE_COOKIE)
  const path = new URL(request.url).searchParams.get('path') ?? ''
  redirect(isPreviewablePath(path) ? path : '/')
}
