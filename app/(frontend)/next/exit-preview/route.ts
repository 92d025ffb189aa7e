import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isPreviewablePath } from '@/lib/preview'

/** Leaves draft mode and returns to the published page. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path') ?? ''
  redirect(isPreviewablePath(path) ? path : '/')
}
