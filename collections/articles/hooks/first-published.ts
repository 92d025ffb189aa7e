import type { FieldHook } from 'payload'

/**
 * `firstPublishedAt` is the server's to set: the stored value is kept whatever a request sends, and
 * the first save with `_status: 'published'` stamps it.
 */
export const keepFirstPublished: FieldHook = ({ originalDoc, data }) => {
  const kept = (originalDoc as { firstPublishedAt?: string | null } | undefined)?.firstPublishedAt
  if (kept) return kept
  return data?._status === 'published' ? new Date().toISOString() : null
}
