import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  LinkFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { CollectionConfig, DateField, Field } from 'payload'

import { isLocale, locales } from '@/lib/i18n/routing'
import { RELATED_LIMIT } from '@/lib/content/related'
import { articlePreviewUrl } from '@/lib/preview'
import { siteTimeZone, timeZoneName } from '@/lib/site-time'

import { createArticle, deleteArticle, publishedOrSignedIn, signedIn, updateArticle } from '../access'
import { RankingChartBlock } from '../blocks/ranking-chart'
import { bilingualLinkFields } from '../fields/link-fields'
import { safeUrl } from '../fields/safe-url'
import { slugField } from '../fields/slug'
import { completeField } from './complete-field'
import { noteDraftOnlySave } from './hooks/draft-save'
import { restoreAsDraftEndpoint } from './endpoints/restore-as-draft'
import { keepFirstPublished } from './hooks/first-published'
import { markTranslation } from './hooks/mark-translation'
import { refuseUnsafeLinks } from './hooks/refuse-unsafe-links'
import { removeFromSearchIndex, updateSearchIndex } from './hooks/search-index'
import {
  deleteArticleRedirects,
  recordSlugRedirect,
  rememberPublishedSlug,
  revalidateArticle,
  revalidateDeletedArticle,
} from './hooks/revalidate-article'

/** Path segments under /news that are routes of their own (tests/unit/reserved-slugs.test.ts compares them with the folders). */
export const RESERVED_ARTICLE_SLUGS = ['page', 'category', 'untranslated']

const zone = siteTimeZone()

/** A date read, written and listed in the site's time zone, which its label names. */
const siteTimeField = (name: string, label: { en: string; zh: string }, admin: DateField['admin'] = {}) =>
  ({
    name,
    type: 'date',
    label: { en: `${label.en} (${timeZoneName(zone, 'en')})`, zh: `${label.zh}（${timeZoneName(zone, 'zh')}）` },
    admin: {
      position: 'sidebar',
      ...admin,
      components: {
        Field: '@/components/admin/site-time-field#SiteTimeField',
        Cell: '@/components/admin/site-time-cell#SiteTimeCell',
      },
    },
  }) satisfies Field

