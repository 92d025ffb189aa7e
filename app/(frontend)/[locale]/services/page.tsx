import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MdxPage } from '@/components/mdx/mdx-page'
import type { Locale } from '@/lib/i18n/routing'

import En from './content.en.mdx'
import Zh from './content.zh.mdx'

interface Props {
  params: Promise<{ locale: Locale }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'pages' })
  return { title: t('services') }
}

export default async function ServicesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <MdxPage locale={locale} content={{ en: En, zh: Zh }} />
}
