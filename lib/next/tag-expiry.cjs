// When each cache tag (lib/cache-tags.ts) was last expired. Next keeps this in the memory of the
// process that called revalidateTag, and only inside a request; the cache handler reads it from
// here instead, so that work done outside a request (the job runner publishing a scheduled article)
// and, with REDIS_URL, every other instance expire the same pages.
const { keyPrefix, redis } = require('./redis-client.cjs')

const state = (globalThis.__newsCenterTagExpiry ??= { expiredAt: new Map() })

const tagKey = (tag) => `${keyPrefix()}tag:${tag}`

/**
 * The tags a cache entry depends on: a data cache entry's (unstable_cache) own, or those Next listed
 * on a cached page or route.
 * @param {any} value the entry's value
 * @param {{ tags?: string[], softTags?: string[] } | undefined} ctx Next's context for the lookup
 * @returns {string[]}
 */
function entryTags(value, ctx) {
  if (value?.kind === 'FETCH')
    return [...new Set([...(value.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])]
  const listed = value?.headers?.['x-next-cache-tags']
  return typeof listed === 'string' ? listed.split(',') : []
}

/**
 * Marks `tags` expired now: in this process, and in Redis when there is one. Resolves when Redis has
 * it (or cannot be reached: then only this process knows, and it says so).
 * @param {readonly string[]} tags
 */
async function expireCacheTags(tags, now = Date.now()) {
  if (!tags.length) return
  for (const tag of tags) state.expiredAt.set(tag, now)
  const client = await redis()
  if (!client) {
    if (process.env.REDIS_URL)
      console.error(`[cache] Redis unreachable: ${tags.join(' ')} expired on this instance only.`)
    return
  }
  await client.mSet(tags.map((tag) => [tagKey(tag), String(now)])).catch((error) => {
    console.error(`[cache] Could not record the expiry of ${tags.join(' ')} in Redis: ${error.message}`)
  })
}

/** Whether one of `tags` was expired in this process after `since` (ms). */
function expiredHereSince(tags, since) {
  return tags.some((tag) => (state.expiredAt.get(tag) ?? 0) > since)
}

/**
 * Whether one of `tags` was expired anywhere after `since`, as Redis knows it: one MGET, with
 * `extraKeys` fetched in the same round trip (their values come back first).
 * @param {import('@redis/client').RedisClientType} client
 * @param {readonly string[]} tags
 * @param {string[]} [extraKeys]
 * @returns {Promise<{ expired: (since: number) => boolean, extra: (string | null)[] }>}
 */
async function readExpiries(client, tags, extraKeys = []) {
  const values = await client.mGet([...extraKeys, ...tags.map(tagKey)])
  const stamps = values.slice(extraKeys.length).map((value) => Number(value ?? 0))
  return {
    extra: values.slice(0, extraKeys.length),
    expired: (since) => stamps.some((stamp) => stamp > since) || expiredHereSince(tags, since),
  }
}

module.exports = { entryTags, expireCacheTags, expiredHereSince, readExpiries }
