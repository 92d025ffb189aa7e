import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import config from '@payload-config'
import { sql } from '@payloadcms/db-sqlite'
import pg from 'pg'
import { BasePayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { visibleIn } from '@/lib/data/queries'
import { searchPage } from '@/lib/data/search-queries'
import { databaseAdapter } from '@/lib/db/adapter'
import { resolveDatabase } from '@/lib/db/database-url'
import { migrate } from '@/lib/db/migrate'
import { migrations as postgresMigrations } from '@/lib/db/migrations/postgres'
import { migrations as sqliteMigrations } from '@/lib/db/migrations/sqlite'
import { queryTerms } from '@/lib/search/tokens'

import { type Id, type Row, firstRelease, writeFirstRelease } from './fixtures/first-release'
import { context, databaseKind } from './payload'

// Drizzle's sql tag (both SQL adapters re-export it): parameterised statements either database runs.
type Statement = ReturnType<typeof sql>
type Snapshot = Record<string, string[]>

const kind = databaseKind()
const committed = kind === 'postgres' ? postgresMigrations : sqliteMigrations

/** A database of its own: the suite's database is already fully migrated. */
async function freshDatabase(): Promise<{ uri: string; drop: () => Promise<void> }> {
  const suite = resolveDatabase(process.env.DATABASE_URI)
  if (suite.kind !== 'postgres') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-upgrade-'))
    return {
      uri: `file:${path.join(dir, 'upgrade.db')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const name = `news_center_upgrade_${randomBytes(6).toString('hex')}`
  const onServer = async (statement: string) => {
    const client = new pg.Client({ connectionString: suite.url })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  await onServer(`CREATE DATABASE "${name}"`)
  const uri = new URL(suite.url)
  uri.pathname = `/${name}`
  return { uri: uri.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}

/** The app's own config on another database; not getPayload, which keeps one instance per process. */
async function payloadOn(uri: string): Promise<Payload> {
  const appConfig = await config
  const db = { ...appConfig.db, ...databaseAdapter({ ...process.env, DATABASE_URI: uri }) }
  const typescript = { ...appConfig.typescript, autoGenerate: false }
  return new BasePayload().init({ config: { ...appConfig, db, typescript } })
}

/** The first committed migration alone, as lib/db/migrate.ts hands migrations to Payload. */
function firstMigration(): Migration {
  const toPayload = <Args>(module: {
    name: string
    up: (args: Args) => Promise<void>
    down: (args: Args) => Promise<void>
  }) => ({
    name: module.name,
    up: (args: unknown) => module.up(args as Args),
    down: (args: unknown) => module.down(args as Args),
  })
  return kind === 'postgres' ? toPayload(postgresMigrations[0]) : toPayload(sqliteMigrations[0])
}

// Raw SQL only here: the first release's schema is one the current config cannot write.
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null

async function rows(payload: Payload, statement: Statement): Promise<Row[]> {
  const found: unknown[] = (await payload.db.execute({ drizzle: payload.db.drizzle, sql: statement })).rows
  // Copies only the named columns (libsql rows also carry positional, non-enumerable ones).
  return found.filter(isRow).map((row) => ({ ...row }))
}

async function insert(payload: Payload, table: string, row: Row): Promise<Id> {
  const columns = sql.join(
    Object.keys(row).map((column) => sql.identifier(column)),
    sql`, `,
  )
  const values = sql.join(
    Object.values(row).map((value) => sql`${value}`),
    sql`, `,
  )
  const [created] = await rows(
    payload,
    sql`INSERT INTO ${sql.identifier(table)} (${columns}) VALUES (${values}) RETURNING "id"`,
  )
  const id = created?.id
  if (typeof id !== 'number' && typeof id !== 'string')
    throw new Error(`INSERT INTO ${table} returned no id (got ${String(id)})`)
  return id
}

async function tableNames(payload: Payload): Promise<string[]> {
  const statement =
    kind === 'postgres'
      ? sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`
      : sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
  return (await rows(payload, statement)).map((row) => String(row.name)).sort()
}

/**
 * Every row of the given tables as JSON of the given columns (each table's columns before the
 * upgrade), sorted: equal snapshots mean no row was lost, added or changed.
 */
async function snapshot(payload: Payload, columnsByTable: Record<string, string[]>): Promise<Snapshot> {
  const result: Snapshot = {}
  for (const [table, columns] of Object.entries(columnsByTable)) {
    const all = await rows(payload, sql`SELECT * FROM ${sql.identifier(table)}`)
    result[table] = all
      .map((row) => JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column]]))))
      .sort()
  }
  return result
}

