import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import type { DocumentId } from '@/lib/db/document-id'
import { keepRequestLocale } from '@/lib/db/keep-request-locale'
import { type LexicalStateLike, lexicalPlainText } from '@/lib/content/lexical'
import { type TranslationGap, translationGaps } from '@/lib/content/translation'
import { adminText } from '@/lib/i18n/admin-text'
import { type Locale, isLocale, locales } from '@/lib/i18n/routing'

import { completeField } from '../complete-field'

const gapNames: Record<TranslationGap, { en: string; zh: string }> = {
  title: { en: 'title', zh: '标题' },
  summary: { en: 'summary', zh: '摘要' },
  body: { en: 'body', zh: '正文' },
}

const languageNames: Record<Locale, { en: string; zh: string }> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
}

/**
 * For the language being saved: records whether title, summary and body are all present, and keeps
 * a plain-text copy of the body that search can match with Payload's own operators on any database.
 * Across languages: records which languages are complete (the admin list shows `completeIn`; the
 * public lists filter on `completeEn`, `completeZh`) and refuses to publish an article that is
 * complete in no language, saying what each one lacks.
 */
export const markTranslation: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  // REST calls without ?locale= write the default language.
  const locale: Locale = isLocale(req.locale) ? req.locale : 'en'
  const saved = await savedText(req, originalDoc?.id)
  const text = (code: Locale) => {
    const pick = <K extends TextKey>(key: K) =>
      code === locale && data[key] !== undefined
        ? data[key]
        : (saved?.[key] as Partial<Record<Locale, unknown>> | undefined)?.[code]
    return {
      title: pick('title') as string,
      summary: pick('summary') as string,
      body: pick('body') as LexicalStateLike,
    }
  }
  const gapsBy = {
    en: translationGaps(text('en')),
    zh: translationGaps(text('zh')),
  }
  data.translated = gapsBy[locale].length === 0
  data.searchText = lexicalPlainText(text(locale).body) || null
  data.completeIn = locales.filter((code) => gapsBy[code].length === 0).join(',')
  for (const code of locales) data[completeField(code)] = gapsBy[code].length === 0

  if (data._status === 'published' && !data.completeIn) throw publishRefusal(req, locale, gapsBy)
  return data
}

type TextKey = 'title' | 'summary' | 'body'

/** The latest saved version (draft or published) in every language; nothing for a new article. */
async function savedText(req: PayloadRequest, id: DocumentId | undefined) {
  if (id === undefined || id === null) return null
  return keepRequestLocale(req, () =>
    req.payload.findByID({
      collection: 'articles',
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { title: true, summary: true, body: true },
      req,
    }),
  ) as Promise<Partial<Record<TextKey, unknown>> | null>
}

/**
 * The refusal to publish: the toast says what each language lacks, and the empty fields of the
 * language being edited are marked. Written without an ASCII colon: the admin's toast reads
 * "intro: a, b" as a list and would cut the sentence apart.
 */
function publishRefusal(
  req: PayloadRequest,
  locale: Locale,
  gapsBy: Record<Locale, TranslationGap[]>,
): ValidationError {
  const missing = (language: 'en' | 'zh') =>
    locales
      .map((code) => {
        const names = gapsBy[code].map((gap) => gapNames[gap][language])
        return language === 'zh'
          ? `${languageNames[code].zh}缺少${names.join('、')}`
          : `${languageNames[code].en} lacks the ${englishList(names)}`
      })
      .join(language === 'zh' ? '；' : '; ')
  const error = new ValidationError({
    collection: 'articles',
    req,
    errors: gapsBy[locale].map((gap) => ({
      path: gap,
      message: adminText(req, {
        en: `Needed to publish: at least one language must have its title, summary and body.`,
        zh: '发布前至少要有一个语言版本的标题、摘要和正文齐全。',
      }),
    })),
  })
  error.message = adminText(req, {
    en: `Cannot publish yet because no language is complete. ${missing('en')}.`,
    zh: `无法发布：没有一个语言版本是完整的。${missing('zh')}。`,
  })
  return error
}

/** "summary and body", "title, summary and body". */
const englishList = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
