import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'

import { SearchView } from '@/components/article/search-view'
import type { Locale } from '@/lib/i18n/routing'
import { parsePage } from '@/lib/paths'
import { normalizeQuery } from '@/lib/search-query'
import { searchMetadata } from '@/lib/seo/search-metadata'

interface Props {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// The proxy serves most result pages from search/[key]/[page], cached; this renders the empty search
// page and queries too long to be a cache key.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  return searchMetadata(locale, normalizeQuery((await searchParams).q))
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = normalizeQuery((await searchParams).q)
  const page = parsePage((await searchParams).page) ?? 1
  return <SearchView locale={locale} query={query} page={page} />
}
