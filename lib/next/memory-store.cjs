// A page store kept in this process's memory: what the cache handler falls back to when Next's own
// file-system cache cannot be loaded. It follows the contract Next documents for `cacheHandler`:
// get/set by key; entries whose tags were expired since they were stored are not returned (the
// handler checks that, lib/next/tag-expiry.cjs).
const { expireCacheTags } = require('./tag-expiry.cjs')

/** Entries kept at most; the oldest go first. */
const MAX_ENTRIES = 2000

/** Shared by every handler instance in the process (Next makes one per request). */
const state = (globalThis.__newsCenterMemoryPages ??= { entries: new Map() })

class MemoryPageStore {
  async get(key) {
    return state.entries.get(key) ?? null
  }

  async set(key, data, ctx) {
    state.entries.delete(key)
    if (!data) return
    state.entries.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl })
    if (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value)
  }

  async revalidateTag(tags) {
    await expireCacheTags(typeof tags === 'string' ? [tags] : tags)
  }

  resetRequestCache() {}
}

module.exports = { MemoryPageStore }
