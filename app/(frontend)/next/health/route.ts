import { databaseReachable } from '@/lib/db/health'

export const dynamic = 'force-dynamic'

/**
 * For a load balancer or a front cache's probe: 200 while this instance can serve, 503 when its
 * database cannot be reached. Names what it checked, nothing more (no addresses, no versions).
 */
export async function GET(): Promise<Response> {
  const database = await databaseReachable()
  return Response.json(
    { status: database ? 'ok' : 'unavailable', database: database ? 'up' : 'down' },
    { status: database ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  )
}
