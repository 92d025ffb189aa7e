import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsCenter } from '@/components/article/news-center'
import type { Locale } from '@/lib/i18n/routing'
import { newsPageLocales } from '@/lib/data/list-languages'
import { newsPath, parsePage } from '@/lib/paths'
import { existingPaths } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; page: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page: raw } = await params
  const page = parsePage(raw)
  if (!page) return notFoundMetadata(locale)
  const [news, { t, company }, existing] = await Promise.all([
    getTranslations({ locale, namespace: 'news' }),
    seoText(locale),
    newsPageLocales(page),
  ])
  // Past the last page in this language: the page is a 404, so is its head.
  if (!existing.includes(locale)) return notFoundMetadata(locale)
  const pageN = t('pageN', { page })
  return pageMetadata({
    locale,
    // Each page of the list is its own canonical: it lists different articles. The other language may have fewer pages.
    path: existingPaths(locale, existing, (code) => newsPath(code, page)),
    title: `${news('title')} – ${pageN}`,
    description: `${t('newsDescription', { company })} (${pageN})`,
    siteName: company,
  })
}

export default async function NewsCenterPageN({ params }: Props) {
  const { locale, page: raw } = await params
  setRequestLocale(locale)
  const page = parsePage(raw)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(newsPath(locale))
  return <NewsCenter locale={locale} page={page} />
}
