import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { databaseReachable } from './lib/db/health'
import { isRootFile } from './lib/http/root-files'
import { isLocale, type Locale, routing } from './lib/i18n/routing'
import { outageResponse } from './lib/outage-page'
import { cachedResultsPath } from './lib/search-query'
import { contentSecurityPolicy, createNonce } from './lib/security/csp.cjs'

const handleI18n = createMiddleware(routing)

/** A first segment shaped like a language tag ("fr", "zh-TW") that is not one of ours. */
const foreignLocale = /^[a-z]{2}(-[a-z0-9]{2,8})?$/i

/** Longest path segment (percent-encoded) worth routing: slugs stop at 96 characters. */
const MAX_SEGMENT = 300

/**
 * Runs only where a request needs it (see `config.matcher`): "/" (the browser's language picks
 * /en or /zh), the search page and other pages rendered per request (a CSP nonce for React's
 * inline scripts, the outage page), unknown and dotted paths outside the languages (the site's
 * 404), previews, and paths with percent-encoding (malformed is a 400). The cached page families
 * (home, news, articles, tags, about, services, feeds, sitemaps) never pass here: they are answered
 * from Next's cache as the same bytes for every reader, with headers set once, when the page enters
 * the cache (lib/next/edge-headers.cjs). The API never does either: Next would copy its request
 * bodies into memory and cut them at 10 MB.
 */
export default async function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding ("/en/%ZZ") cannot name anything: 400, not a crash.
  // A NUL byte names no file or page either, and breaks Next's cache paths.
  let path: string
  try {
    path = decodeURIComponent(request.nextUrl.pathname)
    decodeURIComponent(request.nextUrl.search)
  } catch {
    return badRequest('malformed URL encoding')
  }
  if (path.includes('\0')) return badRequest('a NUL byte in the path')
  // The API, the admin and /next/ pass through here only for those checks (see the matcher).
  if (/^\/(api|admin|next)\//.test(request.nextUrl.pathname)) return NextResponse.next()
  // Files: under a language (/en/rss.xml) or at the root (public/, robots.txt).
  const first = request.nextUrl.pathname.split('/')[1] ?? ''
  if (request.nextUrl.pathname.includes('.') && (isLocale(first) || isRootFile(first))) return NextResponse.next()

  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === 'development',
    https: request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https',
  })
  request.headers.set('content-security-policy', policy)
  const response = needsDatabase(request) && !(await databaseReachable()) ? duringOutage(request) : await route(request)
  response.headers.set('content-security-policy', policy)
  return response
}

/** Everything here reads the database as it renders, except the redirect from "/". */
const needsDatabase = (request: NextRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && request.nextUrl.pathname !== '/'

/**
 * The database is unreachable: rather than wait for a render that must fail, a quick 503 in the
 * reader's language. Cached pages never come here; the check is repeated at most twice a second
 * (lib/db/health.ts), so the site recovers by itself.
 */
function duringOutage(request: NextRequest): NextResponse {
  const first = request.nextUrl.pathname.split('/')[1] ?? ''
  const locale: Locale = isLocale(first) ? first : routing.defaultLocale
  const outage = outageResponse(locale, `/${locale}`)
  return new NextResponse(outage.body, { status: outage.status, headers: outage.headers })
}

function route(request: NextRequest): Promise<NextResponse> | NextResponse {
  const segments = request.nextUrl.pathname.split('/')
  const first = segments[1] ?? ''
  const notFound = (locale: Locale) =>
    NextResponse.rewrite(new URL(`/${locale}/__not-found`, request.url), { status: 404, request })
  // No page has a path segment this long; Next would otherwise try to cache the answer under a
  // file name longer than the file system allows.
  if (segments.some((segment) => segment.length > MAX_SEGMENT))
    return notFound(isLocale(first) ? first : routing.defaultLocale)
  // Any other dotted path outside the languages (/.env, /wp-login.php) names nothing here.
  if (request.nextUrl.pathname.includes('.')) return notFound(routing.defaultLocale)
  if (first && !isLocale(first) && foreignLocale.test(first)) {
    return NextResponse.rewrite(new URL(`/${routing.defaultLocale}/__unknown-locale`, request.url), {
      status: 404,
      request,
    })
  }
  // Search results come from a cached page per query (lib/search-query.ts).
  const results = cachedResultsPath(request.nextUrl.pathname, request.nextUrl.searchParams)
  if (results) return NextResponse.rewrite(new URL(results, request.url), { request })
  return handleI18n(request)
}

function badRequest(reason: string): NextResponse {
  return new NextResponse(`Bad request: ${reason}.`, {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}

export const config = {
  // Next reads the matcher without running this file: the language codes are written out here, and
  // tests/unit/proxy-matcher.test.ts checks them against `locales`.
  matcher: [
    // Not: the API, the admin, the routes under /next/, Next's files, dotted paths, and the cached
    // page families of each language.
    '/((?!api|admin|next/|_next|_vercel|.*\\..*|(?:en|zh)(?:/(?:news|tags|about|services|og)(?:/.*)?)?$).*)',
    // The cached families in draft mode: a preview renders per request, with React and a nonce.
    { source: '/:locale(en|zh)/:path*', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    { source: '/:locale(en|zh)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    // Dotted paths outside the languages and the sitemap/robots routes: public files pass, the
    // rest (/.env, /wp-login.php) gets the site's 404 instead of a 500.
    '/((?!_next/|api/|admin/|next/|(?:en|zh)/|sitemap\\.xml$|sitemaps/|robots\\.txt$).*\\..*)',
    // Percent-encoding on a page, and encoding that may not decode under /api, /admin, /next: a 400
    // for malformed encoding (Next answers it with a 500 on its own).
    '/((?!api/|admin/|next/).*%.*)',
    '/((?:api|admin|next)/.*%(?:(?![0-9A-Fa-f]{2})|[89A-Fa-f]).*)',
  ],
}
