import slugify from 'slugify'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 96

/** Whether a URL segment can be a slug at all (checked before any lookup, so odd URLs are a 404). */
export const isSlug = (value: string): boolean => value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)

/** ASCII, lower-case, hyphenated; empty when the text has no Latin letters or digits (e.g. Chinese). */
export function toSlug(text: string): string {
  return slugify(text, { lower: true, strict: true, trim: true }).slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '')
}

/** What fallbackSlug makes: a stand-in, replaced by a real slug once there is English text. */
export const isFallbackSlug = (slug: string): boolean => /^\d{4}-\d{2}-\d{2}-[0-9a-f]{6}$/.test(slug)

/** A slug for a document that has no English source text: its date and a short unique suffix. */
export function fallbackSlug(date: Date | string | undefined, unique: string): string {
  const day = new Date(date ?? Date.now())
  const iso = Number.isNaN(day.getTime()) ? new Date().toISOString() : day.toISOString()
  return `${iso.slice(0, 10)}-${toSlug(unique) || 'item'}`
}
