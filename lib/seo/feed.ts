import { Feed } from 'feed'
import { getTranslations } from 'next-intl/server'

import { listArticles } from '@/lib/data/articles'
import { getSiteSettings } from '@/lib/data/site'
import { type Locale, htmlLang } from '@/lib/i18n/routing'
import { articlePath, homePath } from '@/lib/paths'
import { siteUrl } from '@/lib/site-url'

export const FEED_SIZE = 20

/** The latest published articles of one language as a feed (RSS 2.0 and Atom from one source). */
export async function newsFeed(locale: Locale): Promise<Feed> {
  const [settings, t, latest] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'seo' }),
    listArticles(locale, { limit: FEED_SIZE }),
  ])
  const site = siteUrl()
  const company = settings.companyName
  const feed = new Feed({
    id: `${site}${homePath(locale)}`,
    link: `${site}${homePath(locale)}`,
    title: t('feedTitle', { company }),
    description: t('feedDescription', { company }),
    language: htmlLang(locale),
    image: `${site}/logo.png`,
    favicon: `${site}/favicon.svg`,
    copyright: settings.copyright ?? company,
    updated: latest.docs[0] ? new Date(latest.docs[0].releaseDate) : new Date(0),
    generator: 'News Center',
    feedLinks: { rss: `${site}/${locale}/rss.xml`, atom: `${site}/${locale}/atom.xml` },
    author: { name: company, link: `${site}${homePath(locale)}` },
  })
  for (const article of latest.docs) {
    const url = `${site}${articlePath(locale, article.slug ?? '')}`
    const category = typeof article.category === 'object' ? article.category : null
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.summary ?? undefined,
      date: new Date(article.releaseDate),
      category: category?.name ? [{ name: category.name }] : undefined,
      author: [{ name: company }],
    })
  }
  return feed
}

export const feedResponse = (body: string, type: 'rss' | 'atom') =>
  new Response(body, {
    headers: { 'content-type': `application/${type === 'rss' ? 'rss' : 'atom'}+xml; charset=utf-8` },
  })
