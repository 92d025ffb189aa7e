'use client'

import { useParams } from 'next/navigation'
import { useTranslations } from 'next-intl'

import { defaultLocale, isLocale } from '@/lib/i18n/routing'
import { newsPath } from '@/lib/paths'

/** A server error on a public page: a localized message, a retry, and a way back. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('error')
  const { locale } = useParams<{ locale: string }>()
  return (
    <div className="page page--narrow">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={reset}>
          {t('retry')}
        </button>
        <a className="button button--secondary" href={newsPath(isLocale(locale) ? locale : defaultLocale)}>
          {t('back')}
        </a>
      </p>
    </div>
  )
}
