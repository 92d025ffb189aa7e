import jsQR from 'jsqr'
import sharp from 'sharp'

/** Reads the text a QR code encodes from a PNG screenshot of it. */
export async function decodeQr(png: Buffer): Promise<string | null> {
  // A white margin helps the decoder find the finder patterns.
  const padded = await sharp(png)
    .extend({ top: 24, bottom: 24, left: 24, right: 24, background: '#ffffff' })
    .ensureAlpha()
  const { data, info } = await padded.raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null
}
