import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/articles'
import { removeEmptyDraftsTask } from './collections/articles/jobs/remove-empty-drafts'
import { articleSeoPlugin } from './collections/articles/seo'
import { Categories } from './collections/categories'
import { Header } from './collections/globals/header'
import { SiteSettings } from './collections/globals/site-settings'
import { Media } from './collections/media'
import { RankingDatasets } from './collections/ranking-datasets'
import { Redirects } from './collections/redirects'
import { SearchEntries } from './collections/search'
import { SearchPostings } from './collections/search/postings'
import { Tags } from './collections/tags'
import { Users } from './collections/users'
import { staff } from './collections/access'
import { capAnonymousDepth } from './collections/hooks/cap-depth'
import { showPublicErrors } from './collections/hooks/public-errors'
import {
  capPageSize,
  defaultRequestLocale,
  refuseTextOperatorWithoutText,
  rejectMalformedId,
} from './collections/hooks/request-guards'
import { databaseAdapter, handlePoolErrors } from './lib/db/adapter'
import { BODY_LIMITS, UPLOAD_FILE_MAX_BYTES } from './lib/http/limits'
import { adminTranslations } from './lib/i18n/admin-translations'
import { defaultLocale, isLocale, locales } from './lib/i18n/routing'
import { mayRunJobs } from './lib/jobs/run-lock'
import { mediaStorage } from './lib/media/storage'
import { articlePreviewUrl } from './lib/preview'
import { graphqlLimitRules } from './lib/security/graphql-limits'
import { payloadSecret } from './lib/security/secret'
import { schedulingTimeZones, siteTimeZone } from './lib/site-time'
import { siteUrl } from './lib/site-url'
import enMessages from './messages/en.json'
import zhMessages from './messages/zh.json'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const timeZone = siteTimeZone()

export default buildConfig({
  secret: payloadSecret(),
  db: databaseAdapter(),
  sharp,
  editor: lexicalEditor(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · News Center admin' },
    // "2026年12月16日 14:36 GMT+8" / "December 16th, 2026 14:36 GMT+8": dates Payload draws name their zone.
    dateFormat: 'PPP HH:mm O',
    // Scheduling starts in the site's zone (SITE_TIME_ZONE, Beijing time by default).
    timezones: { defaultTimezone: timeZone, supportedTimezones: schedulingTimeZones(timeZone) },
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
      // Payload shows these labels as given, in either admin language: both are written.
      breakpoints: [
        { name: 'phone', label: '手机 · Phone', width: 375, height: 740 },
        { name: 'tablet', label: '平板 · Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: '桌面 · Desktop', width: 1280, height: 800 },
      ],
    },
  },
  // Our admin strings, and one message for every failed login (collections/users/login-policy.ts).
  i18n: { supportedLanguages: { en, zh }, fallbackLanguage: 'en', translations: adminTranslations },
  // A cookie-authenticated write must come from the site itself: a request whose Origin is another
  // site is treated as anonymous (Payload's CSRF check; SameSite=Lax alone lets same-site origins through).
  csrf: [siteUrl()],
  // Uploads stream through Payload's multipart parser, which stops at these sizes (a 413).
  upload: { limits: { fileSize: UPLOAD_FILE_MAX_BYTES }, requestSizeLimit: BODY_LIMITS.upload, abortOnLimit: true },
  localization: {
    // Each language named in the admin's language ("英文" in the Chinese admin). Payload then marks
    // a localized field with the code ("标题 — en"): it prints only a plain-text locale label.
    locales: locales.map((code) => ({
      code,
      label: { en: enMessages.admin.languages[code], zh: zhMessages.admin.languages[code] },
    })),
    defaultLocale,
    // A missing translation stays missing: the site never shows English in place of Chinese.
    fallback: false,
  },
  // Every collection guards REST and GraphQL calls: the default language when none is named, a 400
  // for a text query without text, capped page sizes (and, for visitors, depth), and a 404 for ids
  // that cannot exist.
  collections: [
    Articles,
    Categories,
    Tags,
    Media,
    RankingDatasets,
    Redirects,
    Users,
    SearchEntries,
    SearchPostings,
  ].map((collection) => ({
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
  hooks: { afterError: [showPublicErrors] },
  jobs: {
    tasks: [removeEmptyDraftsTask],
    // Runs scheduled publishing inside the server itself (next start and next dev; instrumentation.ts
    // starts it at boot), so a scheduled article goes live on time without an outside cron.
    // The `maintenance` queue (empty drafts, hourly) is looked at once a minute.
    autoRun: [
      { cron: process.env.JOBS_CRON || '*/5 * * * * *', queue: 'default', limit: 10 },
      { cron: '30 * * * * *', queue: 'maintenance', limit: 1 },
    ],
    // One instance's ticks at a time across instances (lib/jobs/run-lock.ts), so each due job runs once;
    // JOBS_AUTORUN=off turns the runner off here.
    shouldAutoRun: () => mayRunJobs(),
    access: {
      run: ({ req }) => staff({ req }) === true,
      queue: ({ req }) => staff({ req }) === true,
      cancel: ({ req }) => staff({ req }) === true,
    },
  },
  plugins: [mediaStorage(), articleSeoPlugin],
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
