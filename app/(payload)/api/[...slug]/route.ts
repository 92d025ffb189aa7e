import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

type Handler = ReturnType<typeof REST_GET>

/** A query string that is not valid percent-encoding ("?where[title][like]=%") is a 400, not a crash. */
const guard =
  (handler: Handler): Handler =>
  (request, context) => {
    try {
      decodeURIComponent(new URL(request.url).search)
    } catch {
      return Promise.resolve(Response.json({ errors: [{ message: 'Malformed URL encoding in the query string.' }] }, { status: 400 }))
    }
    return handler(request, context)
  }

export const GET = guard(REST_GET(config))
export const POST = guard(REST_POST(config))
export const DELETE = guard(REST_DELETE(config))
export const PATCH = guard(REST_PATCH(config))
export const PUT = guard(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
