import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const schemas = path.resolve('tests/support/sitemap-schemas')

/** sitemaps.org's urlset schema plus xhtml:link, or its sitemap index schema. */
export const sitemapSchema = {
  urlset: path.join(schemas, 'sitemap-with-alternates.xsd'),
  index: path.join(schemas, 'siteindex.xsd'),
}

/** Validates XML against an XSD with xmllint (Debian's libxml2-utils); throws with xmllint's complaint. */
export function validateXml(xml: string | Buffer, schema: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xmllint-'))
  const file = path.join(dir, 'document.xml')
  fs.writeFileSync(file, xml)
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    const { stderr } = error as { stderr?: string }
    throw new Error(`xmllint: ${stderr || String(error)}`)
  } finally {
    fs.rmSync(dir, { recursive: true })
  }
}
