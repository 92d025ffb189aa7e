import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { TagArticles } from '@/components/article/tag-articles'
import { tagPageLocales } from '@/lib/data/list-languages'
import { getTag } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { tagPath } from '@/lib/paths'
import { existingPaths } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'
import { isSlug } from '@/lib/slug'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; tag: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag } = await params
  const found = isSlug(tag) ? await getTag(locale, tag) : null
  if (!found) return notFoundMetadata(locale)
  const [tags, { t, company }, existing] = await Promise.all([
    getTranslations({ locale, namespace: 'tags' }),
    seoText(locale),
    tagPageLocales(tag, 1),
  ])
  return pageMetadata({
    locale,
    path: existingPaths(locale, existing, (code) => tagPath(code, tag)),
    title: tags('tagTitle', { name: found.name }),
    description: t('tagDescription', { name: found.name, company }),
    // A tag without articles in this language is an empty page, left out of the sitemap too.
    noindex: !existing.includes(locale),
    siteName: company,
  })
}

export default async function TagPage({ params }: Props) {
  const { locale, tag } = await params
  setRequestLocale(locale)
  return <TagArticles locale={locale} slug={tag} page={1} />
}
