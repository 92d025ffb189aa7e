import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'

import { NewsCenter } from '@/components/article/news-center'
import { getCategory } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; category: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category } = await params
  const found = await getCategory(locale, category)
  return found ? { title: found.name } : {}
}

export default async function CategoryPage({ params }: Props) {
  const { locale, category } = await params
  setRequestLocale(locale)
  return <NewsCenter locale={locale} page={1} categorySlug={category} />
}
