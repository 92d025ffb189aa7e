/**
 * First path segments outside the languages that name real files or routes with a dot: the files
 * in public/ and the routes at the root of app/. Any other dotted path there (/.env,
 * /wp-login.php, /a.b) is answered by the proxy with the site's 404 page; without that rule Next
 * took its first segment for a language and the home page failed on it (a 500).
 * tests/unit/root-files.test.ts keeps this list in step with public/ and app/.
 */
export const ROOT_FILES: ReadonlySet<string> = new Set([
  'apple-touch-icon.png',
  'chart-tooltips.js',
  'favicon.ico',
  'favicon.svg',
  'logo.png',
  'robots.txt',
  'sitemap.xml',
  'sitemaps',
])

export const isRootFile = (segment: string): boolean => ROOT_FILES.has(segment)
