import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { isLocale, routing } from './lib/i18n/routing'

const handleI18n = createMiddleware(routing)

/** A first segment shaped like a language tag ("fr", "zh-TW") that is not one of ours. */
const foreignLocale = /^[a-z]{2}(-[a-z0-9]{2,8})?$/i

/** Longest path segment (percent-encoded) worth routing: slugs stop at 96 characters. */
const MAX_SEGMENT = 300

/**
 * Sends "/" to /en or /zh by the browser's language and keeps every public path under a locale.
 * An unknown language prefix is a 404 (shown in English), not a redirect to /en/fr/….
 */
export default function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding ("/en/news/%ZZ") cannot name anything: 400, not a crash.
  try {
    decodeURIComponent(request.nextUrl.pathname)
    decodeURIComponent(request.nextUrl.search)
  } catch {
    return new NextResponse('Bad request: malformed URL encoding.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  // The API passes through here only for that check (see the matcher).
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next()
  const segments = request.nextUrl.pathname.split('/')
  const first = segments[1] ?? ''
  // No page has a path segment this long; Next would otherwise try to cache the answer under a
  // file name longer than the file system allows.
  if (segments.some((segment) => segment.length > MAX_SEGMENT)) {
    return NextResponse.rewrite(new URL(`/${isLocale(first) ? first : 'en'}/__not-found`, request.url), { status: 404 })
  }
  if (first && !isLocale(first) && foreignLocale.test(first)) {
    return NextResponse.rewrite(new URL('/en/__unknown-locale', request.url), { status: 404 })
  }
  return handleI18n(request)
}

export const config = {
  // Payload's admin and API, the preview and revalidation routes under /next/, Next's internals
  // and files with an extension are not localized.
  matcher: ['/((?!api|admin|next/|_next|_vercel|.*\\..*).*)', '/api/:path*'],
}
