import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { getHeader, getSiteSettings } from '@/lib/data/site'
import { type Locale, otherLocale } from '@/lib/i18n/routing'

import { LanguageSwitch } from './language-switch'
import { SearchForm } from './search-form'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [header, settings, t] = await Promise.all([
    getHeader(locale),
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'site' }),
  ])
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={`/${locale}`} className="site-header__brand">
          {settings.companyName}
        </Link>
        <nav aria-label={t('primaryNav')} className="site-header__nav">
          <ul>
            {(header.navigation ?? []).map((item) => (
              <li key={item.id ?? item.href}>
                <Link href={`/${locale}${item.href === '/' ? '' : item.href}`}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm locale={locale} id="header-search" landmark="siteSearch" />
        <LanguageSwitch
          target={otherLocale(locale)}
          label={t('switchLanguage')}
          description={t('switchLanguageLabel')}
        />
      </div>
    </header>
  )
}
