import { expect, test } from '@playwright/test'

/**
 * Odd and hostile URLs against the production build: every answer is 200, 3xx, 400 or 404 — never
 * a 500 — and quick.
 */
const long = 'a'.repeat(2000)
const pageNumbers = ['-1', '0', '1e9', 'abc', '2.5', '%20', '99999999999999999999']
const slugs = [
  '..',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%F0%9F%98%80',
  long,
  '%E4%B8%AD%E6%96%87',
  'UPPER',
  'a%2Fb',
  '%',
  '%ZZ',
]

const paths = [
  ...pageNumbers.flatMap((page) => [
    `/en/news/page/${page}`,
    `/zh/tags/wipo/page/${page}`,
    `/en/search?q=patent&page=${page}`,
  ]),
  ...slugs.flatMap((slug) => [
    `/en/news/${slug}`,
    `/zh/news/category/${slug}`,
    `/en/tags/${slug}`,
    `/zh/news/untranslated/${slug}`,
    `/en/news/${slug}/og`,
  ]),
  '/fr/news',
  '/zh-TW',
  '/xx/news/anything',
  // A 10 KB search, and a long Chinese one (its percent-encoding is three times as long).
  `/en/search?q=${'patent+'.repeat(1500)}`,
  `/zh/search?q=${encodeURIComponent('专利'.repeat(500))}`,
  `/en/search?q=${encodeURIComponent('<script>alert(1)</script>')}`,
  '/en/search?q=%00',
  '/en/search?q=%',
  '/api/articles?limit=1000000',
  '/api/articles?where[title][like]=%',
  '/api/articles?depth=1000',
  '/api/articles?sort=nonexistent',
  '/api/articles?locale=xx',
  '/api/tags?page=-1',
  '/api/articles/not-an-id',
  '/api/nonexistent-collection',
  '/sitemaps/0.xml',
  '/sitemaps/abc',
  '/en/rss.xml?x=1',
  '/next/preview?path=/en&expires=1&token=forged',
  '/next/preview?path=https://evil.example',
  '/next/exit-preview?path=//evil.example',
]

/**
 * Generated: the kinds of path scanners and fuzzers send (dots, percent-encodings good and bad,
 * long segments, Unicode, traversal), at the root, under each language and under /api/, /admin/
 * and /next/.
 */
const oddSegments = [
  // Dots: scanners' favourites and plain dotted names.
  '.env',
  '.git/config',
  '.well-known/security.txt',
  'a.b',
  '..',
  '...',
  'wp-login.php',
  'wp-admin/setup-config.php',
  'index.php',
  'favicon.ico.bak',
  'config.json',
  'sitemap.xml.gz',
  'x.',
  '.%2e',
  // Encodings, valid and not.
  '%',
  '%ZZ',
  '%00',
  '%0a',
  '%2e%2e',
  '%2e%2e%2f',
  '%252e%252e',
  '%C0%AF',
  '%FF',
  '%E4%B8',
  '%u0041',
  '%2F',
  '%5C',
  '%20',
  '+',
  // Long.
  'a'.repeat(300),
  'b'.repeat(1000),
  'x.'.repeat(150),
  `${'deep/'.repeat(60)}end`,
  // Unicode, percent-encoded as a browser sends it.
  encodeURIComponent('中文'),
  encodeURIComponent('ñandú'),
  encodeURIComponent('😀'),
  encodeURIComponent('Ω.txt'),
  encodeURIComponent('\u202eevil'),
  encodeURIComponent('zero\u200bwidth'),
  // Traversal.
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '....//....//etc/passwd',
  '%2e%2e/%2e%2e/etc/passwd',
  '..%5c..%5cwindows%5cwin.ini',
]
const prefixes = ['', '/api', '/admin', '/next', '/en', '/zh', '/en/news', '/zh/tags']
const generated = prefixes.flatMap((prefix) => oddSegments.map((segment) => `${prefix}/${segment}`))

test('a few hundred generated odd paths at /, /api/, /admin/, /next/ and under each language: never a 5xx', async ({
  request,
}) => {
  test.setTimeout(300_000)
  expect(generated.length).toBeGreaterThan(300)
  const problems: string[] = []
  for (const path of generated) {
    const response = await request.get(path, { maxRedirects: 0, timeout: 15_000 })
    const status = response.status()
    if (status >= 500) problems.push(`${path.slice(0, 80)} → ${status}`)
    const location = response.headers().location ?? ''
    if (/^(https?:)?\/\//.test(location) && !location.startsWith(test.info().project.use.baseURL!))
      problems.push(`${path} redirects off-site to ${location}`)
    // Outside Payload and /next/, a page that is not found is the site's 404 page.
    const site = !/^\/(api|admin|next)\//.test(path)
    if (site && status === 404 && (response.headers()['content-type'] ?? '').includes('text/html')) {
      if (!/<title>(Page not found|页面不存在) \|/.test(await response.text()))
        problems.push(`${path.slice(0, 80)} → a 404 that is not the site's 404 page`)
    }
  }
  expect(problems).toEqual([])
})

test('odd and hostile URLs never make the server fail, and never make it slow', async ({ request }) => {
  test.setTimeout(180_000)
  const problems: string[] = []
  for (const path of paths) {
    const started = Date.now()
    const response = await request.get(path, { maxRedirects: 0 })
    const status = response.status()
    const ms = Date.now() - started
    const acceptable = status < 400 || [400, 401, 403, 404, 405].includes(status)
    if (!acceptable || ms > 5000) problems.push(`${path.slice(0, 80)} → ${status} in ${ms} ms`)
    if (status >= 300 && status < 400) {
      // Redirects stay on this site.
      const location = response.headers().location ?? ''
      if (/^(https?:)?\/\//.test(location) && !location.startsWith(test.info().project.use.baseURL!))
        problems.push(`${path} redirects off-site to ${location}`)
    }
  }
  expect(problems).toEqual([])
})
