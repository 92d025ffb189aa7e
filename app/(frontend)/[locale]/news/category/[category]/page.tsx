import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'

import { NewsCenter } from '@/components/article/news-center'
import { categoryPageLocales } from '@/lib/data/list-languages'
import { getCategory } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { categoryPath } from '@/lib/paths'
import { existingPaths } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; category: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category } = await params
  const [found, { t, company }, existing] = await Promise.all([
    getCategory(locale, category),
    seoText(locale),
    categoryPageLocales(category, 1),
  ])
  if (!found) return notFoundMetadata(locale)
  return pageMetadata({
    locale,
    path: existingPaths(locale, existing, (code) => categoryPath(code, category)),
    title: found.name,
    description: found.description || t('categoryDescription', { name: found.name, company }),
    siteName: company,
  })
}

export default async function CategoryPage({ params }: Props) {
  const { locale, category } = await params
  setRequestLocale(locale)
  return <NewsCenter locale={locale} page={1} categorySlug={category} />
}
