import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { TagArticles } from '@/components/article/tag-articles'
import { getTag } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { parsePage, tagPath } from '@/lib/paths'
import { SLUG_PATTERN } from '@/lib/slug'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; tag: string; page: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag, page } = await params
  const found = SLUG_PATTERN.test(tag) ? await getTag(locale, tag) : null
  if (!found) return {}
  const t = await getTranslations({ locale, namespace: 'tags' })
  return { title: `${t('tagTitle', { name: found.name })} (${parsePage(page) ?? 1})` }
}

export default async function TagPageN({ params }: Props) {
  const { locale, tag, page: raw } = await params
  setRequestLocale(locale)
  const page = parsePage(raw)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(tagPath(locale, tag))
  return <TagArticles locale={locale} slug={tag} page={page} />
}
