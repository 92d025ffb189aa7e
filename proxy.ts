import createMiddleware from 'next-intl/middleware'

import { routing } from './lib/i18n/routing'

/** Sends "/" to /en or /zh by the browser's language and keeps every public path under a locale. */
export default createMiddleware(routing)

export const config = {
  // Payload's admin and API, Next's internals and files with an extension are not localized.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
