import type { SanitizedConfig } from 'payload'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** A document in a REST answer: its fields are whatever the collection has. */
export type RestDoc = { id: number | string } & Record<string, unknown>

export const isRestDoc = (value: unknown): value is RestDoc =>
  typeof value === 'object' && value !== null && 'id' in value && ['number', 'string'].includes(typeof value.id)

/**
 * What Payload's REST and GraphQL handlers answer, as far as the tests read it: any part may be
 * absent, and a read by id or of a global answers the document itself.
 */
export interface RestBody {
  [field: string]: unknown
  token?: string
  doc?: RestDoc
  /** A global's answer to an update. */
  result?: RestDoc
  docs?: RestDoc[]
  totalDocs?: number
  limit?: number
  /**
   * GraphQL adds `extensions` (Payload's error name, our limits' code); a validation error's field
   * messages ride in `data.errors`, each with the field's path.
   */
  errors?: {
    message: string
    extensions?: { name?: string; code?: string }
    data?: { errors?: { path: string; message: string }[] }
  }[]
  /** Our refusals (collections/hooks/public-errors.ts): the one message the admin shows. */
  message?: string
  /** Our own endpoints' refusals (the rankings import). */
  problems?: string[]
  /** GraphQL: one entry per query or mutation asked. */
  data?: Record<string, (Partial<RestDoc> & { docs?: RestDoc[] }) | null>
}

/**
 * Calls Payload's own REST and GraphQL route handlers (the ones app/(payload)/api serves) with real
 * Request objects: the HTTP layer, auth headers and access control included, without a server.
 */
export async function restClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const routes = await import('@payloadcms/next/routes')
  const handlers: Record<string, Handler> = {
    GET: routes.REST_GET(config) as Handler,
    POST: routes.REST_POST(config) as Handler,
    PATCH: routes.REST_PATCH(config) as Handler,
    DELETE: routes.REST_DELETE(config) as Handler,
  }
  const graphql = routes.GRAPHQL_POST(config) as (request: Request) => Promise<Response>
  const origin = 'http://localhost:3000'

  const headersFor = (token?: string, json = true, language?: string) => {
    const headers = new Headers()
    if (language) headers.set('accept-language', language)
    if (json) headers.set('content-type', 'application/json')
    if (token) headers.set('authorization', `JWT ${token}`)
    return headers
  }

  const call = async (
    method: keyof typeof handlers,
    path: string,
    { token, body, language }: { token?: string; body?: unknown; language?: string } = {},
  ) => {
    const url = new URL(`/api/${path.replace(/^\//, '')}`, origin)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const request = new Request(url, {
      method,
      headers: headersFor(token, body !== undefined, language),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let json: unknown = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = text
    }
    return { status: response.status, json: json as RestBody }
  }

  return {
    get: (path: string, token?: string) => call('GET', path, { token }),
    post: (path: string, body: unknown, token?: string, language?: string) =>
      call('POST', path, { token, body, language }),
    patch: (path: string, body: unknown, token?: string, language?: string) =>
      call('PATCH', path, { token, body, language }),
    delete: (path: string, token?: string) => call('DELETE', path, { token }),
    async login(email: string, password: string): Promise<string> {
      const { status, json } = await call('POST', 'users/login', { body: { email, password } })
      if (status !== 200 || typeof json?.token !== 'string') throw new Error(`login ${email} failed: ${status}`)
      return json.token
    },
    async graphql(query: string, token?: string) {
      const request = new Request(`${origin}/api/graphql`, {
        method: 'POST',
        headers: headersFor(token),
        body: JSON.stringify({ query }),
      })
      const response = await graphql(request)
      return { status: response.status, json: (await response.json()) as RestBody }
    },
  }
}
