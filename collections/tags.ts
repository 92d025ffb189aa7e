import type { CollectionConfig } from 'payload'

import { anyone, staff } from './access'
import { slugField } from './fields/slug'
import { revalidateTaxonomy } from './hooks/revalidate'

/** The site's "SEO tags": each has a public page listing its articles. */
export const Tags: CollectionConfig = {
  slug: 'tags',
  labels: { singular: { en: 'SEO tag', zh: 'SEO标签' }, plural: { en: 'SEO tags', zh: 'SEO标签' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: { en: 'News', zh: '新闻' } },
  access: { read: anyone, create: staff, update: staff, delete: staff },
  hooks: { afterChange: [revalidateTaxonomy], afterDelete: [revalidateTaxonomy] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', zh: '名称' } },
    slugField({ from: 'name' }),
  ],
}
