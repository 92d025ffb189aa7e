import type { CollectionConfig } from 'payload'

import { anyone, staff } from './access'
import { slugField } from './fields/slug'
import { revalidateTaxonomy } from './hooks/revalidate'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: { en: 'Category', zh: '分类' }, plural: { en: 'Categories', zh: '分类' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: { en: 'News', zh: '新闻' } },
  access: { read: anyone, create: staff, update: staff, delete: staff },
  hooks: { afterChange: [revalidateTaxonomy], afterDelete: [revalidateTaxonomy] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', zh: '名称' } },
    slugField({ from: 'name' }),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { en: 'Description', zh: '简介' },
    },
  ],
}
