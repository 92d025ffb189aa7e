// Next's own file-system cache for rendered pages, with each cached page stored and served
// without hydration (see static-html.cjs). Configured as `cacheHandler` in next.config.ts.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default

const { withoutHydration } = require('./static-html.cjs')

/**
 * Next's 404 for a page is an empty shell that React fills in from inline scripts. Cached, those
 * scripts would keep the nonce of the request that rendered them, and the next reader's
 * Content-Security-Policy would refuse them: a 404 is rendered for every request instead.
 */
const isNotFoundPage = (value) => value?.kind === 'APP_PAGE' && value.status === 404

function strip(value) {
  if (value?.kind !== 'APP_PAGE' || value.html == null || (value.status ?? 200) !== 200) return
  const html = typeof value.html === 'string' ? value.html : Buffer.from(value.html).toString('utf8')
  value.html = withoutHydration(html)
}

module.exports = class StaticPageCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (isNotFoundPage(entry?.value)) return null
    strip(entry?.value)
    return entry
  }

  async set(key, data, ctx) {
    if (isNotFoundPage(data)) return
    strip(data)
    return super.set(key, data, ctx)
  }
}
