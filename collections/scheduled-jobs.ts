import { type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionConfig, Forbidden } from 'payload'

import { type Role, hasRole } from './access'

const PUBLISHERS: Role[] = ['admin', 'editor']

/**
 * Payload's "Schedule publish" server function queues and deletes jobs through the Local API
 * without asking who is calling: any signed-in user could delete another user's scheduled publish
 * by its id, or fill the schedule with jobs of their own. Schedules belong to the people who may
 * publish, so the jobs collection itself refuses everyone else (its REST access is closed already).
 * The job runner works without a user and is not affected. These hooks need `jobs.runHooks`.
 */
const onlyPublishersSchedule: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (req.user && !hasRole(req, ...PUBLISHERS)) throw new Forbidden(req.t)
  if (operation !== 'create' || data?.taskSlug !== 'schedulePublish') return data
  // The admin queues without a request, naming the scheduler in the job's input.
  const scheduler = (data.input as { user?: { relationTo?: unknown; value?: unknown } } | undefined)?.user
  if (scheduler?.relationTo !== 'users') return data
  const user = await req.payload
    .findByID({ collection: 'users', id: scheduler.value as number | string, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!user || !PUBLISHERS.includes(user.role)) throw new Forbidden(req.t)
  return data
}

const onlyPublishersUnschedule: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.user && !hasRole(req, ...PUBLISHERS)) throw new Forbidden(req.t)
}

/** `jobs.jobsCollectionOverrides`: Payload's jobs collection with the checks above. */
export const scheduledJobsCollection = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultJobsCollection,
  hooks: {
    ...defaultJobsCollection.hooks,
    beforeChange: [...(defaultJobsCollection.hooks?.beforeChange ?? []), onlyPublishersSchedule],
    beforeDelete: [...(defaultJobsCollection.hooks?.beforeDelete ?? []), onlyPublishersUnschedule],
  },
})
