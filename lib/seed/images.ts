import QRCode from 'qrcode'
import sharp from 'sharp'

import type { SeedArticle } from './content/types'

export interface SeedImage {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

const WIDTH = 1600
const HEIGHT = 900

/** Abstract shapes per motif; no text, so covers need no fonts. */
function motif(kind: SeedArticle['cover']['motif'], hue: number): string {
  const accent = `hsl(${(hue + 40) % 360} 80% 70%)`
  const soft = `hsl(${hue} 60% 85% / 0.35)`
  switch (kind) {
    case 'bars':
      return [520, 430, 360, 300, 250, 210, 170]
        .map(
          (h, i) =>
            `<rect x="${260 + i * 160}" y="${760 - h}" width="96" height="${h}" rx="10" fill="${i === 0 ? accent : soft}"/>`,
        )
        .join('')
    case 'globe':
      return `<circle cx="800" cy="450" r="300" fill="none" stroke="${soft}" stroke-width="18"/>
        <ellipse cx="800" cy="450" rx="130" ry="300" fill="none" stroke="${soft}" stroke-width="14"/>
        <line x1="500" y1="450" x2="1100" y2="450" stroke="${soft}" stroke-width="14"/>
        <circle cx="930" cy="330" r="34" fill="${accent}"/>`
    case 'patent':
      return `<rect x="560" y="150" width="480" height="600" rx="24" fill="${soft}"/>
        ${[250, 330, 410, 490].map((y) => `<rect x="630" y="${y}" width="340" height="26" rx="13" fill="${accent}" opacity="0.8"/>`).join('')}
        <circle cx="960" cy="650" r="60" fill="${accent}"/>`
    case 'network':
      return [
        [400, 300],
        [800, 200],
        [1200, 330],
        [600, 620],
        [1040, 650],
        [800, 430],
      ]
        .map(
          (
            [x, y],
            i,
            all,
          ) => `<line x1="${x}" y1="${y}" x2="${all[5][0]}" y2="${all[5][1]}" stroke="${soft}" stroke-width="10"/>
          <circle cx="${x}" cy="${y}" r="${i === 5 ? 70 : 40}" fill="${i === 5 ? accent : soft}"/>`,
        )
        .join('')
    case 'building':
      return [
        [440, 380],
        [620, 250],
        [800, 160],
        [980, 300],
        [1160, 420],
      ]
        .map(
          ([x, top], i) =>
            `<rect x="${x}" y="${top}" width="150" height="${760 - top}" rx="8" fill="${i === 2 ? accent : soft}"/>`,
        )
        .join('')
    case 'scales':
      return `<line x1="800" y1="180" x2="800" y2="720" stroke="${soft}" stroke-width="20"/>
        <line x1="520" y1="280" x2="1080" y2="280" stroke="${accent}" stroke-width="16"/>
        <path d="M450 500 L520 300 L590 500 Z" fill="${soft}"/><path d="M1010 500 L1080 300 L1150 500 Z" fill="${soft}"/>
        <rect x="650" y="700" width="300" height="40" rx="20" fill="${accent}"/>`
  }
}

/** A 1600×900 cover rendered from SVG by sharp. */
export async function coverImage(key: string, cover: SeedArticle['cover']): Promise<SeedImage> {
  const { hue } = cover
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 55% 28%)"/><stop offset="1" stop-color="hsl(${(hue + 30) % 360} 60% 16%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${motif(cover.motif, hue)}</svg>`
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 86, mozjpeg: true }).toBuffer()
  return { data, mimetype: 'image/jpeg', name: `cover-${key}.jpg`, size: data.length }
}

/** A real QR code (PNG) standing in for a WeChat account's code until the firm uploads its own. */
export async function qrImage(name: string, content: string): Promise<SeedImage> {
  const data = await QRCode.toBuffer(content, { type: 'png', width: 360, margin: 2, errorCorrectionLevel: 'M' })
  return { data, mimetype: 'image/png', name, size: data.length }
}
