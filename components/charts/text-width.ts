/**
 * How wide a label will be, estimated on the server (no browser there to measure). Em widths per
 * kind of character, from DejaVu Sans and Noto Sans CJK (among the widest fonts a reader may get)
 * and rounded up: a label judged to fit does fit in narrower fonts too.
 */
const FULL_WIDTH = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u
const NARROW = /[ijlI.,:;'|!()[\]]/
const WIDEST = /[MWmw@%]/
const SYMBOL = /[\u2190-\u21ff\u25a0-\u25ff]/u

function em(char: string): number {
  if (FULL_WIDTH.test(char)) return 1
  if (char === ' ') return 0.32
  if (NARROW.test(char)) return 0.34
  if (WIDEST.test(char)) return 1
  if (SYMBOL.test(char)) return 0.86
  if (/[A-Z]/.test(char)) return 0.72
  return 0.64
}

/** The estimated width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let total = 0
  for (const char of text) total += em(char)
  return total * fontSize
}

/** The widest of several labels, rounded up to a whole pixel. */
export const widestText = (texts: readonly string[], fontSize: number) =>
  Math.ceil(Math.max(0, ...texts.map((text) => textWidth(text, fontSize))))

/**
 * SVG attributes that squeeze a label into `room` px when it would not fit (an editor's long name),
 * so it is never cut by the chart's edge; a label that fits is left alone.
 */
export function fitTo(
  text: string,
  fontSize: number,
  room: number,
): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  return textWidth(text, fontSize) > room ? { textLength: Math.floor(room), lengthAdjust: 'spacingAndGlyphs' } : {}
}
