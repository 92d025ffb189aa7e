import type { Payload, TaskConfig } from 'payload'

import { isEmptyDraft } from '@/lib/content/empty-draft'

/** How long an untouched empty draft is kept: someone may have opened "Create New" and be about to type. */
export const EMPTY_DRAFT_MAX_AGE_HOURS = 24
const PAGE = 100

/**
 * Deletes articles that were never published and hold nothing (see isEmptyDraft), untouched for
 * `olderThanHours`: Payload's admin stores a draft as soon as "Create New" opens, so every visit
 * that wrote nothing would otherwise stay as "<No Title>" in the lists. Returns how many went.
 */
export async function removeEmptyDrafts(
  payload: Payload,
  { olderThanHours = EMPTY_DRAFT_MAX_AGE_HOURS, now = Date.now() } = {},
) {
  const cutoff = new Date(now - olderThanHours * 3600_000).toISOString()
  const doomed: (number | string)[] = []
  for (let page = 1; page <= 20; page += 1) {
    // The latest version of each draft (`draft: true`): the stored row of a draft keeps its first save.
    const { docs, hasNextPage } = await payload.find({
      collection: 'articles',
      draft: true,
      locale: 'all',
      depth: 0,
      page,
      limit: PAGE,
      sort: 'createdAt',
      overrideAccess: true,
      select: { title: true, summary: true, body: true, cover: true },
      where: {
        and: [
          { _status: { equals: 'draft' } },
          { firstPublishedAt: { exists: false } },
          { updatedAt: { less_than: cutoff } },
        ],
      },
    })
    doomed.push(...docs.filter((doc) => isEmptyDraft(doc)).map((doc) => doc.id))
    if (!hasNextPage) break
  }
  // Never public, so no page or cache knows them.
  for (const id of doomed)
    await payload.delete({ collection: 'articles', id, overrideAccess: true, context: { disableRevalidate: true } })
  return doomed.length
}

/** The hourly job (queue `maintenance`, run by the server's own job runner; see payload.config.ts). */
export const removeEmptyDraftsTask: TaskConfig<{
  input: { olderThanHours?: number | null }
  output: { removed: number }
}> = {
  slug: 'removeEmptyDrafts',
  label: 'Remove empty drafts',
  schedule: [{ cron: '0 7 * * * *', queue: 'maintenance' }],
  inputSchema: [{ name: 'olderThanHours', type: 'number', min: 0 }],
  outputSchema: [{ name: 'removed', type: 'number', required: true }],
  retries: 0,
  handler: async ({ input, req }) => ({
    output: {
      removed: await removeEmptyDrafts(req.payload, {
        olderThanHours: input?.olderThanHours ?? EMPTY_DRAFT_MAX_AGE_HOURS,
      }),
    },
  }),
}
