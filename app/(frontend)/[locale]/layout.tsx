import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { PreviewBanner } from '@/components/preview/preview-banner'
import { getSiteSettings } from '@/lib/data/site'
import { htmlLang, isLocale, locales } from '@/lib/i18n/routing'
import { siteUrl } from '@/lib/site-url'

import '../styles.css'

export const generateStaticParams = () => locales.map((locale) => ({ locale }))

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d6e' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const settings = await getSiteSettings(locale)
  const t = await getTranslations({ locale, namespace: 'home' })
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${t('title')} | ${settings.companyName}`, template: `%s | ${settings.companyName}` },
    description: t('intro'),
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/favicon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
  }
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, tPreview, messages, draft] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    getTranslations({ locale, namespace: 'preview' }),
    getMessages({ locale }),
    draftMode(),
  ])
  return (
    <html lang={htmlLang(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {draft.isEnabled ? <PreviewBanner message={tPreview('banner')} exitLabel={tPreview('exit')} /> : null}
        <SiteHeader locale={locale} />
        <main id="main" className="site-main">
          {/* Client components get only the strings they use: the error page's. */}
          <NextIntlClientProvider locale={locale} messages={{ error: messages.error, notFound: messages.notFound }}>
            {children}
          </NextIntlClientProvider>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
