import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, RequestContext } from 'payload'

import { cacheTags } from '@/lib/cache-tags'

/**
 * Expires cache tags so the next request re-renders. Writes made outside a Next request (seed,
 * scripts, tests) pass `context.disableRevalidate`; Next's store is missing there anyway.
 */
export function expireTags(context: RequestContext, tags: string[]): void {
  if (context.disableRevalidate) return
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!String(error).includes('static generation store missing')) throw error
    }
  }
}

export const revalidateTaxonomy: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  expireTags(req.context, [cacheTags.taxonomy, cacheTags.articles])
  return doc
}

export const revalidateMedia: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  expireTags(req.context, [cacheTags.media, cacheTags.articles, cacheTags.settings])
  return doc
}

export const revalidateDatasets: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  expireTags(req.context, [cacheTags.datasets])
  return doc
}

export const revalidateGlobal =
  (tag: string): GlobalAfterChangeHook =>
  ({ doc, req }) => {
    expireTags(req.context, [tag])
    return doc
  }
