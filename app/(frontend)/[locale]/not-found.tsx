import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'

import { type Locale, isLocale } from '@/lib/i18n/routing'
import { newsPath } from '@/lib/paths'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'

async function currentLocale(): Promise<Locale> {
  const current = await getLocale()
  return isLocale(current) ? current : 'en'
}

/**
 * Its own title (not the layout's default, which another page carries), and never indexed. The
 * locale comes from the params: reading it from the request would turn a cached page's 404 dynamic.
 */
export async function generateMetadata({ params }: { params: Promise<{ locale?: string }> }): Promise<Metadata> {
  const { locale: segment } = await params
  return notFoundMetadata(isLocale(segment) ? segment : await currentLocale())
}

export default async function NotFound() {
  const locale = await currentLocale()
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <div className="page page--narrow">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link className="button" href={newsPath(locale)}>
          {t('back')}
        </Link>
      </p>
    </div>
  )
}
