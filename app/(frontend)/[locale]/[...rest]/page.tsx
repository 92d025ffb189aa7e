import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/lib/i18n/routing'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'

interface Props {
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return notFoundMetadata(isLocale(locale) ? locale : 'en')
}

/** Any other path under a language prefix gets that language's 404 page. */
export default function UnknownPage() {
  notFound()
}
