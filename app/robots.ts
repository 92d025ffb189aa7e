import type { MetadataRoute } from 'next'

import { locales } from '@/lib/i18n/routing'
import { siteUrl } from '@/lib/site-url'

/** Crawl the site; not the admin, the API, preview routes or search results. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      // Cover images (og:image, NewsArticle.image) are served from the API; the longer rule wins over "/api/".
      allow: ['/', '/api/media/file/'],
      // "/en/search?" blocks result pages (and "/en/search/" the cached copies they are served from)
      // but leaves the search page itself crawlable.
      disallow: [
        '/admin',
        '/api/',
        '/next/',
        ...locales.flatMap((locale) => [`/${locale}/search?`, `/${locale}/search/`]),
      ],
    },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
