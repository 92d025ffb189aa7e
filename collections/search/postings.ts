import type { CollectionConfig } from 'payload'

import { locales } from '@/lib/i18n/routing'

import { staff } from '../access'

/**
 * The inverted index: one posting per term, article and language (`en:patent` in article 7), written
 * only by collections/search/sync.ts. `rank` orders a term's postings: the heaviest field the term
 * occurs in (3 title, 2 summary, 1 body), the release date, the article, and the term itself so that
 * it is unique (lib/search/entry.ts `postingRank`). Sorted by `rank` ascending, a term's postings are
 * its results in order, and the compound index `(term, rank, article)` holds them so: a page is ten
 * entries of one index range (read from the index alone on SQLite, where every index ends with the
 * row id) and the total an index count, whatever the number of articles. `rank` is unique
 * because Payload otherwise adds the id as a last sort key, which MongoDB cannot take from this
 * index (it would sort every match). `(article, term)` answers "does this article hold these terms"
 * and removes an article's postings. No timestamps: two fewer indexes to write per posting.
 */
export const SearchPostings: CollectionConfig = {
  slug: 'search-postings',
  labels: {
    singular: { en: 'Search posting', zh: '搜索倒排条目' },
    plural: { en: 'Search postings', zh: '搜索倒排索引' },
  },
  admin: { hidden: true, useAsTitle: 'term', group: { en: 'Settings', zh: '设置' } },
  // Nobody writes it by hand; the hooks and the reindex script write through the database adapter.
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  timestamps: false,
  indexes: [{ fields: ['term', 'rank', 'article'] }, { fields: ['article', 'term'], unique: true }],
  fields: [
    { name: 'term', type: 'text', required: true },
    // Not required: an article deleted without its hooks leaves postings pointing nowhere (null on SQL), dropped by the reindex.
    { name: 'article', type: 'relationship', relationTo: 'articles' },
    { name: 'locale', type: 'select', required: true, options: [...locales] },
    { name: 'rank', type: 'text', required: true, unique: true },
  ],
}
