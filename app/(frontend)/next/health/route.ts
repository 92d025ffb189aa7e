import { databaseReachable } from '@/lib/db/health'
import { redisReachable } from '@/lib/next/redis-client.cjs'

export const dynamic = 'force-dynamic'

/**
 * For a load balancer or the front cache's probe, per instance: 200 while this instance can serve
 * (its database answers, and Redis when REDIS_URL shares the cache), 503 otherwise. Names what it
 * checked and nothing more: no addresses, versions or errors.
 */
export async function GET(): Promise<Response> {
  const [database, cache] = await Promise.all([databaseReachable(), redisReachable()])
  const ok = database && cache !== false
  return Response.json(
    {
      status: ok ? 'ok' : 'unavailable',
      database: database ? 'up' : 'down',
      cache: cache === null ? 'local' : cache ? 'up' : 'down',
    },
    { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  )
}
