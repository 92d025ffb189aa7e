import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { databaseReachable } from './lib/db/health'
import { isRootFile } from './lib/http/root-files'
import { isLocale, type Locale, localeGroup, routing } from './lib/i18n/routing'
import { outageResponse } from './lib/outage-page'
import { type MovedSlugs, movedSlug } from './lib/redirects/moved-slugs'
import { cachedResultsPath } from './lib/search-query'
import { contentSecurityPolicy, createNonce } from './lib/security/csp'
import { internalOrigin } from './lib/site-url'

const handleI18n = createMiddleware(routing)

/** A first segment shaped like a language tag ("fr", "zh-TW") that is not one of ours. */
const foreignLocale = /^[a-z]{2}(-[a-z0-9]{2,8})?$/i

/** Longest path segment (percent-encoded) worth routing: slugs stop at 96 characters. */
const MAX_SEGMENT = 300

/**
 * Sends "/" to /en or /zh by the browser's language and keeps every public path under a locale.
 * An unknown language prefix is a 404 (shown in English), not a redirect to /en/fr/….
 */
export default async function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding ("/en/news/%ZZ") cannot name anything: 400, not a crash.
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
  const probing = request.headers.has(OUTAGE_PROBE)
  const response = probing || (await databaseReachable()) ? await route(request, { databaseDown: probing }) : await duringOutage(request)
  response.headers.set('content-security-policy', policy)
  return response
}

/** Marks the proxy's own request for a page while the database is down, so it is not asked again. */
const OUTAGE_PROBE = 'x-news-center-outage-probe'

/**
 * The database is unreachable. Pages in Next's cache still answer as usual: the page is asked for
 * once more from this server, marked so that this check lets it through. Whatever would have been
 * a server error (a page that must read the database) becomes a quick 503 in the reader's language.
 * The check is repeated every second (lib/db/health.ts), so the site recovers by itself.
 */
async function duringOutage(request: NextRequest): Promise<NextResponse> {
  const first = request.nextUrl.pathname.split('/')[1] ?? ''
  const locale: Locale = isLocale(first) ? first : 'en'
  const origin = internalOrigin()
  if (origin && (request.method === 'GET' || request.method === 'HEAD')) {
    const headers = new Headers(request.headers)
    headers.set(OUTAGE_PROBE, '1')
    // Undici would decompress the body but keep the header; ask for it plain.
    headers.set('accept-encoding', 'identity')
    headers.delete('host')
    const answer = await fetch(new URL(request.nextUrl.pathname + request.nextUrl.search, origin), {
      method: request.method,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(5000),
    }).catch(() => null)
    if (answer && answer.status < 500) {
      const passed = new Headers(answer.headers)
      for (const name of ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']) passed.delete(name)
      return new NextResponse(answer.body, { status: answer.status, headers: passed })
    }
  }
  const outage = outageResponse(locale, `/${locale}`)
  return new NextResponse(outage.body, { status: outage.status, headers: outage.headers })
}

/** An article's address: /en/news/<slug>. */
const ARTICLE_PATH = new RegExp(`^/${localeGroup}/news/([a-z0-9-]+)/?$`)

async function route(request: NextRequest, { databaseDown }: { databaseDown: boolean }): Promise<NextResponse> {
  const segments = request.nextUrl.pathname.split('/')
  const first = segments[1] ?? ''
  const article = ARTICLE_PATH.exec(request.nextUrl.pathname)
  // While the database is down, a cached article must not wait for a map that cannot load.
  if (article && !databaseDown && (request.method === 'GET' || request.method === 'HEAD')) {
    const [, locale, slug] = article
    const target = await movedSlug(slug, loadMovedSlugs)
    // The query (a campaign tag) comes along. Next writes a same-origin Location as a relative path.
    if (target) return NextResponse.redirect(new URL(`/${locale}/news/${target}${request.nextUrl.search}`, request.url), 301)
  }
  // No page has a path segment this long; Next would otherwise try to cache the answer under a
  // file name longer than the file system allows.
  if (segments.some((segment) => segment.length > MAX_SEGMENT)) {
    return NextResponse.rewrite(new URL(`/${isLocale(first) ? first : 'en'}/__not-found`, request.url), { status: 404, request })
  }
  // Any other dotted path outside the languages (/.env, /wp-login.php) names nothing here.
  if (request.nextUrl.pathname.includes('.')) {
    return NextResponse.rewrite(new URL('/en/__not-found', request.url), { status: 404, request })
  }
  if (first && !isLocale(first) && foreignLocale.test(first)) {
    return NextResponse.rewrite(new URL('/en/__unknown-locale', request.url), { status: 404, request })
  }
  // Search results come from a cached page per query (lib/search-query.ts); not while the database
  // is down: served through the outage probe that cached copy answered 500 (tests/system/outage.test.ts).
  const results = databaseDown ? null : cachedResultsPath(request.nextUrl.pathname, request.nextUrl.searchParams)
  if (results) return NextResponse.rewrite(new URL(results, request.url), { request })
  return handleI18n(request)
}

/** The map of old slugs, from this server's own route (the proxy does not load Payload). */
async function loadMovedSlugs(): Promise<MovedSlugs> {
  const origin = internalOrigin()
  if (!origin) throw new Error('no internal origin')
  const response = await fetch(`${origin}/next/moved-slugs`, { signal: AbortSignal.timeout(5000) })
  if (!response.ok) throw new Error(`moved slugs answered ${response.status}`)
  return (await response.json()) as MovedSlugs
}

function badRequest(reason: string): NextResponse {
  return new NextResponse(`Bad request: ${reason}.`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

export const config = {
  // Payload's admin and API, the preview and revalidation routes under /next/, Next's internals
  // and files with an extension are not localized. The API stays out, so request bodies reach it
  // unbuffered (Next copies a body that passes a proxy into memory and cuts it at 10 MB). Paths
  // with a dot come in for the root-file rule, and admin, API and /next/ paths with a percent sign
  // that may not decode (not two hex digits, or a non-ASCII byte) for the check above: Next
  // answers a malformed encoding outside the proxy with a 500.
  matcher: [
    '/((?!api|admin|next/|_next|_vercel|.*\\..*).*)',
    '/((?!_next/|api/|admin/|next/).*\\..*)',
    '/((?:api|admin|next)/.*%(?:(?![0-9A-Fa-f]{2})|[89A-Fa-f]).*)',
  ],
}
