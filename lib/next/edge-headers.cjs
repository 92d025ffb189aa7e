// The headers a shared cache (Varnish, a CDN) needs on a cached page, written once, where the page
// enters Next's cache (lib/next/cache-handler.cjs), so that every reader gets the same bytes and
// the same headers and no code runs per request to add them.
const { contentSecurityPolicy, servedOverHttps } = require('../security/csp.cjs')

/** Where Next lists the tags a cached page or route read (unstable_cache tags and its own). */
const NEXT_TAGS_HEADER = 'x-next-cache-tags'
/** Next's implicit per-path tags: not ours, nothing purges by them. */
const IMPLICIT_TAG_PREFIX = '_N_T_'
/** The response header naming a page's tags for Varnish's xkey module (see deploy/varnish/). */
const EDGE_TAGS_HEADER = 'xkey'
/** How long a shared cache may keep answering with a stale copy while the app fails. */
const STALE_IF_ERROR_SECONDS = 24 * 3600
/** The pages' own `revalidate` (an hour), for an entry that does not say. */
const DEFAULT_REVALIDATE_SECONDS = 3600
const ONE_YEAR_SECONDS = 365 * 24 * 3600
/** How long a shared cache may keep a 404 of a cached route. */
const NOT_FOUND_SECONDS = 60

/**
 * The tags of lib/cache-tags.ts that a cached entry read, from the list Next keeps on it.
 * @param {Record<string, unknown> | undefined} headers
 * @returns {string[]}
 */
function pageTags(headers) {
  const listed = headers?.[NEXT_TAGS_HEADER]
  if (typeof listed !== 'string') return []
  return [...new Set(listed.split(',').filter((tag) => tag && !tag.startsWith(IMPLICIT_TAG_PREFIX)))]
}

/**
 * `Cache-Control` for a page every reader may share: browsers ask again each time (max-age=0), a
 * shared cache keeps it as long as Next does and purges it by tag; it may answer with the stale
 * copy while the page is being rendered again, or while the app fails.
 * @param {{ revalidate?: number | false, expire?: number } | undefined} cacheControl Next's for the entry
 * @returns {string}
 */
function sharedCacheControl(cacheControl) {
  const revalidate =
    typeof cacheControl?.revalidate === 'number' && cacheControl.revalidate > 0
      ? cacheControl.revalidate
      : DEFAULT_REVALIDATE_SECONDS
  const expire =
    typeof cacheControl?.expire === 'number' && cacheControl.expire > revalidate
      ? cacheControl.expire
      : ONE_YEAR_SECONDS
  return `public, max-age=0, s-maxage=${revalidate}, stale-while-revalidate=${expire - revalidate}, stale-if-error=${STALE_IF_ERROR_SECONDS}`
}

/** Statuses a cached page answers with that a shared cache may keep: the page, and the redirects of moved slugs. */
const SHAREABLE = new Set([200, 301, 308])

/**
 * Writes the edge headers into a cache entry's value (Next sends `value.headers` with the page,
 * on the render that fills the cache and on every hit). Returns false, changing nothing, when the
 * value is not the shape this code knows, so the caller can say so once and carry on.
 * @param {any} value a cache entry's value: `{ kind, status, headers, html? }`
 * @param {{ revalidate?: number | false, expire?: number } | undefined} cacheControl
 * @returns {boolean}
 */
function addEdgeHeaders(value, cacheControl) {
  if (!value || (value.kind !== 'APP_PAGE' && value.kind !== 'APP_ROUTE')) return true
  if (value.headers !== undefined && (typeof value.headers !== 'object' || value.headers === null)) return false
  const headers = (value.headers ??= {})
  const status = value.status ?? 200
  const html = value.kind === 'APP_PAGE'
  if (SHAREABLE.has(status)) {
    headers['cache-control'] = sharedCacheControl(cacheControl)
    const tags = pageTags(headers)
    if (tags.length) headers[EDGE_TAGS_HEADER] = tags.join(' ')
    // A cached page carries no inline script (static-html.cjs): no nonce to mint per response.
    if (html) headers['content-security-policy'] = contentSecurityPolicy({ https: servedOverHttps() })
  } else if (html && status === 404) {
    // Briefly shared (a flood of made-up slugs stays off the app), and purged by the tags the
    // lookup read, so the article published under that address shows at once.
    headers['cache-control'] = `public, max-age=0, s-maxage=${NOT_FOUND_SECONDS}`
    const tags = pageTags(headers)
    if (tags.length) headers[EDGE_TAGS_HEADER] = tags.join(' ')
    // Next renders a cached route's 404 as an empty shell that only its inline scripts fill in
    // (vercel/next.js#62228), and no proxy runs on these routes to mint a nonce for them.
    headers['content-security-policy'] = contentSecurityPolicy({ inlineScripts: true, https: servedOverHttps() })
  }
  return true
}

module.exports = { addEdgeHeaders, pageTags, sharedCacheControl, EDGE_TAGS_HEADER, NEXT_TAGS_HEADER }
