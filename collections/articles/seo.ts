import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field } from 'payload'

import { siteUrl } from '@/lib/site-url'
import en from '@/messages/en.json'
import zh from '@/messages/zh.json'

import { relabel } from '../fields/relabel'

const both = (key: keyof typeof en.admin.seo) => ({ en: en.admin.seo[key], zh: zh.admin.seo[key] })

const suggestion = { path: '@/components/admin/seo-suggestion#SeoSuggestion' }

/** The field as Payload draws it (not the plugin's component), in our words, with our additions under it. */
const plain = <T extends Field>(field: T, afterInput: { path: string }[] = []): T => ({
  ...field,
  admin: { ...field.admin, components: afterInput.length ? { afterInput } : {} },
})

/**
 * The plugin's SEO fields, drawn by Payload with labels in both admin languages and a suggestion
 * from the article under the title and description. The plugin's own components judge an empty
 * field "missing" in red (its overview "0/3 checks"), though the page then uses the article's own
 * title, summary and cover; its preview showed a URL fetched once. Our preview shows what the
 * article page really tells search engines.
 */
function articleSeoFields({ defaultFields }: { defaultFields: Field[] }): Field[] {
  const labelled = defaultFields.flatMap((field): Field[] => {
    if (!('name' in field)) return [field]
    if (field.name === 'title') return [relabel(plain(field, [suggestion]), both('metaTitle'), both('metaTitleHelp'))]
    if (field.name === 'description')
      return [relabel(plain(field, [suggestion]), both('metaDescription'), both('metaDescriptionHelp'))]
    if (field.name === 'image') return [relabel(plain(field), both('metaImage'), both('metaImageHelp'))]
    // The plugin's overview and preview.
    return []
  })
  const preview: Field = {
    name: 'searchPreview',
    type: 'ui',
    label: both('heading'),
    admin: {
      disableListColumn: true,
      components: { Field: { path: '@/components/admin/seo-preview#SeoPreview', clientProps: { origin: siteUrl() } } },
    },
  }
  return [...labelled, preview]
}

export const articleSeoPlugin = seoPlugin({
  collections: ['articles'],
  uploadsCollection: 'media',
  tabbedUI: true,
  fields: articleSeoFields,
})
