import type { SanitizedConfig } from 'payload'
import sharp from 'sharp'

import type { RestBody } from './rest-client'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** A small real PNG: uploads are judged by content, so the bytes must be an image. */
export const pngFile = async (name = 'upload.png') => {
  const data = await sharp({ create: { width: 16, height: 9, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer()
  return { name, mimetype: 'image/png', data, size: data.length }
}

/**
 * Uploads a file through Payload's own REST handler as the admin does: a multipart form with the
 * file and the other fields as JSON in `_payload`.
 */
export async function restUpload(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const post = REST_POST(config) as Handler
  return async (
    collection: string,
    data: Record<string, unknown>,
    file: Awaited<ReturnType<typeof pngFile>>,
    token?: string,
  ) => {
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    form.set('_payload', JSON.stringify(data))
    const headers = new Headers()
    if (token) headers.set('authorization', `JWT ${token}`)
    const request = new Request(`http://localhost:3000/api/${collection}?locale=en&depth=0`, {
      method: 'POST',
      headers,
      body: form,
    })
    const response = await post(request, { params: Promise.resolve({ slug: [collection] }) })
    const json = (await response.json().catch(() => null)) as RestBody | null
    return { status: response.status, json }
  }
}
