import { APIError, type CollectionBeforeOperationHook, NotFound } from 'payload'

import { defaultLocale } from '@/lib/i18n/routing'

/** The most documents one REST or GraphQL request may ask for. */
export const MAX_PAGE_SIZE = 100

/**
 * A REST or GraphQL call without ?locale= would run with no locale at all, and a where on a
 * localized field then fails inside Payload (a 500): such a call reads and writes the default
 * language instead.
 */
export const defaultRequestLocale: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI !== 'local' && !req.locale) req.locale = defaultLocale
  return args
}

/** A text operator given no text (`?where[title][like]=%` decodes to null) is the caller's mistake: 400, not a 500. */
export const refuseTextOperatorWithoutText: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || operation !== 'read') return args
  const badText = textOperatorWithoutText((args as { where?: unknown }).where)
  if (badText) throw new APIError(`The "${badText}" operator needs a text value.`, 400, null, true)
  return args
}

/**
 * Over REST and GraphQL, list requests are paginated and at most MAX_PAGE_SIZE long, whatever
 * `limit` or `pagination=false` asks: one request cannot make the server read a whole collection.
 * The site's own Local API calls (sitemap, tag counts) are not capped.
 */
export const capPageSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || operation !== 'read') return args
  const requested = Number((args as { limit?: unknown }).limit)
  return {
    ...args,
    pagination: true,
    limit:
      Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_PAGE_SIZE) : Math.min(10, MAX_PAGE_SIZE),
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

const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])

/** The first text operator in a where query given no text (`?where[title][like]=%` decodes to null). */
function textOperatorWithoutText(where: unknown, depth = 0): string | null {
  if (!where || typeof where !== 'object' || depth > 20) return null
  for (const [key, value] of Object.entries(where)) {
    if (TEXT_OPERATORS.has(key) && (typeof value !== 'string' || !value)) return key
    const nested = Array.isArray(value)
      ? value.map((item) => textOperatorWithoutText(item, depth + 1)).find(Boolean)
      : textOperatorWithoutText(value, depth + 1)
    if (nested) return nested
  }
  return null
}
