import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { TagArticles } from '@/components/article/tag-articles'
import { tagPageLocales } from '@/lib/data/list-languages'
import { getTag } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { parsePage, tagPath } from '@/lib/paths'
import { existingPaths } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'
import { isSlug } from '@/lib/slug'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; tag: string; page: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag, page: raw } = await params
  const page = parsePage(raw)
  const found = isSlug(tag) ? await getTag(locale, tag) : null
  if (!found || !page) return notFoundMetadata(locale)
  const [tags, { t, company }, existing] = await Promise.all([
    getTranslations({ locale, namespace: 'tags' }),
    seoText(locale),
    tagPageLocales(tag, page),
  ])
  // Past the last page in this language: the page is a 404, so is its head.
  if (!existing.includes(locale)) return notFoundMetadata(locale)
  const pageN = t('pageN', { page })
  return pageMetadata({
    locale,
    path: existingPaths(locale, existing, (code) => tagPath(code, tag, page)),
    title: `${tags('tagTitle', { name: found.name })} – ${pageN}`,
    description: `${t('tagDescription', { name: found.name, company })} (${pageN})`,
    siteName: company,
  })
}

export default async function TagPageN({ params }: Props) {
  const { locale, tag, page: raw } = await params
  setRequestLocale(locale)
  const page = parsePage(raw)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(tagPath(locale, tag))
  return <TagArticles locale={locale} slug={tag} page={page} />
}
