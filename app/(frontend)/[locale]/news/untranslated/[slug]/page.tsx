import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsCenter } from '@/components/article/news-center'
import { getArticleLanguages } from '@/lib/data/articles'
import type { Locale } from '@/lib/i18n/routing'
import { feedLinks } from '@/lib/seo/metadata'
import { isSlug } from '@/lib/slug'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'news' })
  // Its own title (the news center's would be a duplicate); a notice, never indexed.
  return {
    title: t('untranslatedTitle'),
    description: t('untranslated'),
    robots: { index: false, follow: true },
    alternates: { types: feedLinks(locale) },
  }
}

/** Where the language switch lands when an article has no version in this language: says why. */
export default async function UntranslatedPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const languages = isSlug(slug) ? await getArticleLanguages(slug) : []
  if (!languages.length || languages.includes(locale)) notFound()
  const t = await getTranslations({ locale, namespace: 'news' })
  return <NewsCenter locale={locale} page={1} notice={t('untranslated')} />
}
