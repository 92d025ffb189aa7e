import QRCode from 'qrcode'

interface TranslationQrProps {
  url: string
  label: string
}

/** A QR code (inline SVG, drawn on the server) that opens this article in the other language. */
export async function TranslationQr({ url, label }: TranslationQrProps) {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', width: 128 })
  return (
    <figure className="translation-qr" data-qr-target={url}>
      <div className="translation-qr__code" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>
        {label} <a href={url}>{url.replace(/^https?:\/\//, '')}</a>
      </figcaption>
    </figure>
  )
}
