// Public pages are read, not used: they are complete HTML (the charts are server-drawn SVG, the
// language switch and search are plain links and forms), so the cached copy served to readers
// leaves out React's hydration — Next's script files, their preloads and the inline flight data.
// What remains is HTML, CSS, images and the scripts the page itself names outside /_next/ (the
// chart tooltips). Previews (draft mode) never come from this cache and keep React.

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi
const DATA_TYPE = /\btype="application\/(ld\+)?json"/i
const NEXT_SRC = /\bsrc="\/_next\//i
const ANY_SRC = /\bsrc="/i
const NONCE = / nonce="[^"]*"/g

/** Marks HTML that has been through here, so reading a cached page twice costs one test. */
const MARK = '<!--static-->'

/** Keeps a script that is data (JSON-LD) or a file outside /_next/; drops Next's runtime and inline payload. */
function keepScript(attributes) {
  if (DATA_TYPE.test(attributes)) return true
  return ANY_SRC.test(attributes) && !NEXT_SRC.test(attributes)
}

/** The page without React's hydration. */
function withoutHydration(html) {
  // An error shell (id="__next_error__") has an empty body that only React can fill in.
  if (html.endsWith(MARK) || !html.includes('/_next/') || html.includes('id="__next_error__"')) return html
  const stripped = html
    .replace(SCRIPT, (whole, attributes) => (keepScript(attributes) ? whole : ''))
    .replace(SCRIPT_PRELOAD, (whole) => (whole.includes('/_next/') ? '' : whole))
    // The nonce of the request that rendered the page means nothing to later readers.
    .replace(NONCE, '')
  return stripped + MARK
}

module.exports = { withoutHydration }
