import type { I18nClient } from '@payloadcms/translations'
import Link from 'next/link'
import type { Payload, TypedUser } from 'payload'

import type { DocumentId } from '@/lib/db/document-id'

interface Props {
  payload: Payload
  i18n: I18nClient
  user?: TypedUser | null
}

interface Row {
  id: DocumentId
  title: string
  at?: string | null
}

const text = {
  en: {
    drafts: 'Drafts',
    scheduled: 'Scheduled',
    published: 'Recently published',
    noDrafts: 'No drafts.',
    noScheduled: 'Nothing scheduled.',
    noPublished: 'Nothing published yet.',
    untitled: '(untitled)',
    unpublish: 'unpublish',
  },
  zh: {
    drafts: '草稿',
    scheduled: '定时发布',
    published: '最近发布',
    noDrafts: '没有草稿。',
    noScheduled: '没有定时任务。',
    noPublished: '尚未发布任何文章。',
    untitled: '（无标题）',
    unpublish: '取消发布',
  },
}

/** Above the admin dashboard: what is in progress, what is coming, what just went out. */
export async function EditorialDashboard({ payload, i18n, user }: Props) {
  if (!user) return null
  const language = i18n.language === 'zh' ? 'zh' : 'en'
  const t = text[language]
  const locale = language
  // A title missing in the admin's language shows the other language's instead.
  const common = { collection: 'articles', locale, fallbackLocale: language === 'zh' ? 'en' : 'zh', depth: 0, overrideAccess: false, user, select: { title: true, updatedAt: true } } as const

  const [drafts, published, jobs] = await Promise.all([
    payload.find({ ...common, draft: true, where: { _status: { equals: 'draft' } }, sort: '-updatedAt', limit: 6 }),
    payload.find({ ...common, where: { _status: { equals: 'published' } }, sort: '-updatedAt', limit: 6 }),
    payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: 6,
      sort: 'waitUntil',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { waitUntil: { greater_than: new Date().toISOString() } },
        ],
      },
    }),
  ])

  const scheduledIds = jobs.docs
    .map((job) => (job.input as { doc?: { relationTo?: string; value?: unknown } } | null)?.doc)
    .filter((doc) => doc?.relationTo === 'articles')
    .map((doc) => String(doc?.value))
  const scheduledTitles = scheduledIds.length
    ? await payload.find({ ...common, draft: true, where: { id: { in: scheduledIds } }, limit: scheduledIds.length })
    : { docs: [] }
  const scheduled: (Row & { unpublish: boolean })[] = jobs.docs.flatMap((job) => {
    const input = job.input as { doc?: { value?: unknown }; type?: string } | null
    const article = scheduledTitles.docs.find((doc) => String(doc.id) === String(input?.doc?.value))
    return article
      ? [{ id: article.id, title: article.title ?? '', at: job.waitUntil, unpublish: input?.type === 'unpublish' }]
      : []
  })

  const toRows = (docs: { id: DocumentId; title?: string | null; updatedAt?: string | null }[]): Row[] =>
    docs.map((doc) => ({ id: doc.id, title: doc.title ?? '', at: doc.updatedAt }))
  const adminRoute = payload.config.routes.admin
  const when = (at?: string | null) =>
    at ? new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)) : ''

  const list = (rows: (Row & { unpublish?: boolean })[], empty: string) =>
    rows.length ? (
      <ul>
        {rows.map((row) => (
          <li key={`${row.id}-${row.at}`}>
            <Link href={`${adminRoute}/collections/articles/${row.id}`}>{row.title || t.untitled}</Link>{' '}
            <time dateTime={row.at ?? undefined}>
              {when(row.at)}
              {row.unpublish ? ` (${t.unpublish})` : ''}
            </time>
          </li>
        ))}
      </ul>
    ) : (
      <p className="editorial-dashboard__empty">{empty}</p>
    )

  return (
    <div className="editorial-dashboard">
      <section aria-labelledby="dashboard-drafts">
        <h2 id="dashboard-drafts">{t.drafts}</h2>
        {list(toRows(drafts.docs), t.noDrafts)}
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
  )
}
