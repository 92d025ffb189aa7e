import { sitemapEntries } from '@/lib/data/sitemap'
import { sitemapXml, xmlResponse } from '@/lib/seo/sitemap-xml'

export const revalidate = 3600

/** Every public page with its language alternates; an index of /sitemaps/N.xml once it is large. */
export async function GET() {
  return xmlResponse(await sitemapXml(await sitemapEntries()))
}
