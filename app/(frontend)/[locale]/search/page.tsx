import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleList } from '@/components/article/article-list'
import { SearchForm } from '@/components/layout/search-form'
import { searchArticles } from '@/lib/data/search'
import { normalizeQuery } from '@/lib/search-query'
import type { Locale } from '@/lib/i18n/routing'
import { parsePage, searchPath } from '@/lib/paths'

interface Props {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'search' })
  return { title: t('title'), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = normalizeQuery((await searchParams).q)
  const page = parsePage((await searchParams).page) ?? 1
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: 'search' }), searchArticles(locale, query, page)])
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <SearchForm locale={locale} query={query} id="search-page-query" landmark="title" />
      {!query ? (
        <p className="page__intro">{t('prompt')}</p>
      ) : result.totalDocs === 0 ? (
        <p className="empty-state">{t('empty', { query })}</p>
      ) : (
        <>
          <p role="status" className="search-summary">
            {t('results', { count: result.totalDocs, query })}
          </p>
          <ArticleList result={result} locale={locale} href={(n) => searchPath(locale, query, n)} />
        </>
      )}
    </div>
  )
}
