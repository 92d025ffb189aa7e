import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MdxPage } from '@/components/mdx/mdx-page'
import type { Locale } from '@/lib/i18n/routing'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'

import En from './content.en.mdx'
import Zh from './content.zh.mdx'

interface Props {
  params: Promise<{ locale: Locale }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const [pages, { t, company }] = await Promise.all([getTranslations({ locale, namespace: 'pages' }), seoText(locale)])
  return pageMetadata({
    locale,
    path: (code) => `/${code}/services`,
    title: pages('services'),
    description: t('servicesDescription', { company }),
    siteName: company,
  })
}

export default async function ServicesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <MdxPage locale={locale} content={{ en: En, zh: Zh }} />
}
