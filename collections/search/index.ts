import type { CollectionConfig } from 'payload'

import { locales } from '@/lib/i18n/routing'

import { staff } from '../access'

/**
 * The searchable text: one document per published article and language it is complete in, written
 * only by the articles' hooks (collections/search/sync.ts) and `npm run search:reindex`.
 * It holds the texts results are shown and ranked from (the snippet, phrases of several words) and
 * a fingerprint; the terms themselves are postings of their own (./postings.ts), one per term.
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
    // What the entry was made from: a save that changes none of it writes nothing.
    { name: 'fingerprint', type: 'text' },
  ],
}
