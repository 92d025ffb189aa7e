import type { CollectionBeforeOperationHook } from 'payload'

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
