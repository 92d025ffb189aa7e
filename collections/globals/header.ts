import type { GlobalConfig } from 'payload'

import { cacheTags } from '@/lib/cache-tags'

import { anyone, staff } from '../access'
import { safeUrl } from '../fields/safe-url'
import { revalidateGlobal } from '../hooks/revalidate'
import { keepFirstVersion } from './keep-first-version'

/** The header navigation; paths are relative to the language prefix ("/news" → /en/news). */
export const Header: GlobalConfig = {
  slug: 'header',
  label: { en: 'Header navigation', zh: '页头导航' },
  admin: { group: { en: 'Settings', zh: '设置' } },
  access: { read: anyone, update: staff },
  // Every save is kept (the last 25): a wrong edit is undone from the Versions tab, live at once.
  versions: { max: 25 },
  hooks: { beforeChange: [keepFirstVersion], afterChange: [revalidateGlobal(cacheTags.header)] },
  fields: [
    {
      name: 'navigation',
      type: 'array',
      label: { en: 'Navigation', zh: '导航' },
      labels: { singular: { en: 'Link', zh: '链接' }, plural: { en: 'Links', zh: '链接' } },
      maxRows: 8,
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { en: 'Label', zh: '文字' } },
        { name: 'href', type: 'text', required: true, validate: safeUrl, label: { en: 'Path', zh: '路径' } },
      ],
    },
  ],
}
