// The Content-Security-Policy of public pages. CommonJS so that the proxy (bundled by Next) and the
// cache handler (loaded by Node as is, lib/next/cache-handler.cjs) build it from the same code.

/**
 * @typedef {object} PolicyOptions
 * @property {string} [nonce] A fresh random value per response, for pages rendered per request:
 *   Next puts it on the inline scripts it renders. Cached pages carry no inline script and get none.
 * @property {boolean} [inlineScripts] Allows inline scripts without a nonce: only for Next's 404
 *   shell on cached routes, which no proxy mints a nonce for (see lib/next/edge-headers.cjs).
 * @property {boolean} [development]
 * @property {boolean} [https]
 */

/**
 * Scripts come from the site's own origin, or carry the response's nonce. Styles allow inline
 * attributes: next/image and the chart SVGs use them, and a style cannot run code.
 * @param {PolicyOptions} [options]
 * @returns {string}
 */
function contentSecurityPolicy({ nonce, inlineScripts = false, development = false, https = false } = {}) {
  const scripts = ["'self'"]
  if (nonce) scripts.push(`'nonce-${nonce}'`)
  else if (inlineScripts) scripts.push("'unsafe-inline'")
  // React's development build evaluates code for its debugging tools; production never does.
  if (development) scripts.push("'unsafe-eval'")
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
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

/**
 * 128 random bits, base64: what CSP Level 3 asks of a nonce. Works in Node and in the proxy's runtime.
 * @returns {string}
 */
function createNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/**
 * Whether the public origin is https (then the policy upgrades insecure requests).
 * @param {NodeJS.ProcessEnv} [env]
 */
const servedOverHttps = (env = process.env) => (env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://')

module.exports = { contentSecurityPolicy, createNonce, servedOverHttps }
