import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { listArticles } from '@/lib/data/articles'
import { getTag } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { tagPath } from '@/lib/paths'
import { isSlug } from '@/lib/slug'

import { ArticleList } from './article-list'

/** One SEO tag's page: its published articles in this language, newest first. */
export async function TagArticles({ locale, slug, page }: { locale: Locale; slug: string; page: number }) {
  const tag = isSlug(slug) ? await getTag(locale, slug) : null
  if (!tag) notFound()
  const [t, result] = await Promise.all([
    getTranslations({ locale, namespace: 'tags' }),
    listArticles(locale, { page, tagId: tag.id }),
  ])
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <div className="page">
      <h1>{t('tagTitle', { name: tag.name })}</h1>
      <ArticleList result={result} locale={locale} href={(n) => tagPath(locale, slug, n)} />
    </div>
  )
}
