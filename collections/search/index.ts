import type { CollectionConfig } from 'payload'

import { locales } from '@/lib/i18n/routing'

import { staff } from '../access'

/**
 * The search index: one document per published article and language it is complete in, written
 * only by the articles' hooks (collections/search/sync.ts) and `npm run search:reindex`.
 * `terms` holds every word, Chinese character and character pair of the title, summary and body,
 * each once, prefixed with the language and the heaviest field it occurs in (`en:t:patent`,
 * lib/search/entry.ts). It is an indexed
 * hasMany text field: on SQLite and PostgreSQL a `search_entries_texts` table with an index on
 * `text`, on MongoDB an array with a multikey index, so a lookup is an equality on an index on
 * every database Payload supports.
 */
export const SearchEntries: CollectionConfig = {
  slug: 'search-entries',
  labels: { singular: { en: 'Search entry', zh: '搜索索引条目' }, plural: { en: 'Search index', zh: '搜索索引' } },
  admin: {
    hidden: true,
    useAsTitle: 'title',
    group: { en: 'Settings', zh: '设置' },
  },
  // Nobody writes it by hand; the hooks and the reindex script override access.
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  fields: [
    // Not required: an article deleted without its hooks leaves an entry pointing nowhere, dropped by the reindex.
    { name: 'article', type: 'relationship', relationTo: 'articles', index: true },
    { name: 'locale', type: 'select', required: true, index: true, options: [...locales] },
    { name: 'releaseDate', type: 'date', required: true, index: true },
    { name: 'title', type: 'text' },
    { name: 'summary', type: 'textarea' },
    { name: 'body', type: 'textarea' },
    { name: 'terms', type: 'text', hasMany: true, index: true },
    // What the entry was made from: a save that changes none of it writes nothing.
    { name: 'fingerprint', type: 'text' },
  ],
}
