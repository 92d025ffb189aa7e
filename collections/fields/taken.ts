import type { CollectionSlug, PayloadRequest } from 'payload'

import type { DocumentId } from '@/lib/db/document-id'
import { keepRequestLocale } from '@/lib/db/keep-request-locale'

/**
 * The other document of `collection` whose `field` already holds `value`, if any. Fields marked
 * `unique` ask this themselves before a save: the unique index alone answers only with Payload's
 * "Value must be unique" (or, where it is not enforced, as on the MongoDB emulator, not at all).
 * Two saves at the same instant can both pass this check: then the index is the last word.
 */
export async function takenBy<Slug extends CollectionSlug>(
  req: PayloadRequest,
  {
    collection,
    field,
    value,
    id,
    depth = 0,
  }: { collection: Slug; field: string; value: string; id?: DocumentId; depth?: number },
) {
  const found = await keepRequestLocale(req, () =>
    req.payload.find({
      collection,
      where: { and: [{ [field]: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
      limit: 1,
      depth,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  )
  return found.docs[0] ?? null
}
