import type { Payload } from 'payload'
import { cache } from 'react'

export interface PendingSchedule {
  /** The article's id, as a string (job inputs store it so). */
  articleId: string
  type: 'publish' | 'unpublish'
  at: string
}

/**
 * Scheduled publishes and unpublishes of articles that have not run yet, soonest first. Read once
 * per request (the dashboard and every row of the articles list ask).
 */
export const pendingArticleSchedules = cache(async (payload: Payload): Promise<PendingSchedule[]> => {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 100,
    sort: 'waitUntil',
    overrideAccess: true,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { greater_than: new Date().toISOString() } },
      ],
    },
  })
  return jobs.docs.flatMap((job) => {
    const input = scheduleInput(job.input)
    return input && job.waitUntil ? [{ ...input, at: job.waitUntil }] : []
  })
})

/** The article and direction of Payload's schedulePublish job input; null for globals and anything else. */
function scheduleInput(input: unknown): Omit<PendingSchedule, 'at'> | null {
  if (!input || typeof input !== 'object' || !('doc' in input)) return null
  const doc = input.doc
  if (!doc || typeof doc !== 'object' || !('relationTo' in doc) || doc.relationTo !== 'articles' || !('value' in doc)) return null
  const type = 'type' in input && input.type === 'unpublish' ? 'unpublish' : 'publish'
  return { articleId: String(doc.value), type }
}
