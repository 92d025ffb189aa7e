import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { SearchResultList } from '@/components/article/search-results'
import { SearchForm } from '@/components/layout/search-form'
import { searchArticles } from '@/lib/data/search'
import { normalizeQuery } from '@/lib/search-query'
import type { Locale } from '@/lib/i18n/routing'
import { parsePage, searchPath } from '@/lib/paths'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'

interface Props {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const query = normalizeQuery((await searchParams).q)
  const [search, { t, company }] = await Promise.all([getTranslations({ locale, namespace: 'search' }), seoText(locale)])
  return pageMetadata({
    locale,
    path: (code) => searchPath(code),
    title: search('title'),
    description: t('searchDescription', { company }),
    // The search page may be indexed; its result pages may not (and robots.txt keeps crawlers out).
    noindex: Boolean(query),
    siteName: company,
  })
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
          <SearchResultList result={result} locale={locale} href={(n) => searchPath(locale, query, n)} />
        </>
      )}
    </div>
  )
}
