import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const schemas = path.resolve('tests/support/sitemap-schemas')
const feedSchemas = path.resolve('tests/support/feed-schemas')

/** sitemaps.org's urlset schema plus xhtml:link, or its sitemap index schema. */
export const sitemapSchema = {
  urlset: path.join(schemas, 'sitemap-with-alternates.xsd'),
  index: path.join(schemas, 'siteindex.xsd'),
}

/** RELAX NG grammars of the RSS 2.0 and Atom 1.0 shapes the feeds must have. */
export const feedSchema = {
  rss: path.join(feedSchemas, 'rss.rng'),
  atom: path.join(feedSchemas, 'atom.rng'),
}

/** Runs xmllint (Debian's libxml2-utils) on `xml`; throws with xmllint's complaint. */
function xmllint(xml: string | Buffer, args: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xmllint-'))
  const file = path.join(dir, 'document.xml')
  fs.writeFileSync(file, xml)
  try {
    return execFileSync('xmllint', [...args, file], { encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    const { stderr } = error as { stderr?: string }
    throw new Error(`xmllint: ${stderr || String(error)}`)
  } finally {
    fs.rmSync(dir, { recursive: true })
  }
}

/** Validates XML against an XSD (.xsd) or a RELAX NG grammar (.rng). */
export function validateXml(xml: string | Buffer, schema: string): void {
  xmllint(xml, ['--noout', schema.endsWith('.rng') ? '--relaxng' : '--schema', schema])
}

/**
 * The string value of an XPath expression, read by libxml2 (a strict parser: the document must be
 * well-formed). Elements in a default namespace are matched with local-name().
 */
export const xpathString = (xml: string | Buffer, expression: string): string =>
  // xmllint ends its answer with one newline of its own.
  xmllint(xml, ['--xpath', `string(${expression})`]).replace(/\n$/, '')
