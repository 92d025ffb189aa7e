import { type LexicalStateLike, lexicalHasContent } from './lexical'

export interface LocalizedArticleText {
  title?: string | null
  summary?: string | null
  body?: LexicalStateLike | null
}

export type TranslationGap = 'title' | 'summary' | 'body'

/** What a language version still lacks before it counts as translated. */
export function translationGaps(text: LocalizedArticleText): TranslationGap[] {
  const gaps: TranslationGap[] = []
  if (!text.title?.trim()) gaps.push('title')
  if (!text.summary?.trim()) gaps.push('summary')
  if (!lexicalHasContent(text.body)) gaps.push('body')
  return gaps
}

/** A language version is listed publicly only when title, summary and body are all present. */
export const isTranslationComplete = (text: LocalizedArticleText): boolean => translationGaps(text).length === 0
