import { sitemapEntries } from '@/lib/data/sitemap'
import { SITEMAP_CHUNK, sitemapIndexXml, urlsetXml, xmlResponse } from '@/lib/seo/sitemap-xml'

export const revalidate = 3600

/** Every public page with its language alternates; an index of /sitemaps/N.xml once it is large. */
export async function GET() {
  const entries = await sitemapEntries()
  if (entries.length <= SITEMAP_CHUNK) return xmlResponse(await urlsetXml(entries))
  const newest = entries.map((entry) => entry.lastmod).filter(Boolean).sort().at(-1)
  return xmlResponse(await sitemapIndexXml(Math.ceil(entries.length / SITEMAP_CHUNK), newest))
}
