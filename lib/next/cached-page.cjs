// What a page becomes on its way into (and out of) Next's cache: no hydration (static-html.cjs) and
// the headers a shared cache needs (edge-headers.cjs). Kept apart from the handler so it can be
// tested on real entries.
const { createHash } = require('node:crypto')

const { addEdgeHeaders } = require('./edge-headers.cjs')
const { withoutHydration } = require('./static-html.cjs')

/**
 * A strong validator computed once per cached page (next.config.ts turns Next's own off: it hashed
 * the whole body on every response). Varnish and browsers revalidate with it.
 * @param {string} html
 */
const entityTag = (html) => `"${createHash('sha1').update(html).digest('base64url')}"`

/**
 * Gives a cache entry's value its cached form, in place. Anything of a shape this code does not know
 * is left exactly as Next made it, and `warn` is told why (the handler says so once per message).
 * @param {any} value a cache entry's value (`{ kind, status, headers, html, … }`)
 * @param {{ revalidate?: number | false, expire?: number } | undefined} cacheControl
 * @param {(message: string) => void} warn
 */
function prepareCachedPage(value, cacheControl, warn) {
  if (!value || typeof value !== 'object') return
  try {
    if (!addEdgeHeaders(value, cacheControl))
      warn(`A cached ${value.kind} had headers of an unexpected shape; it is sent without edge headers.`)
    if (value.kind !== 'APP_PAGE' || (value.status ?? 200) !== 200 || value.html == null) return
    if (typeof value.html === 'string') value.html = withoutHydration(value.html)
    else if (Buffer.isBuffer(value.html)) value.html = withoutHydration(value.html.toString('utf8'))
    else return warn('A cached page held its HTML in an unexpected form; it is served with hydration.')
    if (typeof value.headers === 'object' && value.headers !== null && !value.headers.etag)
      value.headers.etag = entityTag(value.html)
  } catch (error) {
    warn(`Could not prepare a cached page (${String(error)}); it is served as rendered.`)
  }
}

module.exports = { prepareCachedPage }
