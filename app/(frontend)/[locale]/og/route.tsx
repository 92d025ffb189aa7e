import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { getSiteSettings } from '@/lib/data/site'
import { isLocale } from '@/lib/i18n/routing'
import { ogCard } from '@/lib/seo/og-image'
import { siteUrl } from '@/lib/site-url'

export const revalidate = 86400
export const generateStaticParams = () => []

/** The site's share card in one language, for pages without an image of their own. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations({ locale, namespace: 'seo' })])
  return ogCard({ locale, title: t('homeTitle'), kicker: settings.companyName, footer: new URL(siteUrl()).host })
}
