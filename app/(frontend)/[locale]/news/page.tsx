import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsList } from '@/components/article/news-list'
import { listArticles } from '@/lib/data/articles'
import type { Locale } from '@/lib/i18n/routing'

export const revalidate = 3600

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'news' })
  return { title: t('title') }
}

export default async function NewsCenterPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: 'news' }), listArticles(locale)])
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <NewsList result={result} locale={locale} />
    </div>
  )
}
