/**
 * graphql-http answers a query that fails validation (too deep, too costly, not in the schema)
 * with 200 when the client accepts `application/json`, as the GraphQL-over-HTTP spec allowed
 * before its new media type. An answer without `data` is such a request error: it becomes a 400,
 * so clients, caches and monitoring see a refused request, not a success.
 */
export async function requestErrorsAs400(response: Response): Promise<Response> {
  if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.text()
  let refused = false
  try {
    const body: unknown = JSON.parse(text)
    refused = typeof body === 'object' && body !== null && 'errors' in body && !('data' in body)
  } catch {
    // Not JSON after all: passed on as it came.
  }
  return new Response(text, { status: refused ? 400 : 200, headers: response.headers })
}
