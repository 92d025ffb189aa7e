import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'

import { isLocale } from '@/lib/i18n/routing'
import { newsPath } from '@/lib/paths'

export default async function NotFound() {
  const current = await getLocale()
  const locale = isLocale(current) ? current : 'en'
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
