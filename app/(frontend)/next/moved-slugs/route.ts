import { listMovedSlugs } from '@/lib/data/articles'

export const dynamic = 'force-dynamic'

/**
 * Old article slugs and their current ones, for the proxy's 301s. Public facts: each old address
 * redirects there anyway.
 */
export async function GET(): Promise<Response> {
  return Response.json(await listMovedSlugs(), { headers: { 'cache-control': 'no-store' } })
}
