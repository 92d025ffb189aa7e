import { randomBytes } from 'node:crypto'

import type { FieldHook, TextField } from 'payload'

import { keepRequestLocale } from '@/lib/db/keep-request-locale'
import { adminText } from '@/lib/i18n/admin-text'
import { SLUG_MAX_LENGTH, SLUG_PATTERN, fallbackSlug, isFallbackSlug, toSlug } from '@/lib/slug'

interface SlugOptions {
  /** The localized field the slug is made from, read in English only. */
  from: string
  /** Field holding a date used when there is no English text (articles: releaseDate). */
  dateField?: string
  /** Slugs that would collide with a route. */
  reserved?: string[]
}

/** One ASCII slug shared by every language, made from the English text, unique, editable. */
export function slugField({ from, dateField, reserved = [] }: SlugOptions): TextField {
  // The admin saves a new document before anything is typed (autosave), so a document often starts
  // with a stand-in slug: it gives way to one made from the English text as soon as there is some.
  // A slug an editor typed, or one made from text, stays until an editor changes it.
  const generate: FieldHook = ({ value, data, originalDoc, req }) => {
    const current = [value, originalDoc?.slug].find((slug): slug is string => typeof slug === 'string' && Boolean(slug.trim()))
    if (current && !isFallbackSlug(current)) return toSlug(current) || current
    const source = req.locale === 'en' ? data?.[from] : undefined
    const fromText = typeof source === 'string' ? toSlug(source) : ''
    return fromText || current || fallbackSlug(dateField ? data?.[dateField] : undefined, randomBytes(3).toString('hex'))
  }

  return {
    name: 'slug',
    type: 'text',
    // Not `required`: the hook always fills it, and create calls may leave it out. validate checks it.
    unique: true,
    index: true,
    maxLength: SLUG_MAX_LENGTH,
    label: { en: 'Slug (URL)', zh: '网址别名' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Made from the English title when left empty. Lower-case letters, digits and hyphens.',
        zh: '留空时根据英文标题自动生成；只能包含小写字母、数字和连字符。',
      },
    },
    hooks: { beforeValidate: [generate] },
    validate: async (value, { req, id, collectionSlug }) => {
      if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
        const got = String(value ?? '')
        return adminText(req, {
          en: `Use lower-case letters, digits and single hyphens (got "${got}").`,
          zh: `只能使用小写字母、数字和单个连字符（当前为“${got}”）。`,
        })
      }
      if (reserved.includes(value)) {
        return adminText(req, {
          en: `"${value}" is reserved for a page of the site. Choose another slug.`,
          zh: `“${value}”是网站页面的保留地址，请换一个。`,
        })
      }
      const clash = await keepRequestLocale(req, () =>
        req.payload.find({
          collection: collectionSlug as 'articles',
          where: {
            and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])],
          },
          limit: 1,
          depth: 0,
          pagination: false,
          draft: true,
          overrideAccess: true,
          locale: req.locale === 'zh' ? 'zh' : 'en',
          req,
        }),
      )
      if (!clash.docs.length) return true
      const name = displayName(clash.docs[0] as unknown as Record<string, unknown>)
      return adminText(req, {
        en: `The slug "${value}" is already used by "${name}". Choose another.`,
        zh: `网址别名“${value}”已被“${name}”使用，请换一个。`,
      })
    },
  }
}

/** The clashing document's title (or name) as an editor knows it. */
function displayName(doc: Record<string, unknown>): string {
  const raw = doc.title ?? doc.name
  if (typeof raw === 'string' && raw) return raw
  if (raw && typeof raw === 'object') {
    const text = Object.values(raw).find((value) => typeof value === 'string' && value)
    if (typeof text === 'string') return text
  }
  return String(doc.slug ?? doc.id)
}
