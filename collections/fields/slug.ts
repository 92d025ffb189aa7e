import { randomBytes } from 'node:crypto'

import type { FieldHook, TextField } from 'payload'

import { SLUG_MAX_LENGTH, SLUG_PATTERN, fallbackSlug, toSlug } from '@/lib/slug'

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
  const generate: FieldHook = ({ value, data, originalDoc, req }) => {
    if (typeof value === 'string' && value.trim()) return toSlug(value) || value
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
    const source = req.locale === 'en' ? data?.[from] : undefined
    const fromText = typeof source === 'string' ? toSlug(source) : ''
    return fromText || fallbackSlug(dateField ? data?.[dateField] : undefined, randomBytes(3).toString('hex'))
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
        return `Use lower-case letters, digits and single hyphens (got "${String(value ?? '')}").`
      }
      if (reserved.includes(value)) return `"${value}" is reserved for a page of the site. Choose another slug.`
      const clash = await req.payload.find({
        collection: collectionSlug as 'articles',
        where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
        limit: 1,
        depth: 0,
        pagination: false,
        draft: true,
        overrideAccess: true,
        req,
      })
      return clash.docs.length ? `The slug "${value}" is already used by another document. Choose another.` : true
    },
  }
}
