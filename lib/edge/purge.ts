/**
 * Purging the shared cache in front of the app (Varnish, or a CDN) by the same tags that expire
 * Next's own cache (lib/cache-tags.ts). Each cached page names its tags in an `xkey` header
 * (lib/next/edge-headers.cjs); a purge drops every page carrying one of the tags.
 *
 * A purge is tried at once, briefly, so the next request through the front is fresh; if the front
 * does not answer, the tags are kept and tried again in the background with growing pauses. A
 * failed purge never fails a save: at worst a page stays stale until its `s-maxage` (an hour).
 */

/** One way of telling a front cache to drop pages by tag. */
export interface EdgePurger {
  /** For log lines: where purges go. */
  readonly target: string
  /** Drops every cached response tagged with one of `tags`; rejects when the front did not confirm. */
  purge(tags: readonly string[]): Promise<void>
}

/** How long a save waits for the front to confirm a purge before leaving it to the retries. */
const FIRST_ATTEMPT_MS = 1500
/** Pauses between background retries: 1 s, 2 s, 4 s … up to a minute; then it gives up. */
const RETRY_BASE_MS = 1000
const RETRY_MAX_MS = 60_000
const MAX_RETRIES = 12

/**
 * Varnish with the xkey module, configured as in deploy/varnish/news-center.vcl: a `PURGE` request
 * with the tags in `xkey-purge` and the shared token in `x-purge-token`, to every Varnish in `urls`.
 */
export function varnishPurger(
  urls: readonly string[],
  token: string | undefined,
  timeoutMs = FIRST_ATTEMPT_MS,
): EdgePurger {
  return {
    target: `Varnish at ${urls.join(', ')}`,
    async purge(tags) {
      await Promise.all(
        urls.map(async (url) => {
          const response = await fetch(url, {
            method: 'PURGE',
            headers: { 'xkey-purge': tags.join(' '), ...(token ? { 'x-purge-token': token } : {}) },
            signal: AbortSignal.timeout(timeoutMs),
          })
          await response.body?.cancel()
          if (!response.ok) throw new Error(`${url} answered ${response.status}`)
        }),
      )
    },
  }
}

/**
 * The purger the environment asks for, or null when no front cache is configured:
 * `EDGE_CACHE_URLS` (comma-separated Varnish addresses, e.g. http://127.0.0.1:6081) and
 * `EDGE_CACHE_TOKEN` (the token deploy/varnish/news-center.vcl expects).
 */
export function purgerFromEnv(env: Partial<NodeJS.ProcessEnv> = process.env): EdgePurger | null {
  const urls = (env.EDGE_CACHE_URLS ?? '')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean)
  return urls.length ? varnishPurger(urls, env.EDGE_CACHE_TOKEN || undefined) : null
}

interface RetryState {
  pending: Set<string>
  timer?: ReturnType<typeof setTimeout>
  attempts: number
}

/** One queue per process (the hooks and route handlers are bundled apart). */
const store = globalThis as typeof globalThis & { __newsCenterEdgePurge?: RetryState }
const retries = (): RetryState => (store.__newsCenterEdgePurge ??= { pending: new Set(), attempts: 0 })

/** Purges `tags` from the front cache now, or keeps trying in the background. Never throws. */
export async function purgeEdge(tags: readonly string[], purger: EdgePurger | null = purgerFromEnv()): Promise<void> {
  if (!purger || !tags.length) return
  try {
    await purger.purge(tags)
  } catch (error) {
    console.error(
      `Edge cache purge of ${tags.join(' ')} at ${purger.target} failed (${describe(error)}); retrying in the background.`,
    )
    const state = retries()
    for (const tag of tags) state.pending.add(tag)
    schedule(state, purger)
  }
}

function schedule(state: RetryState, purger: EdgePurger): void {
  if (state.timer) return
  const delay = Math.min(RETRY_BASE_MS * 2 ** state.attempts, RETRY_MAX_MS)
  state.timer = setTimeout(() => void retry(state, purger), delay)
  state.timer.unref?.()
}

async function retry(state: RetryState, purger: EdgePurger): Promise<void> {
  state.timer = undefined
  const tags = [...state.pending]
  state.pending.clear()
  try {
    await purger.purge(tags)
    console.info(
      `Edge cache purge of ${tags.join(' ')} at ${purger.target} succeeded after ${state.attempts + 1} retries.`,
    )
    state.attempts = 0
  } catch (error) {
    for (const tag of tags) state.pending.add(tag)
    state.attempts += 1
    if (state.attempts >= MAX_RETRIES) {
      console.error(
        `Edge cache purge of ${tags.join(' ')} at ${purger.target} gave up after ${MAX_RETRIES} retries (${describe(error)}); ` +
          'those pages stay as cached until their s-maxage runs out.',
      )
      state.pending.clear()
      state.attempts = 0
      return
    }
    schedule(state, purger)
  }
}

const describe = (error: unknown) =>
  error instanceof Error
    ? error.cause instanceof Error
      ? `${error.message}: ${error.cause.message}`
      : error.message
    : String(error)

/** For tests: whether tags are waiting for a retry. */
export const pendingEdgePurges = (): readonly string[] => [...retries().pending]
