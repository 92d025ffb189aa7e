/**
 * Request bodies read only up to a route's own limit. A declared Content-Length over the limit is
 * refused before a byte is read; a body without one (chunked) is counted as it streams and cut off
 * at the limit, so no handler behind it ever holds more than `maxBytes`.
 *
 * A client that keeps sending after the refusal is not left hanging: what follows is read and
 * thrown away (up to another `maxBytes`), so a client that reads the answer only once its upload
 * is done (as many HTTP libraries do) still gets the 413; the answer then closes the connection.
 */
export type LimitedBody = { tooLarge: true } | { tooLarge: false; request: Request; exceeded: () => boolean }

export function limitBody(request: Request, maxBytes: number): LimitedBody {
  const declared = request.headers.get('content-length')
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) return { tooLarge: true }
  if (!request.body) return { tooLarge: false, request, exceeded: () => false }
  const source = request.body.getReader()
  let seen = 0
  let exceeded = false
  /** Reads what is left and drops it, up to `maxBytes` more; then gives up on the rest. */
  const drain = async () => {
    let dropped = 0
    try {
      while (dropped <= maxBytes) {
        const { done, value } = await source.read()
        if (done) return
        dropped += value.byteLength
      }
      await source.cancel()
    } catch {
      // The client went away.
    }
  }
  const limited = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await source.read()
      if (done) {
        controller.close()
        return
      }
      seen += value.byteLength
      if (seen > maxBytes) {
        exceeded = true
        controller.error(new Error(`request body over ${maxBytes} bytes`))
        void drain()
        return
      }
      controller.enqueue(value)
    },
    // The handler stopped reading (Payload's own upload limit): the rest is drained, not left stuck.
    cancel: () => drain(),
  })
  // Node requires `duplex` for a streamed body; TypeScript's DOM types do not know it yet.
  const init: RequestInit & { duplex: 'half' } = { body: limited, duplex: 'half' }
  return { tooLarge: false, request: new Request(request, init), exceeded: () => exceeded }
}

/** Reads a whole body of at most `maxBytes` as text, or null when it is larger. */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string | null> {
  const limited = limitBody(request, maxBytes)
  if (limited.tooLarge) return null
  try {
    return await limited.request.text()
  } catch (error) {
    if (limited.exceeded()) return null
    throw error
  }
}
