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
import { SearchEntries } from './collections/search'
import { Tags } from './collections/tags'
import { Users } from './collections/users'
import { staff } from './collections/access'
import { capAnonymousDepth } from './collections/hooks/cap-depth'
import { capPageSize, defaultRequestLocale, refuseTextOperatorWithoutText, rejectMalformedId } from './collections/hooks/request-guards'
import { loginTranslations } from './collections/users/login-policy'
import { databaseAdapter, handlePoolErrors } from './lib/db/adapter'
import { BODY_LIMITS, UPLOAD_FILE_MAX_BYTES } from './lib/http/limits'
import { defaultLocale, isLocale, localeLabels, locales } from './lib/i18n/routing'
import { articlePreviewUrl } from './lib/preview'
import { graphqlLimitRules } from './lib/security/graphql-limits'
import { payloadSecret } from './lib/security/secret'
import { siteUrl } from './lib/site-url'

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
      // The page in the language being edited, in draft mode for this article only (lib/preview.ts),
      // refreshed on every autosave.
      url: ({ data, locale }) => articlePreviewUrl(isLocale(locale?.code) ? locale.code : 'en', data?.id) ?? '',
      breakpoints: [
        { name: 'phone', label: 'Phone', width: 375, height: 740 },
        { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
      ],
    },
  },
  // One message for every failed login (collections/users/login-policy.ts).
  i18n: { supportedLanguages: { en, zh }, fallbackLanguage: 'en', translations: loginTranslations },
  // A cookie-authenticated write must come from the site itself: a request whose Origin is another
  // site is treated as anonymous (Payload's CSRF check; SameSite=Lax alone lets same-site origins through).
  csrf: [siteUrl()],
  // Uploads stream through Payload's multipart parser, which stops at these sizes (a 413).
  upload: { limits: { fileSize: UPLOAD_FILE_MAX_BYTES }, requestSizeLimit: BODY_LIMITS.upload, abortOnLimit: true },
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    // A missing translation stays missing: the site never shows English in place of Chinese.
    fallback: false,
  },
  // Every collection guards REST and GraphQL calls: the default language when none is named, a 400
  // for a text query without text, capped page sizes (and, for visitors, depth), and a 404 for ids
  // that cannot exist.
  collections: [Articles, Categories, Tags, Media, RankingDatasets, Redirects, Users, SearchEntries].map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        defaultRequestLocale,
        refuseTextOperatorWithoutText,
        capPageSize,
        capAnonymousDepth,
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
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'lib/generated-schema.graphql'),
    // Depth and what a query can expand to, counted per list (lib/security/graphql-limits.ts).
    validationRules: (args) => graphqlLimitRules(args.variableValues),
  },
  telemetry: false,
  onInit: async (payload) => handlePoolErrors(payload),
})
