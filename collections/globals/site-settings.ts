import type { GlobalConfig } from 'payload'

import { cacheTags } from '@/lib/cache-tags'

import { anyone, staff } from '../access'
import { safeUrl } from '../fields/safe-url'
import { revalidateGlobal } from '../hooks/revalidate'
import { keepFirstVersion } from './keep-first-version'

const qrCode = (name: string, en: string, zh: string) => ({
  name,
  type: 'group' as const,
  label: { en, zh },
  fields: [
    {
      name: 'image',
      type: 'upload' as const,
      relationTo: 'media' as const,
      label: { en: 'QR image', zh: '二维码图片' },
    },
    { name: 'caption', type: 'text' as const, localized: true, label: { en: 'Caption', zh: '说明文字' } },
  ],
})

/** The firm's contact facts and the footer, in both languages. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { en: 'Site settings & footer', zh: '站点设置与页脚' },
  admin: { group: { en: 'Settings', zh: '设置' } },
  access: { read: anyone, update: staff },
  // Every save is kept (the last 25): a wrong edit is undone from the Versions tab, live at once.
  versions: { max: 25 },
  hooks: { beforeChange: [keepFirstVersion], afterChange: [revalidateGlobal(cacheTags.settings)] },
  fields: [
    {
      name: 'companyName',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Company name', zh: '公司名称' },
    },
    {
      name: 'telephones',
      type: 'array',
      label: { en: 'Telephones', zh: '电话' },
      labels: { singular: { en: 'Telephone', zh: '电话' }, plural: { en: 'Telephones', zh: '电话' } },
      fields: [{ name: 'number', type: 'text', required: true, label: { en: 'Number', zh: '号码' } }],
    },
    {
      name: 'offices',
      type: 'array',
      label: { en: 'Offices', zh: '办公地址' },
      labels: { singular: { en: 'Office', zh: '办公地址' }, plural: { en: 'Offices', zh: '办公地址' } },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { en: 'Label', zh: '名称' } },
        { name: 'address', type: 'textarea', required: true, localized: true, label: { en: 'Address', zh: '地址' } },
      ],
    },
    {
      type: 'row',
      fields: [
        qrCode('wechatService', 'WeChat service number', '微信服务号'),
        qrCode('wechatSubscription', 'WeChat subscription number', '微信订阅号'),
      ],
    },
    { name: 'copyright', type: 'text', localized: true, label: { en: 'Copyright line', zh: '版权声明' } },
    {
      name: 'icp',
      type: 'group',
      label: { en: 'ICP record', zh: 'ICP备案' },
      fields: [
        { name: 'number', type: 'text', label: { en: 'Record number', zh: '备案号' } },
        {
          name: 'url',
          type: 'text',
          defaultValue: 'https://beian.miit.gov.cn/',
          validate: safeUrl,
          label: { en: 'Registry link', zh: '备案查询链接' },
        },
      ],
    },
    {
      name: 'seoTagsLink',
      type: 'group',
      label: { en: 'SEO tags link', zh: 'SEO标签链接' },
      fields: [
        { name: 'label', type: 'text', localized: true, label: { en: 'Label', zh: '文字' } },
        { name: 'href', type: 'text', defaultValue: '/tags', validate: safeUrl, label: { en: 'Path', zh: '路径' } },
      ],
    },
  ],
}
