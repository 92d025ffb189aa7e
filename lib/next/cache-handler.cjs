// Next's cache for rendered pages (configured as `cacheHandler` in next.config.ts). Each cached page
// is stored and served without hydration (static-html.cjs) and with the headers a shared cache
// needs (edge-headers.cjs). Storage is Next's own file-system cache; if that internal module is not
// where or what this code expects (a Next upgrade), pages are kept in memory instead. An entry of a
// shape this code does not know is served as Next rendered it. Either way the server says so once.
const { prepareCachedPage } = require('./cached-page.cjs')
const { MemoryPageStore } = require('./memory-store.cjs')

const warned = new Set()
/** @param {string} message */
function warnOnce(message) {
  if (warned.has(message)) return
  warned.add(message)
  console.warn(`[cache-handler] ${message}`)
}

/** Next's file-system cache, or null when this Next has no such module of the expected shape. */
function loadFileSystemCache() {
  try {
    const loaded = require('next/dist/server/lib/incremental-cache/file-system-cache').default
    const proto = loaded?.prototype
    if (typeof loaded === 'function' && ['get', 'set', 'revalidateTag'].every((name) => typeof proto?.[name] === 'function')) return loaded
  } catch {
    // Reported below.
  }
  warnOnce("Next's file-system cache is not where this version expected it; cached pages are kept in memory and served as rendered.")
  return null
}

const FileSystemCache = loadFileSystemCache()
const Store = FileSystemCache ?? MemoryPageStore

/** A 404 is not kept: every made-up address would become a file of its own. */
const isNotFoundPage = (value) => value?.kind === 'APP_PAGE' && value.status === 404

/** Longest path segment kept: no page has one this long, and the file system refuses longer names. */
const MAX_SEGMENT = 200
const tooLong = (key) => typeof key === 'string' && key.split('/').some((segment) => segment.length > MAX_SEGMENT)

/** Gives a page its cached form: no hydration, edge headers. Anything unexpected is left as it is. */
const present = (value, cacheControl) => prepareCachedPage(value, cacheControl, warnOnce)

module.exports = class StaticPageCache extends Store {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (isNotFoundPage(entry?.value)) return null
    present(entry?.value, entry?.cacheControl)
    return entry
  }

  async set(key, data, ctx) {
    // The 404 is not kept, but the answer being sent is this same value: it gets its headers.
    present(data, ctx?.cacheControl)
    if (isNotFoundPage(data) || tooLong(key)) return
    return super.set(key, data, ctx)
  }
}
