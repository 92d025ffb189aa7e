import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  RequestContext,
} from 'payload'

import { cacheTags } from '@/lib/cache-tags'
import { expireEverywhere } from '@/lib/cache-expiry'

/**
 * Expires cache tags so the very next request re-renders, wherever the page is kept (Next's cache
 * on every instance, the front cache): see lib/cache-expiry.ts. Writes made outside Next (seed,
 * scripts, tests) pass `context.disableRevalidate`.
 */
export async function expireTags(context: RequestContext, tags: string[]): Promise<void> {
  if (context.disableRevalidate || !tags.length) return
  await expireEverywhere(tags)
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
