// Next's cache for rendered pages and data (configured as `cacheHandler` in next.config.ts). Each
// cached page is stored and served without hydration (static-html.cjs) and with the headers a
// shared cache needs (edge-headers.cjs).
//
// Where entries live: with REDIS_URL, in Redis, shared by every instance (redis-store.cjs);
// otherwise in Next's own file-system cache. If that internal module is not where or what this code
// expects (a Next upgrade), pages are kept in memory instead; an entry of a shape this code does not
// know is served as Next rendered it. Either way the server says so once.
//
// Tag expiry is read from lib/next/tag-expiry.cjs as well as from Next, so tags expired outside a
// request (the job runner) or by another instance take effect on the next request.
const { prepareCachedPage } = require('./cached-page.cjs')
const { MemoryPageStore } = require('./memory-store.cjs')
const { RedisPageStore } = require('./redis-store.cjs')
const { entryTags, expireCacheTags, expiredHereSince } = require('./tag-expiry.cjs')

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
    if (
      typeof loaded === 'function' &&
      ['get', 'set', 'revalidateTag'].every((name) => typeof proto?.[name] === 'function')
    )
      return loaded
  } catch {
    // Reported below.
  }
  warnOnce("Next's file-system cache is not where this version expected it; cached pages are kept in memory.")
  return null
}

const FileSystemCache = process.env.REDIS_URL ? null : loadFileSystemCache()
const Store = process.env.REDIS_URL ? RedisPageStore : (FileSystemCache ?? MemoryPageStore)

/**
 * Search results are cached per query (lib/search-query.ts), and anyone can ask for new queries:
 * on the file system they would never be evicted, so they are kept in memory, the oldest dropped
 * first (Redis keeps them with a time to live).
 */
const searchResults = new MemoryPageStore()
const isSearchResults = (key) =>
  Boolean(FileSystemCache) && typeof key === 'string' && /\/search\/[^/]+\/\d+$/.test(key)

/** A 404 is not kept: every made-up address would become a file of its own. */
const isNotFoundPage = (value) => value?.kind === 'APP_PAGE' && value.status === 404

/** Longest path segment kept: no page has one this long, and the file system refuses longer names. */
const MAX_SEGMENT = 200
const tooLong = (key) => typeof key === 'string' && key.split('/').some((segment) => segment.length > MAX_SEGMENT)

/** Gives a page its cached form: no hydration, edge headers. Anything unexpected is left as it is. */
const present = (value, cacheControl) => prepareCachedPage(value, cacheControl, warnOnce)

module.exports = class StaticPageCache extends Store {
  async get(key, ctx) {
    const entry = isSearchResults(key) ? await searchResults.get(key) : await super.get(key, ctx)
    if (!entry || isNotFoundPage(entry.value)) return null
    if (expiredHereSince(entryTags(entry.value, ctx), entry.lastModified ?? 0)) return null
    present(entry.value, entry.cacheControl)
    return entry
  }

  async set(key, data, ctx) {
    // The 404 is not kept, but the answer being sent is this same value: it gets its headers.
    present(data, ctx?.cacheControl)
    if (isNotFoundPage(data) || tooLong(key)) return
    if (isSearchResults(key)) return searchResults.set(key, data, ctx)
    return super.set(key, data, ctx)
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    if (Store !== RedisPageStore) await expireCacheTags(typeof tags === 'string' ? [tags] : tags)
  }
}
