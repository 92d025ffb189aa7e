import type { CollectionBeforeChangeHook } from 'payload'

import { isTranslationComplete } from '@/lib/content/translation'

/** Records, for the language being saved, whether title, summary and body are all present. */
export const markTranslation: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const pick = <K extends 'title' | 'summary' | 'body'>(key: K) => (key in data ? data[key] : originalDoc?.[key])
  data.translated = isTranslationComplete({ title: pick('title'), summary: pick('summary'), body: pick('body') })
  return data
}
