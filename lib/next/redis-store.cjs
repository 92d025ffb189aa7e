// Next's page and data cache in Redis (REDIS_URL), shared by every instance: a page rendered by one
// is served by all, and a tag expired by one (lib/next/tag-expiry.cjs) is expired for all on their
// next request. Each instance keeps the entries it read in memory and asks Redis, in one round trip
// per request, whether the entry is still the current one and none of its tags has expired since.
// While Redis cannot be reached, lookups miss (pages are rendered) and nothing is stored.
const fs = require('node:fs')
const path = require('node:path')

const { keyPrefix, redis } = require('./redis-client.cjs')
const { entryTags, expireCacheTags, readExpiries } = require('./tag-expiry.cjs')

/** Entries kept in this process's memory; the least recently used go first. */
const MAX_LOCAL_ENTRIES = 500
/** How long Redis keeps an entry nobody stored again (tags expire it much earlier when content changes). */
const DEFAULT_TTL_SECONDS = 30 * 24 * 3600

const local = (globalThis.__newsCenterRedisPages ??= new Map())

/** Buffers and Maps (rscData, segmentData) survive JSON as tagged objects. */
function encode(entry) {
  return JSON.stringify(entry, function replacer(key, value) {
    const raw = this[key]
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') }
    if (raw instanceof Map) return { $map: [...raw] }
    return value
  })
}

function decode(text) {
  return JSON.parse(text, (key, value) => {
    if (value && typeof value === 'object' && typeof value.$buffer === 'string')
      return Buffer.from(value.$buffer, 'base64')
    if (value && typeof value === 'object' && Array.isArray(value.$map)) return new Map(value.$map)
    return value
  })
}

function remember(key, entry) {
  local.delete(key)
  local.set(key, entry)
  if (local.size > MAX_LOCAL_ENTRIES) local.delete(local.keys().next().value)
}

/** Entries of different builds never mix: the render of one build may not fit another's scripts. */
function buildIdOf(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'unknown-build'
  }
}

class RedisPageStore {
  constructor(ctx = {}) {
    this.namespace = `${keyPrefix()}${buildIdOf(ctx.serverDistDir ?? path.join(process.cwd(), '.next', 'server'))}:`
  }

  pageKey(key) {
    return `${this.namespace}page:${key}`
  }

  versionKey(key) {
    return `${this.namespace}version:${key}`
  }

  async get(key, ctx) {
    const client = await redis()
    if (!client) return null
    try {
      const known = local.get(key)
      if (known) {
        const check = await readExpiries(client, entryTags(known.value, ctx), [this.versionKey(key)])
        if (Number(check.extra[0]) === known.lastModified) {
          remember(key, known)
          return check.expired(known.lastModified) ? null : known
        }
      }
      const stored = await client.get(this.pageKey(key))
      if (!stored) return null
      const entry = decode(stored)
      const check = await readExpiries(client, entryTags(entry.value, ctx))
      if (check.expired(entry.lastModified)) return null
      remember(key, entry)
      return entry
    } catch (error) {
      console.error(`[cache] Redis lookup of ${key} failed: ${error.message}`)
      return null
    }
  }

  async set(key, data, ctx) {
    const client = await redis()
    if (!data) {
      local.delete(key)
      await client?.del([this.pageKey(key), this.versionKey(key)]).catch(() => {})
      return
    }
    const entry = { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl }
    remember(key, entry)
    if (!client) return
    const expire = ctx?.cacheControl?.expire
    const ttl = typeof expire === 'number' && expire > 0 ? Math.min(expire, DEFAULT_TTL_SECONDS) : DEFAULT_TTL_SECONDS
    try {
      await client
        .multi()
        .set(this.pageKey(key), encode(entry), { expiration: { type: 'EX', value: ttl } })
        .set(this.versionKey(key), String(entry.lastModified), { expiration: { type: 'EX', value: ttl } })
        .exec()
    } catch (error) {
      console.error(`[cache] Could not store ${key} in Redis: ${error.message}`)
    }
  }

  async revalidateTag(tags) {
    await expireCacheTags(typeof tags === 'string' ? [tags] : tags)
  }

  resetRequestCache() {}
}

module.exports = { RedisPageStore, encode, decode }
