import { cookies, draftMode } from 'next/headers'

import type { Locale } from '@/lib/i18n/routing'
import { PREVIEW_SCOPE_COOKIE, readScope } from '@/lib/preview'
import type { Article } from '@/payload-types'

import { getArticleDraftById } from './articles'

/**
 * The draft to show at /{locale}/news/{slug}, if this visitor may preview one there: draft mode
 * is on, their signed scope cookie names an article (unexpired), and that article's latest
 * version has this slug. Anyone else, including whoever replays the draft-mode cookie alone, gets
 * null and sees what every visitor sees.
 */
export async function previewedArticle(locale: Locale, slug: string): Promise<Article | null> {
  if (!(await draftMode()).isEnabled) return null
  const scope = readScope((await cookies()).get(PREVIEW_SCOPE_COOKIE)?.value)
  for (const { id } of scope) {
    const draft = await getArticleDraftById(locale, id)
    if (draft?.slug === slug) return draft
  }
  return null
}
