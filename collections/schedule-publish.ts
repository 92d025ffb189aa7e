import {
  type SchedulePublishHandlerArgs,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { ServerFunction } from 'payload'

import { adminText } from '@/lib/i18n/admin-text'

import { hasRole } from './access'

/**
 * Payload's "Schedule publish" server function deletes the job id it is given and queues a new
 * one through the Local API without asking who calls: any signed-in user (a contributor) could
 * delete or replace another user's scheduled publish, or fill the schedule. Schedules belong to
 * the people who may publish; this takes its place in the admin (app/(payload)/layout.tsx) and
 * hands publishers' calls to Payload's own. The jobs' REST API is closed to everyone already.
 */
export const schedulePublishForPublishers: ServerFunction<SchedulePublishHandlerArgs> = (args) => {
  if (!hasRole(args.req, 'admin', 'editor')) {
    return {
      error: adminText(args.req, {
        en: 'Only editors and administrators may schedule publishing.',
        zh: '只有编辑和管理员可以安排定时发布。',
      }),
    }
  }
  return schedulePublishHandler(args)
}
