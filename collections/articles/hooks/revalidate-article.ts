import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '@/lib/cache-tags'

import { expireTags } from '../../hooks/revalidate'

export const revalidateArticle: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  const slugs = new Set([doc?.slug, previousDoc?.slug].filter((slug): slug is string => Boolean(slug)))
  expireTags(req.context, [cacheTags.articles, ...[...slugs].map(cacheTags.article)])
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook = ({ doc, req }) => {
  expireTags(req.context, [cacheTags.articles, cacheTags.article(doc.slug)])
  return doc
}
