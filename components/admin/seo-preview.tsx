'use client'

import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'

import { isLocale } from '@/lib/i18n/routing'
import { articlePath } from '@/lib/paths'

import { adminMessages, fill } from './admin-messages'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The SEO tab's preview: the search result of the language being edited, as the public page's
 * metadata builds it (the SEO title and description, else the article's title and summary) at the
 * article's real address. Updates as the editor types.
 */
export function SeoPreview({ origin }: { origin: string }) {
  const { i18n } = useTranslation()
  const words = adminMessages(i18n.language).seo
  const { code } = useLocale()
  const locale = isLocale(code) ? code : 'en'
  const values = useFormFields(([fields]) => ({
    title: text(fields.title?.value),
    summary: text(fields.summary?.value),
    slug: text(fields.slug?.value),
    metaTitle: text(fields['meta.title']?.value),
    metaDescription: text(fields['meta.description']?.value),
    completeIn: text(fields.completeIn?.value),
  }))
  const title = values.metaTitle || values.title
  const description = values.metaDescription || values.summary
  const url = values.slug ? `${origin}${articlePath(locale, values.slug)}` : null
  const notes = [
    !values.metaTitle && values.title ? words.fromTitle : null,
    !values.metaDescription && values.summary ? words.fromSummary : null,
    values.completeIn.split(',').includes(locale) ? null : words.notListed,
  ].filter((note): note is string => Boolean(note))

  return (
    <div className="field-type seo-preview">
      <h4 className="seo-preview__heading">{words.heading}</h4>
      <p className="field-description">{words.help}</p>
      <div className="seo-preview__result" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
        <div className="seo-preview__url">{url ?? words.noSlug}</div>
        <div className="seo-preview__title">{title}</div>
        <p className="seo-preview__description">{description}</p>
      </div>
      <p className="field-description">
        {fill(words.lengths, { title: title.length, description: description.length })}
      </p>
      {notes.map((note) => (
        <p key={note} className="field-description">
          {note}
        </p>
      ))}
    </div>
  )
}
