import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsCenter } from '@/components/article/news-center'
import type { Locale } from '@/lib/i18n/routing'
import { newsPath, parsePage } from '@/lib/paths'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; page: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params
  const t = await getTranslations({ locale, namespace: 'news' })
  return { title: `${t('title')} (${parsePage(page) ?? 1})` }
}

export default async function NewsCenterPageN({ params }: Props) {
  const { locale, page: raw } = await params
  setRequestLocale(locale)
  const page = parsePage(raw)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(newsPath(locale))
  return <NewsCenter locale={locale} page={page} />
}
