import { getTranslations } from 'next-intl/server'

import { listArticles } from '@/lib/data/articles'
import { getSiteSettings } from '@/lib/data/site'
import { type Locale, htmlLang } from '@/lib/i18n/routing'
import { articlePath, homePath } from '@/lib/paths'
import { siteUrl } from '@/lib/site-url'

import { type FeedChannel, type FeedEntry, renderAtom, renderRss } from './feed-xml'

export const FEED_SIZE = 20

/** The latest published articles of one language, as RSS 2.0 or Atom from one source. */
export async function newsFeed(locale: Locale, format: 'rss' | 'atom'): Promise<string> {
  const [settings, t, latest] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'seo' }),
    listArticles(locale, { limit: FEED_SIZE }),
  ])
  const site = siteUrl()
  const company = settings.companyName
  const home = `${site}${homePath(locale)}`
  const channel: FeedChannel = {
    title: t('feedTitle', { company }),
    description: t('feedDescription', { company }),
    language: htmlLang(locale),
    link: home,
    rssUrl: `${site}/${locale}/rss.xml`,
    atomUrl: `${site}/${locale}/atom.xml`,
    logo: `${site}/logo.png`,
    icon: `${site}/favicon.svg`,
    copyright: settings.copyright || company,
    author: company,
    updated: latest.docs[0] ? new Date(latest.docs[0].releaseDate) : new Date(0),
  }
  const entries: FeedEntry[] = latest.docs.map((article) => {
    const category = typeof article.category === 'object' ? article.category : null
    return {
      title: article.title,
      link: `${site}${articlePath(locale, article.slug ?? '')}`,
      summary: article.summary ?? null,
      published: new Date(article.releaseDate),
      updated: new Date(article.releaseDate),
      category: category?.name ?? null,
    }
  })
  return format === 'rss' ? renderRss(channel, entries) : renderAtom(channel, entries)
}

export const feedResponse = (body: string, type: 'rss' | 'atom') =>
  new Response(body, {
    headers: { 'content-type': `application/${type === 'rss' ? 'rss' : 'atom'}+xml; charset=utf-8` },
  })
