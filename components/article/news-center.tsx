import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { listArticles } from '@/lib/data/articles'
import { getCategory } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { categoryPath, newsPath } from '@/lib/paths'

import { ArticleList } from './article-list'
import { CategoryFilter } from './category-filter'

interface NewsCenterProps {
  locale: Locale
  page: number
  categorySlug?: string
  notice?: string
}

/** The news center: all published articles in this language, or one category's, newest first. */
export async function NewsCenter({ locale, page, categorySlug, notice }: NewsCenterProps) {
  const category = categorySlug ? await getCategory(locale, categorySlug) : null
  if (categorySlug && !category) notFound()
  const [t, result] = await Promise.all([
    getTranslations({ locale, namespace: 'news' }),
    listArticles(locale, { page, categoryId: category?.id }),
  ])
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <div className="page">
      <h1>{category ? category.name : t('title')}</h1>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <CategoryFilter locale={locale} current={category?.slug ?? undefined} />
      <ArticleList
        result={result}
        locale={locale}
        href={(n) => (category?.slug ? categoryPath(locale, category.slug, n) : newsPath(locale, n))}
      />
    </div>
  )
}
