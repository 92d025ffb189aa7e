import { revalidateTag } from 'next/cache'

import { purgeEdge } from './edge/purge'
import { expireCacheTags } from './next/tag-expiry.cjs'

/**
 * A save's hooks run before its transaction commits: a reader in between can put the old page back
 * in a cache. The tags are expired once more this long after, when the new data is there to read.
 */
const SETTLE_MS = 1500

/**
 * Expires cache tags (lib/cache-tags.ts) everywhere a page showing them may be kept, so the next
 * request anywhere gets it fresh: Next's cache on this instance (its own `revalidateTag`, inside a
 * request), the store the cache handler reads tag expiry from (this process, and Redis when
 * several instances share it: this is what reaches the job runner's saves, which Next refuses
 * outside a request), and the front cache (lib/edge/purge.ts). Never throws.
 */
export async function expireEverywhere(tags: readonly string[]): Promise<void> {
  if (!tags.length) return
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    // Outside a request: the store below is what the cache handler reads.
  }
  await expireCacheTags(tags)
  await purgeEdge(tags)
  const again = setTimeout(() => void expireCacheTags(tags).then(() => purgeEdge(tags)), SETTLE_MS)
  again.unref?.()
}
