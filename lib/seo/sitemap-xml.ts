import { Readable } from 'node:stream'

import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'

import type { SitemapEntry } from '@/lib/data/sitemap'
import { siteUrl } from '@/lib/site-url'

/** Above this many URLs, /sitemap.xml becomes an index of /sitemaps/N.xml files. */
export const SITEMAP_CHUNK = 10_000

export async function urlsetXml(entries: SitemapEntry[]): Promise<string> {
  const stream = new SitemapStream({ hostname: siteUrl(), xmlns: { news: false, video: false, image: false, xhtml: true } })
  const xml = streamToPromise(Readable.from(entries.map(toItem)).pipe(stream))
  return (await xml).toString()
}

export async function sitemapIndexXml(chunks: number, lastmod?: string): Promise<string> {
  const stream = new SitemapIndexStream()
  const urls = Array.from({ length: chunks }, (_, index) => ({ url: `${siteUrl()}/sitemaps/${index + 1}.xml`, lastmod }))
  return (await streamToPromise(Readable.from(urls).pipe(stream))).toString()
}

function toItem(entry: SitemapEntry) {
  return {
    url: entry.url,
    lastmod: entry.lastmod,
    links: entry.alternates.map(({ lang, url }) => ({ lang, hreflang: lang, url: `${siteUrl()}${url}` })),
  }
}

export const xmlResponse = (xml: string) =>
  new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
