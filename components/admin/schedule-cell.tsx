import type { DefaultServerCellComponentProps } from 'payload'

import { pendingArticleSchedules } from '@/lib/data/schedules'
import { formatSiteTime, siteTimeZone } from '@/lib/site-time'

import { adminLanguage, adminMessages, fill } from './admin-messages'

/** The articles list's "Scheduled" column: the next publish or unpublish waiting for the row's article. */
export async function ScheduleCell({ rowData, payload, i18n }: DefaultServerCellComponentProps) {
  // Payload also renders cells without a row (e.g. while it builds the column list).
  if (!rowData) return null
  const next = (await pendingArticleSchedules(payload)).find((schedule) => schedule.articleId === String(rowData.id))
  if (!next) return null
  const words = adminMessages(i18n.language).schedule
  const time = formatSiteTime(next.at, adminLanguage(i18n.language), siteTimeZone())
  return (
    <span className={`schedule-cell schedule-cell--${next.type}`}>
      {fill(next.type === 'unpublish' ? words.unpublish : words.publish, { time })}
    </span>
  )
}