/** Stored for the site's own use (lists, search): neither a list column nor a filter for editors. */
const internal = { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true } as const

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { en: 'Article', zh: '文章' }, plural: { en: 'Articles', zh: '文章' } },
  defaultSort: '-releaseDate',
  // The public lists, newest first, one index per language: equality on the first two columns, then
  // the sort Payload asks for (releaseDate, then createdAt), so a page reads only its own rows.
  indexes: locales.map((code) => ({ fields: ['_status', completeField(code), 'releaseDate', 'createdAt'] })),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'completeIn', 'category', 'releaseDate', '_status', 'schedule'],
    // The list's search box finds a title or summary in either language, whichever locale is shown.
    listSearchableFields: ['title', 'summary', ...locales.flatMap((code) => [`title.${code}`, `summary.${code}`])],
    group: { en: 'News', zh: '新闻' },
    // "Preview" opens this article's draft in the language being edited; the link can be shared for a week.
    preview: (doc, { locale }) =>
      articlePreviewUrl(
        isLocale(locale) ? locale : 'en',
        typeof doc?.id === 'number' || typeof doc?.id === 'string' ? doc.id : null,
      ),
    components: { edit: { PublishButton: '@/components/admin/publish-button#PublishButton' } },
  },
  endpoints: [restoreAsDraftEndpoint],
  access: {
    read: publishedOrSignedIn,
    readVersions: signedIn,
    create: createArticle,
    update: updateArticle,
    delete: deleteArticle,
  },
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
  },
  hooks: {
    beforeOperation: [noteDraftOnlySave],
    beforeValidate: [refuseUnsafeLinks],
    beforeChange: [markTranslation, rememberPublishedSlug],
    afterChange: [recordSlugRedirect, updateSearchIndex, revalidateArticle],
    beforeDelete: [deleteArticleRedirects, removeFromSearchIndex],
    afterDelete: [revalidateDeletedArticle],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Content', zh: '内容' },
          fields: [
            { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', zh: '标题' } },
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 400,
              label: { en: 'Summary', zh: '摘要' },
              admin: {
                description: { en: 'One or two sentences shown in lists.', zh: '一两句话，显示在新闻列表中。' },
              },
            },
            {
              name: 'body',
              type: 'richText',
              localized: true,
              label: { en: 'Body', zh: '正文' },
              editor: lexicalEditor({
                features: ({ defaultFeatures }) => [
                  ...defaultFeatures.filter((feature) => feature.key !== 'heading' && feature.key !== 'link'),
                  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
                  LinkFeature({ fields: bilingualLinkFields }),
                  BlocksFeature({ blocks: [RankingChartBlock] }),
                  FixedToolbarFeature(),
                ],
              }),
            },
            {
              name: 'source',
              type: 'group',
              label: { en: 'Data source', zh: '数据来源' },
              fields: [
                { name: 'text', type: 'text', localized: true, label: { en: 'Source line', zh: '来源说明' } },
                { name: 'url', type: 'text', validate: safeUrl, label: { en: 'Source URL', zh: '来源链接' } },
              ],
            },
          ],
        },
        {
          label: { en: 'Media', zh: '媒体' },
          fields: [
            { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover image', zh: '封面图片' } },
          ],
        },
        {
          label: { en: 'Relations', zh: '关联' },
          fields: [
            {
              name: 'category',
              type: 'relationship',
              relationTo: 'categories',
              required: true,
              index: true,
              label: { en: 'Category', zh: '分类' },
            },
            {
              name: 'tags',
              type: 'relationship',
              relationTo: 'tags',
              hasMany: true,
              index: true,
              label: { en: 'SEO tags', zh: 'SEO标签' },
            },
            {
              name: 'related',
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              label: { en: 'Hand-picked related articles', zh: '手选相关新闻' },
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              // The page shows at most RELATED_LIMIT. Populated one level only: each related
              // article's own `related` stays ids, so ?depth= cannot expand articles into articles.
              maxRows: RELATED_LIMIT,
              maxDepth: 1,
            },
          ],
        },
      ],
    },
    {
      name: 'liveLinks',
      type: 'ui',
      label: { en: 'On the site', zh: '网站上' },
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '@/components/admin/live-links#LiveLinks' },
      },
    },
    slugField({ from: 'title', dateField: 'releaseDate', reserved: RESERVED_ARTICLE_SLUGS }),
    {
      ...siteTimeField('releaseDate', { en: 'Release time', zh: '发布时间' }),
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
    },
    {
      ...siteTimeField(
        'firstPublishedAt',
        { en: 'First published', zh: '首次发布' },
        { readOnly: true, condition: (data) => Boolean(data?.firstPublishedAt) },
      ),
      // Set by the server on the first publish and kept for good, so a contributor cannot take over
      // work that was once public even after it is unpublished (see updateArticle).
      hooks: { beforeChange: [keepFirstPublished] },
    },
    {
      // The articles list's "Scheduled" column: the next publish or unpublish waiting (no edit-view field).
      name: 'schedule',
      type: 'ui',
      label: { en: 'Scheduled', zh: '定时' },
      admin: { components: { Cell: '@/components/admin/schedule-cell#ScheduleCell' } },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'Featured on the home page', zh: '首页推荐' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'searchText',
      type: 'textarea',
      localized: true,
      label: { en: 'Body as plain text (for search)', zh: '正文纯文本（用于搜索）' },
      admin: internal,
    },
    {
      name: 'completeIn',
      type: 'text',
      label: { en: 'Complete languages', zh: '完整语言' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: {
          Cell: '@/components/admin/completeness#CompletenessCell',
          Field: '@/components/admin/completeness#CompletenessField',
        },
      },
    },
    // The same fact as completeIn, one column per language: the lists filter on it without joining the
    // per-language table (see `indexes` above).
    ...locales.map((code) => ({
      name: completeField(code),
      type: 'checkbox' as const,
      defaultValue: false,
      label: { en: `Complete in ${code}`, zh: `${code} 内容完整` },
      admin: internal,
    })),
    {
      name: 'translated',
      type: 'checkbox',
      localized: true,
      defaultValue: false,
      index: true,
      label: { en: 'Complete in this language', zh: '本语言内容完整' },
      admin: {
        // Shown to editors as the "Complete languages" badges.
        ...internal,
        position: 'sidebar',
        description: {
          en: 'Set on save: title, summary and body present. Only complete languages are listed publicly.',
          zh: '保存时自动判断：标题、摘要和正文齐全。只有完整的语言版本才会公开列出。',
        },
      },
    },
  ],
}
