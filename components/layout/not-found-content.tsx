'use client'

import Link from 'next/link'
import { useParams } from 'next/navigation'
import { useTranslations } from 'next-intl'

import { isLocale } from '@/lib/i18n/routing'
import { newsPath } from '@/lib/paths'

/**
 * The 404's text. A client component so that it reads the language from the route's params: a
 * server component would read it from the request, which makes a cached route's 404 dynamic at
 * render time, and Next then sends an empty shell that only JavaScript can fill in.
 */
export function NotFoundContent() {
  const t = useTranslations('notFound')
  const { locale } = useParams<{ locale?: string }>()
  return (
    <div className="page page--narrow">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link className="button" href={newsPath(isLocale(locale) ? locale : 'en')}>
          {t('back')}
        </Link>
      </p>
    </div>
  )
}
