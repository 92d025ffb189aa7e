// The process's one Redis connection (REDIS_URL), shared by Next's cache handler, tag expiry, the
// job runner's lock and the health check. CommonJS: Next loads the cache handler as is, and the app's
// bundled code reaches the same connection through globalThis.
const { createClient } = require('@redis/client')

/** Every key of this app starts with this (REDIS_KEY_PREFIX), so one Redis can serve several sites. */
const keyPrefix = (env = process.env) => env.REDIS_KEY_PREFIX || 'news-center:'

const state = (globalThis.__newsCenterRedis ??= { client: null, ready: null, logged: new Set() })

function logOnce(message) {
  if (state.logged.has(message)) return
  state.logged.add(message)
  console.error(`[redis] ${message}`)
}

/**
 * The connected client, or null: without REDIS_URL, or while Redis cannot be reached (then callers
 * carry on without it; the connection retries by itself every second or two).
 * @returns {Promise<import('@redis/client').RedisClientType | null>}
 */
async function redis(env = process.env) {
  if (!env.REDIS_URL) return null
  if (!state.client) {
    const client = createClient({
      url: env.REDIS_URL,
      // Commands fail at once while disconnected instead of queueing behind a dead connection.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(250 * (retries + 1), 2000) },
    })
    client.on('error', (error) => logOnce(`${env.REDIS_URL.replace(/\/\/[^@/]*@/, '//…@')}: ${error.message}`))
    client.on('ready', () => state.logged.clear())
    state.client = client
    state.ready = client.connect().catch(() => null)
  }
  await state.ready
  return state.client.isReady ? state.client : null
}

/** Whether Redis answers a PING within a second (for the health check); null without REDIS_URL. */
async function redisReachable(env = process.env) {
  if (!env.REDIS_URL) return null
  const client = await redis(env)
  if (!client) return false
  return Promise.race([
    client.ping().then(
      () => true,
      () => false,
    ),
    new Promise((resolve) => setTimeout(() => resolve(false), 1000)),
  ])
}

module.exports = { redis, redisReachable, keyPrefix }
