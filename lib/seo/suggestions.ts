import type { Locale } from '@/lib/i18n/routing'

/** Roughly what a search result shows before cutting: Chinese characters are about twice as wide. */
const TITLE_MAX: Record<Locale, number> = { en: 60, zh: 30 }
const DESCRIPTION_MAX: Record<Locale, number> = { en: 155, zh: 80 }

/** Text cut to `max` characters at a sentence end, else at a word (English), with an ellipsis. */
export function shorten(text: string, max: number, locale: Locale): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const head = clean.slice(0, max - 1)
  const sentenceEnd = Math.max(...['。', '！', '？', '. ', '! ', '? '].map((mark) => head.lastIndexOf(mark)))
  if (sentenceEnd >= max / 2) return head.slice(0, sentenceEnd + 1).trim()
  const wordEnd = locale === 'en' ? head.lastIndexOf(' ') : -1
  return `${(wordEnd >= max / 2 ? head.slice(0, wordEnd) : head).replace(/[\s,;:，；：、]+$/, '')}…`
}

/** A search title suggested from the article's title. */
export const suggestSeoTitle = (title: string | null | undefined, locale: Locale): string =>
  shorten(title ?? '', TITLE_MAX[locale], locale)

/** A search description suggested from the summary, else the start of the body. */
export const suggestSeoDescription = (summary: string | null | undefined, bodyText: string, locale: Locale): string =>
  shorten(summary?.trim() || bodyText, DESCRIPTION_MAX[locale], locale)
