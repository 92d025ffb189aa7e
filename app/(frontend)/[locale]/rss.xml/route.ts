import { isLocale, locales } from '@/lib/i18n/routing'
import { feedResponse, newsFeed } from '@/lib/seo/feed'

export const revalidate = 3600
export const generateStaticParams = () => locales.map((locale) => ({ locale }))

/** RSS 2.0 of the latest news in one language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  return feedResponse(await newsFeed(locale, 'rss'), 'rss')
}
