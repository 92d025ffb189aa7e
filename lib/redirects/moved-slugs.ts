/**
 * Old article slugs and where they lead now, held in memory so the proxy can answer an old address
 * with a 301 before any page renders (a page can only answer 307 or 308).
 *
 * The proxy and the route handlers are bundled apart, so the state lives on globalThis. A change
 * made in this process (a publish, a rename, a deleted redirect) marks the map stale at once, so
 * the very next request reads the new one; changes made by another instance are picked up within
 * `MAX_AGE_MS`. Whatever the map misses, the article page still redirects (308) by itself.
 */
const MAX_AGE_MS = 10_000

export type MovedSlugs = Record<string, string>

interface Store {
  /** Bumped on every local change. */
  version: number
  loaded?: { version: number; at: number; slugs: Map<string, string> }
  loading?: { version: number; promise: Promise<void> }
}

const state = globalThis as typeof globalThis & { __newsCenterMovedSlugs?: Store }
const store = (): Store => (state.__newsCenterMovedSlugs ??= { version: 0 })

/** Redirects or the articles they point at changed in this process. */
export function movedSlugsChanged(): void {
  store().version += 1
}

/**
 * Where the article once at `slug` lives now, or null. `load` fetches the whole map; it runs at
 * most once at a time, and a failure leaves the decision to the page.
 */
export async function movedSlug(slug: string, load: () => Promise<MovedSlugs>, now = Date.now()): Promise<string | null> {
  const current = store()
  const { loaded } = current
  const fresh = loaded && loaded.version === current.version && now - loaded.at < MAX_AGE_MS
  if (!fresh) {
    const refresh = refreshing(current, load, now)
    // Only an old map known to be wrong (a local change) is worth waiting for; an aged one still
    // answers while the next one loads.
    if (!loaded || loaded.version !== current.version) await refresh
  }
  const latest = store().loaded
  if (!latest || latest.version !== current.version) return null
  return latest.slugs.get(slug) ?? null
}

function refreshing(current: Store, load: () => Promise<MovedSlugs>, now: number): Promise<void> {
  if (current.loading && current.loading.version === current.version) return current.loading.promise
  const version = current.version
  const promise = load()
    .then((slugs) => {
      current.loaded = { version, at: now, slugs: new Map(Object.entries(slugs)) }
    })
    .catch(() => {
      // Unreachable for now: keep what there was; the page redirects on its own.
    })
    .finally(() => {
      if (current.loading?.promise === promise) current.loading = undefined
    })
  current.loading = { version, promise }
  return promise
}
