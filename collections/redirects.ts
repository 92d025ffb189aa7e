import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { adminText } from '@/lib/i18n/admin-text'

import { anyone, staff } from './access'
import { takenBy } from './fields/taken'
import { revalidateRedirects } from './hooks/revalidate'

/** One redirect per old address: a second is refused, naming where the first one goes. */
const oneRedirectPerSlug: TextFieldSingleValidation = async (value, { req, id }) => {
  if (!value) return adminText(req, { en: 'Enter the old slug.', zh: '请填写旧网址别名。' })
  const other = await takenBy(req, { collection: 'redirects', field: 'from', value, id, depth: 1 })
  if (!other) return true
  const target =
    typeof other.article === 'object' && other.article ? other.article.title || other.article.slug : undefined
  return adminText(req, {
    en: `"${value}" already redirects${target ? ` to "${target}"` : ''}. Edit that redirect instead.`,
    zh: `“${value}”已有重定向${target ? `，指向“${target}”` : ''}。请修改那条重定向。`,
  })
}

/**
 * Old article slugs. When a published article's slug changes, its previous slug is recorded here
 * pointing at the article itself, so the old URL answers with a permanent redirect in both
 * languages to wherever the article lives now (no chains when the slug changes again).
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: { en: 'Redirect', zh: '重定向' }, plural: { en: 'Redirects', zh: '重定向' } },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'article', 'updatedAt'],
    group: { en: 'Settings', zh: '设置' },
    description: {
      en: 'Recorded automatically when a published article’s slug changes. Delete one to let the old address 404.',
      zh: '已发布文章的网址别名变更时自动记录。删除后旧地址将返回 404。',
    },
  },
  access: { read: anyone, create: staff, update: staff, delete: staff },
  hooks: { afterChange: [revalidateRedirects], afterDelete: [revalidateRedirects] },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { en: 'Old slug', zh: '旧网址别名' },
      validate: oneRedirectPerSlug,
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      // Not required: deleting an article clears the link (its redirects are removed with it).
      label: { en: 'Article', zh: '文章' },
    },
  ],
}
