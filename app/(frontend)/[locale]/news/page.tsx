import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsCenter } from '@/components/article/news-center'
import type { Locale } from '@/lib/i18n/routing'
import { newsPath } from '@/lib/paths'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'

export const revalidate = 3600

interface Props {
  params: Promise<{ locale: Locale }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const [news, { t, company }] = await Promise.all([getTranslations({ locale, namespace: 'news' }), seoText(locale)])
  return pageMetadata({
    locale,
    path: (code) => newsPath(code),
    title: news('title'),
    description: t('newsDescription', { company }),
    siteName: company,
  })
}

export default async function NewsCenterPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <NewsCenter locale={locale} page={1} />
}
