import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { NewsCenter } from '@/components/article/news-center'
import { getCategory } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { categoryPath, parsePage } from '@/lib/paths'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; category: string; page: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category, page } = await params
  const found = await getCategory(locale, category)
  return found ? { title: `${found.name} (${parsePage(page) ?? 1})` } : {}
}

export default async function CategoryPageN({ params }: Props) {
  const { locale, category, page: raw } = await params
  setRequestLocale(locale)
  const page = parsePage(raw)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(categoryPath(locale, category))
  return <NewsCenter locale={locale} page={page} categorySlug={category} />
}
