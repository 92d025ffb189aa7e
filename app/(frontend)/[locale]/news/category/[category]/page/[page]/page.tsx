import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { NewsCenter } from '@/components/article/news-center'
import { categoryPageLocales } from '@/lib/data/list-languages'
import { getCategory } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { categoryPath, parsePage } from '@/lib/paths'
import { existingPaths } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; category: string; page: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category, page: raw } = await params
  const page = parsePage(raw)
  if (!page) return notFoundMetadata(locale)
  const [found, { t, company }, existing] = await Promise.all([
    getCategory(locale, category),
    seoText(locale),
    categoryPageLocales(category, page),
  ])
  // Past the last page in this language: the page is a 404, so is its head.
  if (!existing.includes(locale)) return notFoundMetadata(locale)
  if (!found) return notFoundMetadata(locale)
  const pageN = t('pageN', { page })
  return pageMetadata({
    locale,
    path: existingPaths(locale, existing, (code) => categoryPath(code, category, page)),
    title: `${found.name} – ${pageN}`,
    description: `${found.description || t('categoryDescription', { name: found.name, company })} (${pageN})`,
    siteName: company,
  })
}

export default async function CategoryPageN({ params }: Props) {
  const { locale, category, page: raw } = await params
  setRequestLocale(locale)
  const page = parsePage(raw)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(categoryPath(locale, category))
  return <NewsCenter locale={locale} page={page} categorySlug={category} />
}
