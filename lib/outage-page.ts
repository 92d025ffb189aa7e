import en from '@/messages/en.json'
import zh from '@/messages/zh.json'

import { htmlLang, type Locale } from './i18n/routing'

const TEXT = { en: en.outage, zh: zh.outage } as const

/** Seconds a reader (or a crawler) is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30

/**
 * The page shown while the database cannot be reached and a page is not in the cache: plain HTML
 * built without React or the database, in the reader's language, answered with 503 so crawlers
 * come back instead of dropping the URL.
 */
export function outageResponse(locale: Locale, homeHref: string): Response {
  const text = TEXT[locale]
  const html = `<!DOCTYPE html>
<html lang="${htmlLang(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${text.title}</title>
<style>body{font:1rem/1.6 system-ui,sans-serif;color:#1a2230;max-width:36rem;margin:4rem auto;padding:0 1rem}a{color:#0b3d6e}</style>
</head>
<body>
<main>
<h1>${text.title}</h1>
<p>${text.body}</p>
<p><a href="${homeHref}">${text.home}</a></p>
</main>
</body>
</html>
`
  return new Response(html, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': String(RETRY_AFTER_SECONDS),
    },
  })
}
