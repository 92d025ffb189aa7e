import 'server-only'

import fs from 'node:fs/promises'
import path from 'node:path'

import { ImageResponse } from 'next/og'
import subsetFont from 'subset-font'

import type { Locale } from '@/lib/i18n/routing'

export const OG_SIZE = { width: 1200, height: 630 }

let fontFile: Promise<Buffer> | undefined

/** Noto Sans SC Bold (an npm package, so it works offline): Latin and CJK glyphs in one face. */
function notoSansSc(): Promise<Buffer> {
  fontFile ??= fs.readFile(
    path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  )
  return fontFile
}

/**
 * A 1200×630 card with the text in its language. The 10 MB font is cut down to the glyphs on the
 * card (tens of kilobytes) before satori reads it, which keeps a render to a few hundred ms.
 */
export async function ogCard({
  locale,
  title,
  kicker,
  footer,
}: {
  locale: Locale
  title: string
  kicker: string
  footer: string
}) {
  const text = `${title}${kicker}${footer}…`
  const font = await subsetFont(await notoSansSc(), text, { targetFormat: 'truetype' })
  const size = title.length > 60 ? 52 : title.length > 36 ? 60 : 68
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#0b3d6e',
        color: '#ffffff',
        fontFamily: 'Noto Sans SC',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: '#9cc3e6', letterSpacing: locale === 'zh' ? 4 : 1 }}>
        {kicker}
      </div>
      <div style={{ display: 'flex', fontSize: size, lineHeight: 1.25, maxHeight: 380, overflow: 'hidden' }}>
        {title}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 28, color: '#dbe8f5' }}>
        <div style={{ display: 'flex', width: 18, height: 18, background: '#f2b705', marginRight: 16 }} />
        {footer}
      </div>
    </div>,
    { ...OG_SIZE, fonts: [{ name: 'Noto Sans SC', data: font, weight: 700, style: 'normal' }] },
  )
}
