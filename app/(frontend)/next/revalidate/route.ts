import { revalidateTag } from 'next/cache'

import { REVALIDATE_PURPOSE } from '@/collections/hooks/revalidate'
import { purgeEdge } from '@/lib/edge/purge'
import { verifyToken } from '@/lib/security/signed-token'

/**
 * Expires cache tags on behalf of work done inside this server but outside a request (the job
 * runner publishing a scheduled article). Only calls signed with the Payload secret are obeyed.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text()
  if (body.length > 10_000 || !verifyToken(REVALIDATE_PURPOSE, body, request.headers.get('x-revalidate-token'))) {
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
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  await purgeEdge(tags)
  return Response.json({ revalidated: tags })
}
