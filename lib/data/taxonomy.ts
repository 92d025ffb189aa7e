import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/routing'
import type { Category, Tag } from '@/payload-types'

import { visibleIn } from './articles'
import { payloadClient } from './payload'

const tags = [cacheTags.taxonomy, cacheTags.articles]

export const listCategories = unstable_cache(
  async (locale: Locale): Promise<Category[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'categories',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      sort: 'name',
      pagination: false,
      depth: 0,
    })
    return docs.filter((category) => category.name)
  },
  ['categories'],
  { tags },
)

export async function getCategory(locale: Locale, slug: string): Promise<Category | null> {
  return (await listCategories(locale)).find((category) => category.slug === slug) ?? null
}

export interface TagWithCount {
  tag: Tag
  count: number
}

/** Tags that have published articles in this language, with how many, most used first. */
export const listTagsWithCounts = unstable_cache(
  async (locale: Locale): Promise<TagWithCount[]> => {
    const payload = await payloadClient()
    const [allTags, tagged] = await Promise.all([
      payload.find({ collection: 'tags', locale, fallbackLocale: false, overrideAccess: false, pagination: false, depth: 0 }),
      payload.find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        where: visibleIn(locale, [{ tags: { exists: true } }]),
        pagination: false,
        depth: 0,
        select: { tags: true },
      }),
    ])
    const counts = new Map<string, number>()
    for (const article of tagged.docs) {
      for (const tag of article.tags ?? []) {
        const id = String(typeof tag === 'object' ? tag.id : tag)
        counts.set(id, (counts.get(id) ?? 0) + 1)
      }
    }
    return allTags.docs
      .filter((tag) => tag.name && counts.has(String(tag.id)))
      .map((tag) => ({ tag, count: counts.get(String(tag.id)) ?? 0 }))
      .sort((a, b) => b.count - a.count || (a.tag.name ?? '').localeCompare(b.tag.name ?? '', locale))
  },
  ['tags-with-counts'],
  { tags },
)

/** A tag by slug, whether or not it has articles in this language yet. */
export const getTag = unstable_cache(
  async (locale: Locale, slug: string): Promise<Tag | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'tags',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
    })
    return docs[0]?.name ? docs[0] : null
  },
  ['tag'],
  { tags },
)
