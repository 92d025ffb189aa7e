import type { BreadcrumbList, NewsArticle, Organization, PostalAddress, WebSite, WithContext } from 'schema-dts'

import { type Locale, htmlLang } from '@/lib/i18n/routing'
import { articlePath, homePath, searchPath } from '@/lib/paths'
import { siteUrl } from '@/lib/site-url'
import type { Article, Media, SiteSetting } from '@/payload-types'

export const logoUrl = () => `${siteUrl()}/logo.png`
const absolute = (path: string) => (/^https?:/.test(path) ? path : `${siteUrl()}${path}`)

/** The firm, as search engines should know it: name, logo, telephones and offices from the footer. */
export function organization(locale: Locale, settings: SiteSetting): WithContext<Organization> {
  const offices = (settings.offices ?? []).filter((office) => office.address)
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${siteUrl()}/#organization`,
    name: settings.companyName,
    url: absolute(homePath(locale)),
    logo: { '@type': 'ImageObject', url: logoUrl(), width: '512', height: '512' },
    contactPoint: (settings.telephones ?? []).map((phone) => ({
      '@type': 'ContactPoint',
      telephone: phone.number,
      contactType: 'customer service',
      availableLanguage: ['English', 'Chinese'],
    })),
    address: offices.map((office): PostalAddress => ({
      '@type': 'PostalAddress',
      name: office.label,
      streetAddress: office.address,
    })),
  }
}

/** The site and its search box (Google's sitelinks search box reads the SearchAction). */
export function website(locale: Locale, settings: SiteSetting): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${siteUrl()}/#website-${locale}`,
    name: settings.companyName,
    url: absolute(homePath(locale)),
    inLanguage: htmlLang(locale),
    publisher: { '@id': `${siteUrl()}/#organization` },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absolute(searchPath(locale))}?q={search_term_string}` },
      // schema-dts lacks Google's "query-input" property.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  }
}

export interface ArticleImage {
  url: string
  width: number
  height: number
}

/** The cover's 1200×630 crop when there is a cover, else the article's generated Open Graph image. */
export function articleImage(locale: Locale, article: Pick<Article, 'cover' | 'slug'>): ArticleImage {
  const cover = typeof article.cover === 'object' ? (article.cover as Media | null) : null
  const og = cover?.sizes?.og
  if (og?.url && og.width && og.height) return { url: absolute(og.url), width: og.width, height: og.height }
  return { url: absolute(`${articlePath(locale, article.slug ?? '')}/og`), width: 1200, height: 630 }
}

export function newsArticle(
  locale: Locale,
  article: Article,
  settings: SiteSetting,
  description: string,
): WithContext<NewsArticle> {
  const url = absolute(articlePath(locale, article.slug ?? ''))
  const image = articleImage(locale, article)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    image: [{ '@type': 'ImageObject', url: image.url, width: String(image.width), height: String(image.height) }],
    datePublished: new Date(article.releaseDate).toISOString(),
    dateModified: new Date(article.updatedAt).toISOString(),
    author: [{ '@type': 'Organization', name: settings.companyName, url: absolute(homePath(locale)) }],
    publisher: {
      '@type': 'Organization',
      '@id': `${siteUrl()}/#organization`,
      name: settings.companyName,
      logo: { '@type': 'ImageObject', url: logoUrl(), width: '512', height: '512' },
    },
    inLanguage: htmlLang(locale),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
  }
}

export function breadcrumbs(items: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absolute(item.path),
    })),
  }
}
