import { type SanitizedConfig, getRequestLanguage } from 'payload'
import { parseCookies } from 'payload/shared'

import { BODY_LIMITS, tooLargeMessage } from './limits'
import { limitBody } from './body-limit'

type Kind = keyof typeof BODY_LIMITS
type Handler<Context> = (request: Request, context: Context) => Promise<Response>

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** A body's kind: a multipart form is an upload; anything else is judged as JSON (or GraphQL on its route). */
const kindOf = (request: Request, fallback: Kind): Kind =>
  (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/') ? 'upload' : fallback

/** Payload's session cookie or an Authorization header: the answer may be about this user. */
const carriesCredentials = (request: Request) =>
  request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/**
 * Wraps one of Payload's route handlers (REST or GraphQL) with what Payload does not do itself:
 * - a query string or path that is not valid percent-encoding is a 400, not a crash;
 * - a body over the route's limit is refused with a 413 in the editor's admin language, having
 *   read at most the limit (Payload would read a JSON body of any size into memory);
 * - an answer given to a request with credentials is `Cache-Control: private, no-store`, so no
 *   shared cache keeps a user's data or drafts.
 */
export function guardApi<Context>(
  handler: Handler<Context>,
  config: Promise<SanitizedConfig>,
  kind: Kind = 'json',
): Handler<Context> {
  return async (request, context) => {
    try {
      const url = new URL(request.url)
      decodeURIComponent(url.pathname)
      decodeURIComponent(url.search)
    } catch {
      return Response.json({ errors: [{ message: 'Malformed URL encoding in the address.' }] }, { status: 400 })
    }
    let forward = request
    let exceeded = () => false
    const bodyKind = kindOf(request, kind)
    if (WITH_BODY.has(request.method)) {
      const limited = limitBody(request, BODY_LIMITS[bodyKind])
      if (limited.tooLarge) return tooLarge(request, bodyKind, config)
      forward = limited.request
      exceeded = limited.exceeded
    }
    const response = await handler(forward, context)
    // Payload's own upload limits (the file alone, the whole form) answer 413, with a message in no
    // language ("An unknown error occurred."): the same message as here instead.
    if (exceeded() || response.status === 413) return tooLarge(request, bodyKind, config)
    if (!carriesCredentials(request)) return response
    const headers = new Headers(response.headers)
    headers.set('cache-control', 'private, no-store')
    headers.append('vary', 'Authorization, Cookie')
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}

async function tooLarge(request: Request, kind: Kind, config: Promise<SanitizedConfig>): Promise<Response> {
  const language = getRequestLanguage({
    config: await config,
    cookies: parseCookies(request.headers),
    headers: request.headers,
  })
  const message = language === 'zh' ? tooLargeMessage[kind].zh : tooLargeMessage[kind].en
  // The client may still be sending what was not read: this connection carries nothing more.
  return Response.json(
    { errors: [{ message }] },
    { status: 413, headers: { 'cache-control': 'no-store', connection: 'close' } },
  )
}
