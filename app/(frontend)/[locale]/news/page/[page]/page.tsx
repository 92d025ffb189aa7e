import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsList } from '@/components/article/news-list'
import { listArticles } from '@/lib/data/articles'
import type { Locale } from '@/lib/i18n/routing'
import { newsPath } from '@/lib/paths'

export const revalidate = 3600

interface Params {
  params: Promise<{ locale: Locale; page: string }>
}

/** Page numbers are positive whole numbers written plainly ("2", not "02" or "2.0"). */
const parsePage = (raw: string) => (/^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null)

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, page } = await params
  const t = await getTranslations({ locale, namespace: 'news' })
  return { title: `${t('title')} – ${t('pageOf', { page: parsePage(page) ?? 1, total: '…' })}` }
}

export default async function NewsCenterPageN({ params }: Params) {
  const { locale, page: raw } = await params
  setRequestLocale(locale)
  const page = parsePage(raw)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(newsPath(locale))
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: 'news' }), listArticles(locale, { page })])
  if (page > result.totalPages) notFound()
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <NewsList result={result} locale={locale} />
    </div>
  )
}
