import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { listTagsWithCounts } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { tagPath, tagsPath } from '@/lib/paths'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'

export const revalidate = 3600

interface Props {
  params: Promise<{ locale: Locale }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const [t, { company }] = await Promise.all([getTranslations({ locale, namespace: 'tags' }), seoText(locale)])
  return pageMetadata({
    locale,
    path: (code) => tagsPath(code),
    title: t('title'),
    description: t('intro'),
    siteName: company,
  })
}

export default async function TagsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, tags] = await Promise.all([getTranslations({ locale, namespace: 'tags' }), listTagsWithCounts(locale)])
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="page__intro">{t('intro')}</p>
      <ul className="tag-cloud">
        {tags.map(({ tag, count }) => (
          <li key={tag.id}>
            <Link href={tagPath(locale, tag.slug ?? '')}>
              {tag.name} <span className="tag-cloud__count">{t('count', { count })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
