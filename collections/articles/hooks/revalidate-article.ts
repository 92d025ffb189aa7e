import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import { cacheTags } from '@/lib/cache-tags'

import { expireTags } from '../../hooks/revalidate'
import { isDraftOnlySave } from './draft-save'

/** Every page showing the article, under its old and new slug, and every list. */
export const revalidateArticle: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  // A draft save (autosaves included) writes a version only: the live article is as it was.
  if (isDraftOnlySave(req, doc?.id)) return doc
  // Nor does any save of an article that was never public change a public page.
  if (doc?._status !== 'published' && previousDoc?._status !== 'published' && !doc?.firstPublishedAt) return doc
  const slugs = new Set([doc?.slug, previousDoc?.slug].filter((slug): slug is string => Boolean(slug)))
  await expireTags(req.context, [cacheTags.articles, cacheTags.redirects, ...[...slugs].map(cacheTags.article)])
  return doc
}

/** Its old addresses have nowhere to go once it is gone (before: the database then unlinks them). */
export const deleteArticleRedirects: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'redirects', where: { article: { equals: id } }, req, overrideAccess: true })
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await expireTags(req.context, [cacheTags.articles, cacheTags.redirects, cacheTags.article(doc.slug)])
  return doc
}

const publishedSlugKey = (id: unknown) => `publishedSlug:${String(id)}`

/**
 * Before a publish, remembers the slug the article is live under now. The stored document only
 * changes on publish (drafts live in versions), so it still holds the live slug even when the
 * editor changed the slug in an autosaved draft first.
 */
export const rememberPublishedSlug: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id) return data
  const live = await req.payload.findByID({
    collection: 'articles',
    id: originalDoc.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { slug: true, _status: true },
    req,
  })
  if (live?._status === 'published' && live.slug) req.context[publishedSlugKey(originalDoc.id)] = live.slug
  return data
}

/**
 * A published article whose live slug changes keeps its old address: the old slug is recorded as
 * a redirect to the article. A slug taken again by an article stops redirecting elsewhere.
 * Runs in the same transaction as the save, so a failed save records nothing.
 */
export const recordSlugRedirect: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc?._status !== 'published' || typeof doc.slug !== 'string') return doc
  const common = { req, overrideAccess: true, depth: 0 } as const
  // The new slug belongs to this article now: no redirect may shadow it.
  await req.payload.delete({ collection: 'redirects', where: { from: { equals: doc.slug } }, ...common })
  const oldSlug = req.context[publishedSlugKey(doc.id)]
  if (typeof oldSlug === 'string' && oldSlug !== doc.slug) {
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: oldSlug } }, ...common })
    await req.payload.create({ collection: 'redirects', data: { from: oldSlug, article: doc.id }, ...common })
  }
  return doc
}
