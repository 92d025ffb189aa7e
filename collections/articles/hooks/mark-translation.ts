import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalPlainText } from '@/lib/content/lexical'
import { isTranslationComplete } from '@/lib/content/translation'

/**
 * For the language being saved: records whether title, summary and body are all present, and keeps
 * a plain-text copy of the body that search can match with Payload's own operators on any database.
 */
export const markTranslation: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const pick = <K extends 'title' | 'summary' | 'body'>(key: K) => (key in data ? data[key] : originalDoc?.[key])
  const body = pick('body')
  data.translated = isTranslationComplete({ title: pick('title'), summary: pick('summary'), body })
  data.searchText = lexicalPlainText(body) || null
  return data
}
