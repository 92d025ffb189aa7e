import { getTranslations } from 'next-intl/server'

import { getArticle } from '@/lib/data/articles'
import { getSiteSettings } from '@/lib/data/site'
import { isLocale } from '@/lib/i18n/routing'
import { isSlug } from '@/lib/slug'
import { ogCard } from '@/lib/seo/og-image'

export const revalidate = 3600
export const generateStaticParams = () => []

/** An article's share card: its title, in its language, over the firm's colours. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  const article = isLocale(locale) && isSlug(slug) ? await getArticle(locale, slug) : null
  if (!article || !isLocale(locale)) return new Response('Not found', { status: 404 })
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations({ locale, namespace: 'news' })])
  return ogCard({ locale, title: article.title, kicker: t('title'), footer: settings.companyName })
}
