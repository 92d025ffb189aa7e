import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/layout/not-found-content'
import { isLocale } from '@/lib/i18n/routing'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'

/** Its own title (not the layout's default, which another page carries), and never indexed. */
export async function generateMetadata({ params }: { params: Promise<{ locale?: string }> }): Promise<Metadata> {
  const { locale } = await params
  return notFoundMetadata(isLocale(locale) ? locale : 'en')
}

export default function NotFound() {
  return <NotFoundContent />
}
