'use client'

import { Button, useField, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'

import { type LexicalStateLike, lexicalPlainText } from '@/lib/content/lexical'
import { isLocale } from '@/lib/i18n/routing'
import { suggestSeoDescription, suggestSeoTitle } from '@/lib/seo/suggestions'

import { adminMessages } from './admin-messages'

const isLexical = (value: unknown): value is LexicalStateLike =>
  Boolean(value && typeof value === 'object' && 'root' in value)

/**
 * Under the SEO title or description: a suggestion made from the article in the language being
 * edited (its title; its summary, else the start of its body), filled in with one click.
 */
export function SeoSuggestion({ path, readOnly }: { path: string; readOnly?: boolean }) {
  const { i18n } = useTranslation()
  const words = adminMessages(i18n.language).seo
  const { code } = useLocale()
  const locale = isLocale(code) ? code : 'en'
  const { value, setValue } = useField<string>({ path })
  const suggestion = useFormFields(([fields]) => {
    const text = (name: string) => (typeof fields[name]?.value === 'string' ? String(fields[name]?.value) : '')
    if (path.endsWith('title')) return suggestSeoTitle(text('title'), locale)
    const body = fields.body?.value
    return suggestSeoDescription(text('summary'), isLexical(body) ? lexicalPlainText(body) : '', locale)
  })
  if (readOnly || !suggestion || suggestion === value) return null
  return (
    <div className="seo-suggestion">
      <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setValue(suggestion)}>
        {words.suggest}
      </Button>
      <span className="field-description">{suggestion}</span>
    </div>
  )
}
