import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import type { Field, FieldAffectingData, TextFieldSingleValidation } from 'payload'

import { isSafeUrl } from '@/lib/content/safe-url'
import { adminText } from '@/lib/i18n/admin-text'

import { relabel } from './relabel'

type FieldWords = keyof typeof en.translations.fields

/** Payload's own words for a link field, in both admin languages. */
const both = (key: FieldWords) => ({ en: en.translations.fields[key], zh: zh.translations.fields[key] })

/** The link's address: a web address, mailto:, tel: or a site path, refused in the editor's language. */
const linkUrl: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const linkType =
    siblingData && typeof siblingData === 'object' && 'linkType' in siblingData ? siblingData.linkType : undefined
  if (linkType === 'internal') return true
  if (value && isSafeUrl(value)) return true
  return adminText(req, {
    en: 'Enter a web address (https://…), mailto:, tel: or a path on this site (/…).',
    zh: '请填写网址（https://…）、mailto:、tel: 或本站路径（/…）。',
  })
}

/**
 * The rich-text link dialog's fields with their labels in both languages. Payload's own labels are
 * functions, turned into text once for the whole server by the first request that draws the
 * dialog (its client field map is cached per collection, not per language): the dialog then kept
 * that request's language for everyone. Labels given as { en, zh } are chosen in the browser.
 */
export function bilingualLinkFields({
  defaultFields,
}: {
  defaultFields: FieldAffectingData[]
}): (Field | FieldAffectingData)[] {
  return defaultFields.map((field): Field | FieldAffectingData => {
    if (field.name === 'text') return relabel(field, both('textToDisplay'))
    if (field.name === 'doc') return relabel(field, both('chooseDocumentToLink'))
    if (field.name === 'newTab') return relabel(field, both('openInNewTab'))
    if (field.name === 'url' && field.type === 'text' && !field.hasMany)
      return { ...relabel(field, both('enterURL')), validate: linkUrl }
    if (field.name === 'linkType' && field.type === 'radio') {
      const options = field.options.map((option) =>
        typeof option === 'string'
          ? option
          : { ...option, label: option.value === 'internal' ? both('internalLink') : both('customURL') },
      )
      return { ...relabel(field, both('linkType'), both('chooseBetweenCustomTextOrDocument')), options }
    }
    return field
  })
}
