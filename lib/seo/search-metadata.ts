import 'server-only'

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/lib/i18n/routing'
import { searchPath } from '@/lib/paths'

import { pageMetadata } from './metadata'
import { seoText } from './page'

/** The search page may be indexed; its result pages may not (and robots.txt keeps crawlers out). */
export async function searchMetadata(locale: Locale, query: string): Promise<Metadata> {
  const [search, { t, company }] = await Promise.all([
    getTranslations({ locale, namespace: 'search' }),
    seoText(locale),
  ])
  return pageMetadata({
    locale,
    path: (code) => searchPath(code),
    title: search('title'),
    description: t('searchDescription', { company }),
    noindex: Boolean(query),
    siteName: company,
  })
}
