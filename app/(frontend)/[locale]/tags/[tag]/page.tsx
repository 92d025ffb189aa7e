import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { TagArticles } from '@/components/article/tag-articles'
import { getTag } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { tagPath } from '@/lib/paths'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'
import { isSlug } from '@/lib/slug'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; tag: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag } = await params
  const found = isSlug(tag) ? await getTag(locale, tag) : null
  if (!found) return {}
  const [tags, { t, company }] = await Promise.all([getTranslations({ locale, namespace: 'tags' }), seoText(locale)])
  return pageMetadata({
    locale,
    path: (code) => tagPath(code, tag),
    title: tags('tagTitle', { name: found.name }),
    description: t('tagDescription', { name: found.name, company }),
    siteName: company,
  })
}

export default async function TagPage({ params }: Props) {
  const { locale, tag } = await params
  setRequestLocale(locale)
  return <TagArticles locale={locale} slug={tag} page={1} />
}
