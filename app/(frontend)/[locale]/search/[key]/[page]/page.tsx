import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { SearchView } from '@/components/article/search-view'
import type { Locale } from '@/lib/i18n/routing'
import { parsePage } from '@/lib/paths'
import { decodeQueryKey } from '@/lib/search-query'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'
import { searchMetadata } from '@/lib/seo/search-metadata'

// Results for `/{locale}/search?q=…&page=N`, which the proxy rewrites here (lib/search-query.ts):
// rendered once per query and page, then served from Next's cache until an article changes.
export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; key: string; page: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key, page } = await params
  const query = decodeQueryKey(key)
  if (query === null || parsePage(page) === null) return notFoundMetadata(locale)
  return searchMetadata(locale, query)
}

export default async function SearchResultsPage({ params }: Props) {
  const { locale, key, page: raw } = await params
  setRequestLocale(locale)
  const query = decodeQueryKey(key)
  const page = parsePage(raw)
  if (query === null || page === null) notFound()
  return <SearchView locale={locale} query={query} page={page} />
}
