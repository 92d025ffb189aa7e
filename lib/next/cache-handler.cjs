// Next's own file-system cache for rendered pages, with each cached page stored and served
// without hydration (see static-html.cjs). Configured as `cacheHandler` in next.config.ts.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default

const { withoutHydration } = require('./static-html.cjs')

function strip(value) {
  // A cached 404 is an empty shell that React fills in from the flight data: it keeps its scripts.
  if (value?.kind !== 'APP_PAGE' || value.html == null || (value.status ?? 200) !== 200) return
  const html = typeof value.html === 'string' ? value.html : Buffer.from(value.html).toString('utf8')
  value.html = withoutHydration(html)
}

module.exports = class StaticPageCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    strip(entry?.value)
    return entry
  }

  async set(key, data, ctx) {
    strip(data)
    return super.set(key, data, ctx)
  }
}
