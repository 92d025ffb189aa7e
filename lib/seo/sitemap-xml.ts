import { Readable } from 'node:stream'

import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'

import type { SitemapEntry } from '@/lib/data/sitemap'
import { siteUrl } from '@/lib/site-url'

/** Above this many URLs, /sitemap.xml becomes an index of /sitemaps/N.xml files. */
export const SITEMAP_CHUNK = 10_000

export async function urlsetXml(entries: SitemapEntry[]): Promise<string> {
  const stream = new SitemapStream({
    hostname: siteUrl(),
    xmlns: { news: false, video: false, image: false, xhtml: true },
  })
  const xml = streamToPromise(Readable.from(entries.map(toItem)).pipe(stream))
  return (await xml).toString()
}

export async function sitemapIndexXml(chunks: number, lastmod?: string): Promise<string> {
  const stream = new SitemapIndexStream()
  const urls = Array.from({ length: chunks }, (_, index) => ({
    url: `${siteUrl()}/sitemaps/${index + 1}.xml`,
    lastmod,
  }))
  return (await streamToPromise(Readable.from(urls).pipe(stream))).toString()
}

/** /sitemap.xml: every URL, or once there are more than `chunk`, an index of the parts, dated by the newest lastmod. */
export async function sitemapXml(entries: SitemapEntry[], chunk = SITEMAP_CHUNK): Promise<string> {
  if (entries.length <= chunk) return urlsetXml(entries)
  const newest = entries
    .map((entry) => entry.lastmod)
    .filter(Boolean)
    .sort()
    .at(-1)
  return sitemapIndexXml(Math.ceil(entries.length / chunk), newest)
}

/** /sitemaps/N.xml: part N of a sitemap that has become an index; null when there is no such part. */
export async function sitemapPartXml(
  entries: SitemapEntry[],
  part: number,
  chunk = SITEMAP_CHUNK,
): Promise<string | null> {
  const start = (part - 1) * chunk
  if (entries.length <= chunk || part < 1 || start >= entries.length) return null
  return urlsetXml(entries.slice(start, start + chunk))
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
