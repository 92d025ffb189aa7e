import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/articles'
import { Categories } from './collections/categories'
import { Header } from './collections/globals/header'
import { SiteSettings } from './collections/globals/site-settings'
import { Media } from './collections/media'
import { RankingDatasets } from './collections/ranking-datasets'
import { Tags } from './collections/tags'
import { Users } from './collections/users'
import { databaseAdapter } from './lib/db/adapter'
import { payloadSecret } from './lib/security/secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  db: databaseAdapter(),
  sharp,
  editor: lexicalEditor(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · News Center admin' },
    importMap: { baseDir: dirname },
  },
  i18n: { supportedLanguages: { en, zh }, fallbackLanguage: 'en' },
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'zh', label: '中文' },
    ],
    defaultLocale: 'en',
    // A missing translation stays missing: the site never shows English in place of Chinese.
    fallback: false,
  },
  collections: [Articles, Categories, Tags, Media, RankingDatasets, Users],
  globals: [SiteSettings, Header],
  plugins: [
    seoPlugin({
      collections: ['articles'],
      uploadsCollection: 'media',
      tabbedUI: true,
      generateTitle: ({ doc }) => (typeof doc?.title === 'string' ? doc.title : ''),
      generateDescription: ({ doc }) => (typeof doc?.summary === 'string' ? doc.summary : ''),
    }),
  ],
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'lib/generated-schema.graphql') },
  telemetry: false,
})
