// A page store kept in this process's memory: what the cache handler falls back to when Next's own
// file-system cache cannot be loaded. It follows the handler contract Next documents for
// `cacheHandler`: get/set by key, entries expire when one of their tags is revalidated.
const NEXT_TAGS_HEADER = 'x-next-cache-tags'
/** Entries kept at most; the oldest go first. */
const MAX_ENTRIES = 2000

/** Shared by every handler instance in the process (Next makes one per request). */
const state = (globalThis.__newsCenterMemoryPages ??= { entries: new Map(), expiredTags: new Map() })

/** The tags an entry depends on: a data cache entry's own, or those Next listed on a page. */
function entryTags(value, ctx) {
  if (value?.kind === 'FETCH') return [...(value.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
  const listed = value?.headers?.[NEXT_TAGS_HEADER]
  return typeof listed === 'string' ? listed.split(',') : []
}

class MemoryPageStore {
  async get(key, ctx) {
    const entry = state.entries.get(key)
    if (!entry) return null
    const expired = entryTags(entry.value, ctx).some((tag) => (state.expiredTags.get(tag) ?? 0) > entry.lastModified)
    if (expired) {
      state.entries.delete(key)
      return null
    }
    return entry
  }

  async set(key, data, ctx) {
    if (!data) {
      state.entries.delete(key)
      return
    }
    state.entries.delete(key)
    state.entries.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl })
    if (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value)
  }

  async revalidateTag(tags) {
    const now = Date.now()
    for (const tag of typeof tags === 'string' ? [tags] : tags) state.expiredTags.set(tag, now)
  }

  resetRequestCache() {}
}

module.exports = { MemoryPageStore }
