/**
 * Request bodies read only up to a route's own limit. A declared Content-Length over the limit is
 * refused before a byte is read; a body without one (chunked) is counted as it streams and cut off
 * at the limit, so no handler behind it ever holds more than `maxBytes`.
 */
export type LimitedBody = { tooLarge: true } | { tooLarge: false; request: Request; exceeded: () => boolean }

export function limitBody(request: Request, maxBytes: number): LimitedBody {
  const declared = request.headers.get('content-length')
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) return { tooLarge: true }
  if (!request.body) return { tooLarge: false, request, exceeded: () => false }
  let seen = 0
  let exceeded = false
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength
        if (seen > maxBytes) {
          exceeded = true
          controller.error(new Error(`request body over ${maxBytes} bytes`))
        } else controller.enqueue(chunk)
      },
    }),
  )
  // Node requires `duplex` for a streamed body; TypeScript's DOM types do not know it yet.
  const init: RequestInit & { duplex: 'half' } = { body: counted, duplex: 'half' }
  const limited = new Request(request, init)
  return { tooLarge: false, request: limited, exceeded: () => exceeded }
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
