import { sitemapEntries } from '@/lib/data/sitemap'
import { SITEMAP_CHUNK, urlsetXml, xmlResponse } from '@/lib/seo/sitemap-xml'

export const revalidate = 3600
export const generateStaticParams = () => []

/** One part of a large sitemap: /sitemaps/1.xml, /sitemaps/2.xml, … */
export async function GET(_request: Request, { params }: { params: Promise<{ chunk: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).chunk)
  const entries = await sitemapEntries()
  const start = match ? (Number(match[1]) - 1) * SITEMAP_CHUNK : -1
  if (!match || entries.length <= SITEMAP_CHUNK || start >= entries.length) return new Response('Not found', { status: 404 })
  return xmlResponse(await urlsetXml(entries.slice(start, start + SITEMAP_CHUNK)))
}
