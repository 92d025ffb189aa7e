import { type CollectionBeforeOperationHook, NotFound } from 'payload'

/** The most documents one REST or GraphQL request may ask for. */
export const MAX_PAGE_SIZE = 100

/**
 * Over REST and GraphQL, list requests are paginated and at most MAX_PAGE_SIZE long, whatever
 * `limit` or `pagination=false` asks: one request cannot make the server read a whole collection.
 * The site's own Local API calls (sitemap, tag counts) are not capped.
 */
export const capPageSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local') return args
  const requested = Number((args as { limit?: unknown }).limit)
  return {
    ...args,
    pagination: true,
    limit: Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_PAGE_SIZE) : Math.min(10, MAX_PAGE_SIZE),
  }
}

/**
 * An id that cannot exist on this database ("not-an-id" where ids are numbers) is a 404, before
 * the database is asked and fails.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  const text = String(id)
  const valid = req.payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(text) : /^[a-f\d]{24}$/i.test(text)
  if (!valid) throw new NotFound(req.t)
  return args
}
