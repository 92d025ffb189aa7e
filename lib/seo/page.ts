import 'server-only'

import { getTranslations } from 'next-intl/server'

import { getSiteSettings } from '@/lib/data/site'
import type { Locale } from '@/lib/i18n/routing'

/** The SEO strings of a language and the company name they mention. */
export async function seoText(locale: Locale) {
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'seo' }), getSiteSettings(locale)])
  return { t, settings, company: settings.companyName }
}
