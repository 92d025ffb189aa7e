import type { I18nClient } from '@payloadcms/translations'
import Link from 'next/link'
import type { Payload, TypedUser } from 'payload'

import type { DocumentId } from '@/lib/db/document-id'
import { isEmptyDraft } from '@/lib/content/empty-draft'
import { pendingArticleSchedules } from '@/lib/data/schedules'
import { formatSiteTime, siteTimeZone, timeZoneName } from '@/lib/site-time'

import { adminLanguage, adminMessages, fill } from './admin-messages'

interface Props {
  payload: Payload
  i18n: I18nClient
  user?: TypedUser | null
}

interface Row {
  id: DocumentId
  title: string
  at?: string | null
  note?: string
}

/** The title in the admin's language, else in the other one. */
function titleIn(title: unknown, language: 'en' | 'zh'): string {
  if (typeof title === 'string') return title
  if (!title || typeof title !== 'object') return ''
  const byLanguage = new Map(Object.entries(title))
  const pick = [byLanguage.get(language), ...byLanguage.values()].find(
    (value) => typeof value === 'string' && value.trim(),
  )
  return typeof pick === 'string' ? pick : ''
}

/** Above the admin dashboard: what is in progress, what is coming, what just went out (in the site's time zone). */
export async function EditorialDashboard({ payload, i18n, user }: Props) {
  if (!user) return null
  const language = adminLanguage(i18n.language)
  const t = adminMessages(i18n.language).dashboard
  const zone = siteTimeZone()
  const common = { collection: 'articles', locale: 'all', depth: 0, overrideAccess: false, user } as const

  const [drafts, published, schedules] = await Promise.all([
    // A few more than shown: drafts nobody wrote in (opened with "Create New", then left) are not news.
    payload.find({
      ...common,
      draft: true,
      where: { _status: { equals: 'draft' } },
      sort: '-updatedAt',
      limit: 18,
      select: { title: true, summary: true, body: true, cover: true, updatedAt: true },
    }),
    payload.find({
      ...common,
      where: { _status: { equals: 'published' } },
      sort: '-updatedAt',
      limit: 6,
      select: { title: true, updatedAt: true },
    }),
    pendingArticleSchedules(payload),
  ])

  const soon = schedules.slice(0, 6)
  const scheduledTitles = soon.length
    ? await payload.find({
        ...common,
        draft: true,
        where: { id: { in: soon.map((schedule) => schedule.articleId) } },
        limit: soon.length,
        select: { title: true },
      })
    : { docs: [] }
  const scheduled: Row[] = soon.flatMap((schedule) => {
    const article = scheduledTitles.docs.find((doc) => String(doc.id) === schedule.articleId)
    return article
      ? [
          {
            id: article.id,
            title: titleIn(article.title, language),
            at: schedule.at,
            note: schedule.type === 'unpublish' ? t.unpublish : t.publish,
          },
        ]
      : []
  })
  const toRows = (docs: { id: number | string; title?: unknown; updatedAt?: string | null }[]): Row[] =>
    docs.map((doc) => ({ id: doc.id, title: titleIn(doc.title, language), at: doc.updatedAt }))

  const adminRoute = payload.config.routes.admin
  const list = (rows: Row[], empty: string) =>
    rows.length ? (
      <ul>
        {rows.map((row) => (
          <li key={`${row.id}-${row.at}`}>
            <Link href={`${adminRoute}/collections/articles/${row.id}`}>{row.title || t.untitled}</Link>{' '}
            <time dateTime={row.at ?? undefined}>
              {row.at ? formatSiteTime(row.at, language, zone) : ''}
              {row.note ? ` (${row.note})` : ''}
            </time>
          </li>
        ))}
      </ul>
    ) : (
      <p className="editorial-dashboard__empty">{empty}</p>
    )

  return (
    <div className="editorial-dashboard-wrap">
      <div className="editorial-dashboard">
        <section aria-labelledby="dashboard-drafts">
          <h2 id="dashboard-drafts">{t.drafts}</h2>
          {list(toRows(drafts.docs.filter((doc) => !isEmptyDraft(doc)).slice(0, 6)), t.noDrafts)}
        </section>
        <section aria-labelledby="dashboard-scheduled">
          <h2 id="dashboard-scheduled">{t.scheduled}</h2>
          {list(scheduled, t.noScheduled)}
        </section>
        <section aria-labelledby="dashboard-published">
          <h2 id="dashboard-published">{t.published}</h2>
          {list(toRows(published.docs), t.noPublished)}
        </section>
      </div>
      <p className="editorial-dashboard__zone">{fill(t.zone, { zone: timeZoneName(zone, language) })}</p>
    </div>
  )
}
