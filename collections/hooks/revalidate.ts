import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, RequestContext } from 'payload'

import { cacheTags } from '@/lib/cache-tags'
import { purgeEdge } from '@/lib/edge/purge'
import { signToken } from '@/lib/security/signed-token'
import { internalOrigin } from '@/lib/site-url'

export const REVALIDATE_PURPOSE = 'revalidate'

/**
 * Expires cache tags so the very next request re-renders, in Next's cache and in the front cache
 * (Varnish or a CDN, lib/edge/purge.ts), which drops every page tagged with one of them.
 *
 * Inside a Next route handler (the admin's REST calls, GraphQL) Next's own `revalidateTag` does it.
 * Where Next refuses — the job runner (scheduled publishing) works outside any request, and the
 * admin's create view saves its first autosave while rendering — the tags are posted to the
 * server's own `/next/revalidate` route, signed with the Payload secret. Writes made outside Next
 * (seed, scripts, tests) pass `context.disableRevalidate`, or reach the server only if one listens.
 */
export async function expireTags(context: RequestContext, tags: string[]): Promise<void> {
  if (context.disableRevalidate || !tags.length) return
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    // The route purges the front too.
    await expireThroughServer(tags)
    return
  }
  await purgeEdge(tags)
}

async function expireThroughServer(tags: string[]): Promise<void> {
  const origin = internalOrigin()
  if (!origin) return
  const body = JSON.stringify({ tags })
  try {
    const response = await fetch(`${origin}/next/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-token': signToken(REVALIDATE_PURPOSE, body) },
      body,
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) console.warn(`Revalidation of ${tags.join(', ')} answered ${response.status}`)
  } catch (error) {
    // No server listening (a script run on its own): there is no cache to expire.
    if (process.env.NEXT_RUNTIME) console.warn(`Revalidation of ${tags.join(', ')} failed: ${String(error)}`)
  }
}

export const revalidateTaxonomy: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  await expireTags(req.context, [cacheTags.taxonomy, cacheTags.articles])
  return doc
}

export const revalidateMedia: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  await expireTags(req.context, [cacheTags.media, cacheTags.articles, cacheTags.settings])
  return doc
}

export const revalidateDatasets: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  await expireTags(req.context, [cacheTags.datasets])
  return doc
}

export const revalidateRedirects: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  await expireTags(req.context, [cacheTags.redirects])
  return doc
}

export const revalidateGlobal =
  (tag: string): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    await expireTags(req.context, [tag])
    return doc
  }
