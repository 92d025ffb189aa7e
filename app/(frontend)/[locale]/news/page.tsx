import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsCenter } from '@/components/article/news-center'
import type { Locale } from '@/lib/i18n/routing'

export const revalidate = 3600

interface Props {
  params: Promise<{ locale: Locale }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'news' })
  return { title: t('title') }
}

export default async function NewsCenterPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <NewsCenter locale={locale} page={1} />
}
