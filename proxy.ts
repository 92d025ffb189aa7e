import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { databaseReachable } from './lib/db/health'
import { isLocale, type Locale, routing } from './lib/i18n/routing'
import { outageResponse } from './lib/outage-page'
import { contentSecurityPolicy, createNonce } from './lib/security/csp.cjs'

const handleI18n = createMiddleware(routing)

/** A first segment shaped like a language tag ("fr", "zh-TW") that is not one of ours. */
const foreignLocale = /^[a-z]{2}(-[a-z0-9]{2,8})?$/i

/** Longest path segment (percent-encoded) worth routing: slugs stop at 96 characters. */
const MAX_SEGMENT = 300

/**
 * Runs only where a request needs it (see `config.matcher`): "/" (the browser's language picks
 * /en or /zh), the search page and other pages rendered per request (a CSP nonce for React's
 * inline scripts, the outage page), unknown paths (404 in their language) and previews. The
 * cached page families (home, news, articles, tags, about, services, feeds) never pass here: they
 * are answered from Next's cache as the same bytes for every reader, with headers set once, when
 * the page enters the cache (lib/next/edge-headers.cjs).
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
  // The API passes through here only for that check (see the matcher).
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next()

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
  // No page has a path segment this long; Next would otherwise try to cache the answer under a
  // file name longer than the file system allows.
  if (segments.some((segment) => segment.length > MAX_SEGMENT)) {
    return NextResponse.rewrite(new URL(`/${isLocale(first) ? first : routing.defaultLocale}/__not-found`, request.url), {
      status: 404,
      request,
    })
  }
  if (first && !isLocale(first) && foreignLocale.test(first)) {
    return NextResponse.rewrite(new URL(`/${routing.defaultLocale}/__unknown-locale`, request.url), { status: 404, request })
  }
  return handleI18n(request)
}

function badRequest(reason: string): NextResponse {
  return new NextResponse(`Bad request: ${reason}.`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

export const config = {
  // Next reads the matcher without running this file: the language codes are written out here, and
  // tests/unit/proxy-matcher.test.ts checks them against `locales`.
  matcher: [
    // Not: the API (below), the admin, the preview and service routes under /next/, Next's files,
    // paths with a dot (files, feeds, sitemaps), and the cached page families of each language.
    '/((?!api|admin|next/|_next|_vercel|.*\\..*|(?:en|zh)(?:/(?:news|tags|about|services|og)(?:/.*)?)?$).*)',
    // The cached families in draft mode: a preview renders per request, with React and a nonce.
    { source: '/:locale(en|zh)/:path*', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    { source: '/:locale(en|zh)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    // Any path with percent-encoding, to refuse malformed encoding (Next would answer 500).
    '/(.*%.*)',
    '/api/:path*',
  ],
}
