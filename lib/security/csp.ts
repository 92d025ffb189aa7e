interface PolicyOptions {
  /** A fresh random value per response; Next puts it on the inline scripts of pages it renders for the request. */
  nonce: string
  development?: boolean
  https?: boolean
}

/**
 * The Content-Security-Policy of public pages. Scripts come from the site's own origin or carry the
 * response's nonce. Cached pages carry no inline script at all (lib/next/static-html.cjs); pages
 * rendered per request (search results, previews) get the nonce from Next. Styles allow inline
 * attributes: next/image and the chart SVGs use them, and a style cannot run code.
 */
export function contentSecurityPolicy({ nonce, development = false, https = false }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its debugging tools; production never does.
    `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The admin's live preview frames the site itself; nobody else may.
    "frame-ancestors 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ]
  return directives.join('; ')
}

/** 128 random bits, base64: what CSP Level 3 asks of a nonce. Works in Node and in the proxy's runtime. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}
