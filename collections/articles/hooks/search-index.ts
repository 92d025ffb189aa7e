import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { removeArticleSearch, syncArticleSearch } from '../../search/sync'

/**
 * Keeps the search index in step with what visitors can read: publish, unpublish, a translation
 * completed later, a new release date, scheduled publishing (the job runner saves through the same
 * hooks). A draft that was never published has no entries and costs nothing; an autosave of a
 * published article reads the live article, finds it unchanged and writes nothing.
 */
export const updateSearchIndex: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc?._status !== 'published' && !doc?.firstPublishedAt) return doc
  await syncArticleSearch(req.payload, doc.id, req)
  return doc
}

export const removeFromSearchIndex: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await removeArticleSearch(req.payload, id, req)
}
