import { randomBytes } from 'node:crypto'

import type { FieldHook, PayloadRequest, TextField } from 'payload'

import { keepRequestLocale } from '@/lib/db/keep-request-locale'
import { adminText } from '@/lib/i18n/admin-text'
import { SLUG_MAX_LENGTH, SLUG_PATTERN, fallbackSlug, isFallbackSlug, toSlug } from '@/lib/slug'

import { Refusal } from '../hooks/public-errors'

interface SlugOptions {
  /** The localized field the slug is made from, read in English only. */
  from: string
  /** Field holding a date used when there is no English text (articles: releaseDate). */
  dateField?: string
  /** Slugs that would collide with a route. */
  reserved?: string[]
}

type SluggedCollection = 'articles' | 'categories' | 'tags'

/** One ASCII slug shared by every language, made from the English text, unique, editable. */
export function slugField({ from, dateField, reserved = [] }: SlugOptions): TextField {
  // The admin saves a new document before anything is typed (autosave), so a document often starts
  // with a stand-in slug: it gives way to one made from the English text as soon as there is some.
  // A slug an editor typed, or one made from text, stays until an editor changes it.
  const generate: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
    // Restoring an old version brings its text back, not its address: the live URL stays.
    if (req.context.isRestoringVersion && typeof originalDoc?.slug === 'string' && originalDoc.slug)
      return originalDoc.slug
    const current = [value, originalDoc?.slug].find(
      (slug): slug is string => typeof slug === 'string' && Boolean(slug.trim()),
    )
    if (current && !isFallbackSlug(current)) return toSlug(current) || current
    const source = req.locale === 'en' ? data?.[from] : undefined
    const fromText = typeof source === 'string' ? toSlug(source) : ''
    // A slug made for the editor never clashes: "title", then "title-2", "title-3"…
    if (fromText && collection)
      return freeSlug(req, collection.slug as SluggedCollection, fromText, originalDoc?.id, reserved)
    return current || fallbackSlug(dateField ? data?.[dateField] : undefined, randomBytes(3).toString('hex'))
  }

  // Drafts and autosaves skip validation: a taken slug is refused here too, so no draft can claim
  // another article's address (nor be previewed there). The admin shows no field errors after a
  // draft save, only the toast: the refusal carries the whole message.
  const refuseTakenSlugInDrafts: FieldHook = async ({ value, siblingData, originalDoc, req, collection }) => {
    const hasDrafts = Boolean(collection?.versions && collection.versions.drafts)
    if (!collection || !hasDrafts || siblingData?._status === 'published' || typeof value !== 'string') return value
    const message = await slugProblem(req, collection.slug as SluggedCollection, value, originalDoc?.id, reserved)
    if (message) throw new Refusal(message)
    return value
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
    hooks: { beforeValidate: [generate], beforeChange: [refuseTakenSlugInDrafts] },
    validate: async (value, { req, id, collectionSlug }) =>
      (await slugProblem(req, collectionSlug as SluggedCollection, value, id, reserved)) ?? true,
  }
}

/** What is wrong with a slug, in the editor's language; null when it may be used. */
async function slugProblem(
  req: PayloadRequest,
  collection: SluggedCollection,
  value: unknown,
  id: number | string | undefined,
  reserved: string[],
): Promise<string | null> {
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
  const owner = await slugOwner(req, collection, value, id)
  if (!owner) return null
  return adminText(req, {
    en: `The slug "${value}" is already used by "${owner}". Choose another.`,
    zh: `网址别名“${value}”已被“${owner}”使用，请换一个。`,
  })
}

/**
 * The title of another document using the slug, live or in its latest draft (an article renamed in a
 * draft still holds its live address until that draft is published); null when the slug is free.
 */
async function slugOwner(
  req: PayloadRequest,
  collection: SluggedCollection,
  slug: string,
  id: number | string | undefined,
) {
  for (const draft of [true, false]) {
    const clash = await keepRequestLocale(req, () =>
      req.payload.find({
        collection,
        where: {
          and: [{ slug: { equals: slug } }, ...(id !== undefined && id !== null ? [{ id: { not_equals: id } }] : [])],
        },
        limit: 1,
        depth: 0,
        pagination: false,
        draft,
        overrideAccess: true,
        locale: req.locale === 'zh' ? 'zh' : 'en',
        req,
      }),
    )
    if (clash.docs.length) return displayName(clash.docs[0] as unknown as Record<string, unknown>)
  }
  return null
}

/** `base`, or the first of `base-2`, `base-3`… that nobody uses. */
async function freeSlug(
  req: PayloadRequest,
  collection: SluggedCollection,
  base: string,
  id: number | string | undefined,
  reserved: string[],
) {
  for (let n = 1; n <= 50; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`
    if (!reserved.includes(candidate) && !(await slugOwner(req, collection, candidate, id))) return candidate
  }
  // Fifty namesakes: the editor chooses (validation names the owner of the plain one).
  return base
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
