import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/lib/i18n/routing'

import { feedLinks } from './metadata'

/**
 * A 404's head: its own title, never indexed. Pages that end in notFound() return it from
 * generateMetadata too: the metadata in the page's flight data is what the browser's title becomes
 * once React runs, so without it a 404 would turn into the layout's default title.
 */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return {
    title: t('title'),
    description: t('body'),
    robots: { index: false, follow: true },
    alternates: { types: feedLinks(locale) },
  }
}
