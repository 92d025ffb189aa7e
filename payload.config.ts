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
import { Redirects } from './collections/redirects'
import { Tags } from './collections/tags'
import { Users } from './collections/users'
import { staff } from './collections/access'
import { capPageSize, defaultRequestLocale, refuseTextOperatorWithoutText, rejectMalformedId } from './collections/hooks/request-guards'
import { databaseAdapter, handlePoolErrors } from './lib/db/adapter'
import { defaultLocale, isLocale, localeLabels, locales } from './lib/i18n/routing'
import { articlePreviewUrl } from './lib/preview'
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
    // Gravatar would send editors' email hashes to a third party and fails offline.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: ['@/components/admin/editorial-dashboard#EditorialDashboard'],
      providers: ['@/components/admin/remember-language#RememberLanguage'],
    },
    livePreview: {
      collections: ['articles'],
      // The page in the language being edited, in draft mode, refreshed on every autosave.
      url: ({ data, locale }) => articlePreviewUrl(isLocale(locale?.code) ? locale.code : 'en', data?.slug) ?? '',
      breakpoints: [
        { name: 'phone', label: 'Phone', width: 375, height: 740 },
        { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
      ],
    },
  },
  i18n: { supportedLanguages: { en, zh }, fallbackLanguage: 'en' },
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    // A missing translation stays missing: the site never shows English in place of Chinese.
    fallback: false,
  },
  // Every collection guards REST and GraphQL calls: the default language when none is named, a 400
  // for a text query without text, capped page sizes, and a 404 for ids that cannot exist.
  collections: [Articles, Categories, Tags, Media, RankingDatasets, Redirects, Users].map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        defaultRequestLocale,
        refuseTextOperatorWithoutText,
        capPageSize,
        rejectMalformedId,
      ],
    },
  })),
  globals: [SiteSettings, Header],
  jobs: {
    // Runs scheduled publishing inside the server itself (next start and next dev; instrumentation.ts
    // starts it at boot), so a scheduled article goes live on time without an outside cron.
    autoRun: [{ cron: process.env.JOBS_CRON || '*/5 * * * * *', queue: 'default', limit: 10 }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'off',
    access: {
      run: ({ req }) => staff({ req }) === true,
      queue: ({ req }) => staff({ req }) === true,
      cancel: ({ req }) => staff({ req }) === true,
    },
  },
  plugins: [
    seoPlugin({
      collections: ['articles'],
      uploadsCollection: 'media',
      tabbedUI: true,
      generateTitle: ({ doc }) => (typeof doc?.title === 'string' ? doc.title : ''),
      generateDescription: ({ doc }) => (typeof doc?.summary === 'string' ? doc.summary : ''),
    }),
  ],
  // Written on purpose by `npm run generate` only: a start on MongoDB would otherwise rewrite it with string ids.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'lib/generated-schema.graphql') },
  telemetry: false,
  onInit: async (payload) => handlePoolErrors(payload),
})
