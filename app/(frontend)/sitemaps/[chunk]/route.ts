import { sitemapEntries } from '@/lib/data/sitemap'
import { sitemapPartXml, xmlResponse } from '@/lib/seo/sitemap-xml'

export const revalidate = 3600
export const generateStaticParams = () => []

/** One part of a large sitemap: /sitemaps/1.xml, /sitemaps/2.xml, … */
export async function GET(_request: Request, { params }: { params: Promise<{ chunk: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).chunk)
  const xml = match ? await sitemapPartXml(await sitemapEntries(), Number(match[1])) : null
  return xml ? xmlResponse(xml) : new Response('Not found', { status: 404 })
}
