import { randomUUID } from 'node:crypto'

import { keyPrefix, redis } from '../next/redis-client.cjs'

/**
 * How long one instance's tick keeps the others from starting theirs. Payload's runner picks its
 * jobs and marks them `processing` in its first milliseconds but does not do it atomically, so two
 * runners starting together could both take the same job; starting one at a time is enough.
 */
const TICK_LOCK_MS = Number(process.env.JOBS_LOCK_MS) || 3000

const instance = randomUUID()
let warned = false
/** When this instance last took the lock (ms since the epoch). */
let tookAt = 0
/**
 * Two cron entries due at the same second (the `default` and `maintenance` queues) ask within a few
 * milliseconds of each other: the second may share the first's tick. A later tick of this instance
 * may not overlap its own earlier one, which could still be taking jobs.
 */
const SAME_TICK_MS = 250

/**
 * Whether this instance's job runner may take its tick now. With REDIS_URL (several instances), only
 * the one that wins the tick lock does; while Redis cannot be reached, none does (a scheduled
 * publish waits rather than runs twice). `JOBS_AUTORUN=off` turns the runner off here.
 */
export async function mayRunJobs(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (env.JOBS_AUTORUN === 'off') return false
  if (!env.REDIS_URL) return true
  const client = await redis(env)
  if (!client) {
    if (!warned)
      console.error(
        '[jobs] Redis unreachable: scheduled jobs wait until it is back (no instance can take the tick lock).',
      )
    warned = true
    return false
  }
  warned = false
  const key = `${keyPrefix(env)}jobs:tick`
  const taken = await client
    .set(key, instance, { condition: 'NX', expiration: { type: 'PX', value: TICK_LOCK_MS } })
    .catch(() => null)
  if (taken === 'OK') {
    tookAt = Date.now()
    return true
  }
  if (Date.now() - tookAt > SAME_TICK_MS) return false
  return (await client.get(key).catch(() => null)) === instance
}
