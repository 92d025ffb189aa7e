import type { CollectionBeforeOperationHook } from 'payload'

/** How deep REST and GraphQL may populate relationships for visitors: what the site's own pages use. */
export const ANONYMOUS_MAX_DEPTH = 2

/**
 * `?depth=` for anonymous callers stops at ANONYMOUS_MAX_DEPTH (Payload's own maximum, 10, is for
 * everyone). Signed-in users keep Payload's limit; the one relationship that leads back to its own
 * collection (`related`) populates one level only (its field's maxDepth).
 */
export const capAnonymousDepth: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI === 'local' || req.user) return args
  const depth = (args as { depth?: unknown }).depth
  if (typeof depth !== 'number' || depth <= ANONYMOUS_MAX_DEPTH) return args
  return { ...args, depth: ANONYMOUS_MAX_DEPTH }
}
