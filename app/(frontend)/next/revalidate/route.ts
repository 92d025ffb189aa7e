import { revalidateTag } from 'next/cache'

import { REVALIDATE_PURPOSE } from '@/collections/hooks/revalidate'
import { cacheTags } from '@/lib/cache-tags'
import { readLimitedText } from '@/lib/http/body-limit'
import { movedSlugsChanged } from '@/lib/redirects/moved-slugs'
import { verifyToken } from '@/lib/security/signed-token'

/** A list of tags: far less than this. Nothing larger is read. */
const MAX_BODY_BYTES = 10_000

/**
 * Expires cache tags on behalf of work done inside this server but outside a request (the job
 * runner publishing a scheduled article). Only calls signed with the Payload secret are obeyed.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await readLimitedText(request, MAX_BODY_BYTES)
  // What was not read may still be coming: this connection carries nothing more.
  if (body === null) return Response.json({ error: `body over ${MAX_BODY_BYTES} bytes` }, { status: 413, headers: { connection: 'close' } })
  if (!verifyToken(REVALIDATE_PURPOSE, body, request.headers.get('x-revalidate-token'))) {
    return Response.json({ error: 'forbidden' }, { status: 403 })
  }
  let tags: unknown
  try {
    tags = (JSON.parse(body) as { tags?: unknown }).tags
  } catch {
    return Response.json({ error: 'invalid JSON' }, { status: 400 })
  }
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) {
    return Response.json({ error: 'tags must be a list of strings' }, { status: 400 })
  }
  if (tags.includes(cacheTags.redirects)) movedSlugsChanged()
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
