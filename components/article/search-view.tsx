import { getTranslations } from 'next-intl/server'

import { SearchForm } from '@/components/layout/search-form'
import { searchArticles } from '@/lib/data/search'
import type { Locale } from '@/lib/i18n/routing'
import { searchPath } from '@/lib/paths'

import { SearchResultList } from './search-results'

interface SearchViewProps {
  locale: Locale
  query: string
  page: number
}

/** The search page: the form, then a prompt, "nothing found" or the ranked results. */
export async function SearchView({ locale, query, page }: SearchViewProps) {
  const [t, result] = await Promise.all([
    getTranslations({ locale, namespace: 'search' }),
    searchArticles(locale, query, page),
  ])
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
            {t(result.totalIsLowerBound ? 'moreResults' : 'results', { count: result.totalDocs, query })}
          </p>
          <SearchResultList result={result} locale={locale} href={(n) => searchPath(locale, query, n)} />
        </>
      )}
    </div>
  )
}