let payload: Payload
let database: Awaited<ReturnType<typeof freshDatabase>>
let ids: Awaited<ReturnType<typeof writeFirstRelease>>
let legacyColumns: Record<string, string[]>
let before: Snapshot
let after: Snapshot

describe.skipIf(kind === 'mongodb')(`upgrading a first-release database to the current schema on ${kind}`, () => {
  beforeAll(async () => {
    database = await freshDatabase()
    payload = await payloadOn(database.uri)
    await payload.db.migrate({ migrations: [firstMigration()] })
    ids = await writeFirstRelease((table, row) => insert(payload, table, row))

    legacyColumns = {}
    for (const table of await tableNames(payload)) {
      if (table === 'payload_migrations') continue
      const [first] = await rows(payload, sql`SELECT * FROM ${sql.identifier(table)} LIMIT 1`)
      legacyColumns[table] = first ? Object.keys(first) : []
    }
    before = await snapshot(payload, legacyColumns)

    // What `npm run migrate` does on the server: every committed migration not yet applied.
    await migrate(payload, { ...process.env, DATABASE_URI: database.uri })
    after = await snapshot(payload, legacyColumns)
  })

  afterAll(async () => {
    // Payload's destroy() leaves PostgreSQL connections open: dropping the database ends them (57P01).
    payload?.db.pool?.on('error', (error) => {
      if (!('code' in error) || error.code !== '57P01') throw error
    })
    await payload?.destroy()
    await database?.drop()
  })

  it('starts from data in every table of the first release', () => {
    const empty = Object.entries(legacyColumns).filter(([, columns]) => columns.length === 0)
    expect(empty.map(([table]) => table)).toEqual([])
    expect(Object.keys(legacyColumns)).toEqual(
      expect.arrayContaining(['articles_locales', 'users', 'users_sessions', 'ranking_datasets_texts']),
    )
  })

  it('applies every later committed migration', async () => {
    const applied = await rows(payload, sql`SELECT name FROM payload_migrations ORDER BY name`)
    expect(applied.map((row) => row.name)).toEqual(committed.map((migration) => migration.name))
  })

  it('keeps every row of every table, value for value', () => {
    expect(after).toEqual(before)
  })

  it('serves an old article in both languages with its category, tags, cover and related article', async () => {
    const { bilingual } = firstRelease
    const both = await payload.findByID({ collection: 'articles', id: ids.bilingual, locale: 'all', depth: 0 })
    expect(both.title).toEqual({ en: bilingual.en.title, zh: bilingual.zh.title })
    expect(both.summary).toEqual({ en: bilingual.en.summary, zh: bilingual.zh.summary })
    expect(both.searchText).toEqual({ en: bilingual.en.text, zh: bilingual.zh.text })
    expect(both).toMatchObject({
      slug: bilingual.slug,
      featured: true,
      _status: 'published',
      tags: ids.tags,
      related: [ids.englishOnly],
    })

    const chinese = await payload.findByID({
      collection: 'articles',
      id: ids.bilingual,
      locale: 'zh',
      fallbackLocale: false,
      depth: 1,
    })
    const names = (chinese.tags ?? []).map((tag) => (typeof tag === 'object' ? tag.name : tag))
    expect(names).toEqual(firstRelease.tags.map((tag) => tag.zh))
    expect(typeof chinese.category === 'object' && chinese.category?.name).toBe(firstRelease.category.zh)
    expect(typeof chinese.cover === 'object' && chinese.cover?.alt).toBe(firstRelease.cover.zh)
    expect(typeof chinese.cover === 'object' && chinese.cover?.sizes?.thumbnail?.width).toBe(320)
  })

  it('shows visitors the same published articles in each language', async () => {
    const visible = async (locale: 'en' | 'zh') => {
      const found = await payload.find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        where: visibleIn(locale),
        sort: 'slug',
      })
      return found.docs.map((article) => [article.slug, article.title])
    }
    const { bilingual, englishOnly } = firstRelease
    expect(await visible('en')).toEqual([
      [bilingual.slug, bilingual.en.title],
      [englishOnly.slug, englishOnly.en.title],
    ])
    expect(await visible('zh')).toEqual([[bilingual.slug, bilingual.zh.title]])
  })

  it('builds the search index for the old published articles, in the languages they are complete in, never the draft', async () => {
    const found = async (locale: 'en' | 'zh', query: string) =>
      (await searchPage(payload, locale, queryTerms(query), 1)).hits.map((hit) => String(hit.articleId))
    expect(await found('en', 'Greater Bay')).toEqual([String(ids.bilingual)])
    expect(await found('zh', '专利')).toEqual([String(ids.bilingual)])
    expect(await found('en', 'renewals')).toEqual([String(ids.englishOnly)])
    expect(await found('zh', '商业秘密')).toEqual([])
  })

  it('marks the languages each old article is complete in, as saving it would, without a save', async () => {
    const { bilingual, englishOnly, chineseDraft } = firstRelease
    const articles = await payload.find({ collection: 'articles', depth: 0, sort: 'slug' })
    expect(
      articles.docs.map((article) => [article.slug, article.completeIn, article.completeEn, article.completeZh]),
    ).toEqual([
      [bilingual.slug, 'en,zh', true, true],
      [chineseDraft.slug, 'zh', false, true],
      [englishOnly.slug, 'en', true, false],
    ])
    const latestVersion = await payload.findByID({ collection: 'articles', id: ids.bilingual, draft: true, depth: 0 })
    expect(latestVersion.completeIn).toBe('en,zh')
  })

  it('dates the first publish of old published articles, so a contributor cannot take them over', async () => {
    const articles = await payload.find({ collection: 'articles', depth: 0, sort: 'slug' })
    expect(articles.docs.map((article) => [article.slug, Boolean(article.firstPublishedAt)])).toEqual([
      [firstRelease.bilingual.slug, true],
      [firstRelease.chineseDraft.slug, false],
      [firstRelease.englishOnly.slug, true],
    ])
  })

  it('keeps drafts and version history', async () => {
    const draft = await payload.findByID({
      collection: 'articles',
      id: ids.chineseDraft,
      locale: 'zh',
      draft: true,
      fallbackLocale: false,
    })
    expect(draft).toMatchObject({ _status: 'draft', title: firstRelease.chineseDraft.zh.title })
    const history = await payload.findVersions({
      collection: 'articles',
      locale: 'en',
      where: { parent: { equals: ids.bilingual } },
      sort: 'createdAt',
    })
    expect(history.docs.map((version) => [version.version.title, version.latest])).toEqual([
      [firstRelease.bilingual.earlierTitle, false],
      [firstRelease.bilingual.en.title, true],
    ])
  })

  it('keeps ranking data, site settings, the header and the queued publish', async () => {
    const dataset = await payload.findByID({ collection: 'ranking-datasets', id: ids.dataset, locale: 'all' })
    expect(dataset.title).toEqual({ en: firstRelease.dataset.en, zh: firstRelease.dataset.zh })
    expect(dataset.metrics).toEqual(['pctShare', 'vcDealsShare'])
    expect(dataset.entries?.map((entry) => [entry.nameEn, entry.economies, entry.pctShare])).toEqual(
      firstRelease.entries.map((entry) => [entry.name, entry.economies, entry.pctShare]),
    )

    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', fallbackLocale: false })
    expect(settings.companyName).toBe(firstRelease.settings.zh)
    expect(settings.telephones?.map((phone) => phone.number)).toEqual([firstRelease.settings.telephone])
    const header = await payload.findGlobal({ slug: 'header', locale: 'zh', fallbackLocale: false })
    expect(header.navigation?.map((link) => [link.href, link.label])).toEqual(
      firstRelease.navigation.map((link) => [link.href, link.zh]),
    )

    const queued = await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })
    expect(queued.docs.map((job) => [job.taskSlug, job.waitUntil, job.input])).toEqual([
      [
        'schedulePublish',
        firstRelease.scheduledFor,
        { type: 'publish', doc: { relationTo: 'articles', value: ids.chineseDraft } },
      ],
    ])
  })

  it('keeps every user with their role, and an editor can still sign in', async () => {
    const users = await payload.find({ collection: 'users', sort: 'email' })
    expect(users.docs.map((user) => [user.email, user.name, user.role])).toEqual([
      [firstRelease.admin.email, firstRelease.admin.name, 'admin'],
      [firstRelease.editor.email, firstRelease.editor.name, 'editor'],
    ])
    const { editor } = firstRelease
    const session = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: editor.password },
    })
    expect(session.user?.role).toBe('editor')
  })

  it('lets an old article use what the upgrade added: a rename records a redirect and the complete languages', async () => {
    const renamed = await payload.update({
      collection: 'articles',
      id: ids.bilingual,
      locale: 'en',
      context,
      data: { slug: 'first-release-renamed', _status: 'published' },
    })
    expect(renamed.completeIn).toBe('en,zh')
    const redirects = await payload.find({ collection: 'redirects', depth: 0 })
    expect(redirects.docs.map((redirect) => [redirect.from, redirect.article])).toEqual([
      [firstRelease.bilingual.slug, ids.bilingual],
    ])
  })
})
