/**
 * Cost growth (run by tests/bench/run.mjs through lib/db/run-ts.mjs): the queries behind the news
 * center (page 1 and page 50), a tag page and searches of each kind (a common word, a rare word, a
 * word found nowhere, a two-character Chinese word, a two-word phrase), as lib/data runs them on a
 * cache miss, timed against a database of N articles, then of M; and apart, the count behind the
 * lists' page numbers, which lib/data caches. On SQLite (a file of its own) or, with
 * BENCH_COST_DATABASE_URI, the PostgreSQL server it names (emptied first by a fresh schema). Prints
 * one JSON line: {"cost": {query: {small, large, ratio}}, "database": kind}.
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload, Where } from 'payload'

import { countVisibleArticles, findVisibleArticles } from '@/lib/data/queries'
import { insertPostings } from '@/collections/search/postings-store'
import { findSearchArticles, searchPage } from '@/lib/data/search-queries'
import { resolveDatabase } from '@/lib/db/database-url'
import { runScript } from '@/lib/db/run-script'
import type { Locale } from '@/lib/i18n/routing'
import { postingRank, postingTerms } from '@/lib/search/entry'
import { queryTerms } from '@/lib/search/tokens'

import { explainSearch } from './explain'

const sizes = (process.argv[2] ?? '100,10000').split(',').map(Number)
const dir = process.env.BENCH_COST_DIR ?? path.join(process.cwd(), 'data', 'bench-cost')
fs.rmSync(dir, { recursive: true, force: true })
fs.mkdirSync(dir, { recursive: true })
process.env.DATABASE_URI = process.env.BENCH_COST_DATABASE_URI || `file:${path.join(dir, 'cost.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')

/**
 * The MongoDB-protocol emulator reads every document of a collection for each query (a second or
 * more at 10,000 articles): there, fewer timed runs, so the step ends in minutes.
 */
const emulated = Boolean(process.env.MONGODB_EMULATOR)
/** How long every query runs, in turn, before any is timed at each size; the smoke (`--quick`) only checks it runs. */
const WARM_UP_MS = emulated ? 0 : Math.max(...sizes) >= 1000 ? 10_000 : 1_000
const ROUNDS = emulated ? 2 : 5
const REPEATS = emulated ? 3 : 10
const words = ['patent', 'trademark', 'cluster', 'innovation', 'licensing', 'design', 'copyright', 'examination']
const chineseWords = ['专利', '商标', '集群', '创新', '许可', '外观', '版权', '审查']
/** In two articles of every 5,000 (one at 100): a word with a handful of matches at any size. */
const RARE_WORD = 'zeolite'
const isRare = (n: number) => n % 5000 === 7 || n % 5000 === 2500
const context = { disableRevalidate: true }

async function main() {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { migrate } = await import('@/lib/db/migrate')
  const payload = await getPayload({ config })
  await migrate(payload)

  const categories = await Promise.all(
    ['policy', 'insights', 'firm', 'updates'].map((slug) =>
      payload.create({ collection: 'categories', context, data: { name: slug, slug } }),
    ),
  )
  const tags = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      payload.create({ collection: 'tags', context, data: { name: `Tag ${index}`, slug: `tag-${index}` } }),
    ),
  )

  let count = 0
  const results: Record<string, { small?: number; large?: number; ratio?: number }> = {}
  const plans: Record<string, Record<string, { sql: string; plan: string[] }[]>> = {}
  for (const [index, size] of sizes.entries()) {
    const started = performance.now()
    await addArticles(
      payload,
      count,
      size,
      categories.map((doc) => doc.id),
      tags.map((doc) => doc.id),
    )
    console.error(
      `  ${size} articles in the database (${((performance.now() - started) / 1000).toFixed(1)} s to add ${size - count})`,
    )
    await settle(payload)
    count = size
    const timings = await timeQueries(payload, tags[0].id)
    for (const [name, ms] of Object.entries(timings)) {
      results[name] ??= {}
      results[name][index === 0 ? 'small' : 'large'] = ms
    }
    // How the database runs the index lookups (each distinct statement once), at the largest size only:
    // SQLite's client keeps the last EXPLAIN open, which would keep the next checkpoint out.
    if (index === sizes.length - 1 && payload.db.name !== 'mongoose') {
      plans[size] = {}
      for (const [locale, query] of [
        ['en', 'patent'],
        ['en', 'zzqx'],
        ['zh', '专利'],
      ] as const) {
        const unique = new Map(
          (await explainSearch(payload, locale, query)).map((entry) => [
            entry.sql.replace(/"[0-9a-f]{8}_[0-9a-f_]{27}"/g, '"t"'),
            entry,
          ]),
        )
        plans[size][query] = [...unique.values()]
      }
    }
  }
  for (const row of Object.values(results)) row.ratio = row.large && row.small ? row.large / row.small : undefined
  console.log(JSON.stringify({ cost: results, database: resolveDatabase(process.env.DATABASE_URI).kind, plans }))
  await payload.destroy()
}

/**
 * The bulk path: Payload's database adapter API (`payload.db.create`: no hooks, no
 * versions, no validation), with the fields the hooks would have set written directly (the search
 * entries too, made by the same functions), a few hundred documents per transaction so SQLite
 * commits rarely. Public pages read only the stored documents, so the queries see exactly what an
 * editor's saves would leave.
 */
async function addArticles(
  payload: Payload,
  from: number,
  to: number,
  categoryIds: (number | string)[],
  tagIds: (number | string)[],
) {
  const batch = 500
  const paragraph = (text: string) => ({
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
  })
  const body = (text: string) => ({
    root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(text)] },
  })
  for (let start = from; start < to; start += batch) {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID } as never
    for (let n = start; n < Math.min(to, start + batch); n++) {
      const word = words[n % words.length]
      const chinese = chineseWords[n % chineseWords.length]
      const texts = {
        en: {
          title: `Bulk article ${n} on ${word}`,
          summary: `Summary ${n} about ${word} practice.`,
          body: `Body ${n}: ${word} ${words[(n + 3) % words.length]}${isRare(n) ? ` and ${RARE_WORD}` : ''}.`,
        },
        zh: {
          title: `批量文章 ${n}：${chinese}`,
          summary: `摘要 ${n}，关于${chinese}实务。`,
          body: `正文 ${n}：${chinese}与${chineseWords[(n + 3) % chineseWords.length]}。`,
        },
      }
      const releaseDate = new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString()
      // At the adapter level a localized field holds every language at once, as Payload stores it.
      const article = await payload.db.create({
        collection: 'articles',
        req,
        data: {
          title: { en: texts.en.title, zh: texts.zh.title },
          slug: `bulk-${n}`,
          summary: { en: texts.en.summary, zh: texts.zh.summary },
          body: { en: body(texts.en.body), zh: body(texts.zh.body) },
          searchText: { en: texts.en.body, zh: texts.zh.body },
          translated: { en: true, zh: true },
          completeIn: 'en,zh',
          completeEn: true,
          completeZh: true,
          category: categoryIds[n % categoryIds.length],
          tags: [tagIds[n % tagIds.length], tagIds[(n + 7) % tagIds.length]],
          releaseDate,
          featured: false,
          _status: 'published',
        },
      })
      for (const locale of ['en', 'zh'] as const) {
        await payload.db.create({
          collection: 'search-entries',
          req,
          data: { article: article.id, locale, releaseDate, ...texts[locale] },
        })
        await insertPostings(
          payload,
          postingTerms(locale, texts[locale]).map(({ term, score }) => ({
            term,
            article: article.id,
            locale,
            rank: postingRank(score, releaseDate, article.id, term),
          })),
          req,
        )
      }
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  }
}

/**
 * A bulk load leaves the database as it never is after the same articles were written one save at
 * a time: SQLite's write-ahead log held 5.8 GB of page images after 10,000 articles (every read then
 * searched it), and PostgreSQL had no statistics on the new rows yet (its planner hashed every
 * entry) nor a visibility map (an index-only count would visit every row's page). Raw SQL, here only: what SQLite's checkpoints and PostgreSQL's autovacuum do on their own.
 */
async function settle(payload: Payload) {
  const statement =
    payload.db.name === 'postgres'
      ? sql`VACUUM ANALYZE`
      : payload.db.name === 'sqlite'
        ? sql`PRAGMA wal_checkpoint(TRUNCATE)`
        : null
  if (!statement) return
  try {
    await payload.db.execute({ drizzle: payload.db.drizzle, sql: statement })
  } catch (error) {
    // SQLite refuses while a read is still open; the figures then carry the log (said so, not hidden).
    console.error(
      `    could not settle the database: ${error instanceof Error ? String(error.cause ?? error.message) : String(error)}`,
    )
  }
}

async function timeQueries(payload: Payload, tagId: number | string) {
  const tag: Where[] = [{ tags: { in: [tagId] } }]
  // Each says what it found (a string costs nothing next to a query).
  const page = async (filters: Where[], n: number) =>
    `${(await findVisibleArticles(payload, 'en', filters, n)).length} articles`
  // A search page on a cache miss: the index lookups, then the page's articles.
  const search = async (locale: Locale, query: string) => {
    const { hits, totalDocs, totalIsLowerBound } = await searchPage(payload, locale, queryTerms(query), 1)
    const articles = await findSearchArticles(
      payload,
      locale,
      hits.map((hit) => hit.articleId),
    )
    return `${articles.length} articles of ${totalIsLowerBound ? 'more than ' : ''}${totalDocs}`
  }
  const count = async (filters: Where[]) => `counted ${await countVisibleArticles(payload, 'en', filters)}`
  const queries: Record<string, () => Promise<string>> = {
    'news center page 1': () => page([], 1),
    'news center page 50 (past the end at 100)': () => page([], 50),
    'tag page': () => page(tag, 1),
    // "patent" is in the title of 1 article in 8 and the body of another 1 in 8 ("design patent").
    'search, common word "patent" (1 in 4)': () => search('en', 'patent'),
    [`search, rare word "${RARE_WORD}"`]: () => search('en', RARE_WORD),
    'search, no match "zzqx"': () => search('en', 'zzqx'),
    'search, Chinese 专利 (1 in 4)': () => search('zh', '专利'),
    // Two words: the rarer word's postings, checked for the other (lib/data/search-queries.ts).
    'search, two words "patent innovation" (both in 1 in 8)': () => search('en', 'patent innovation'),
    // The count behind the lists' page numbers, cached with the lists (lib/data/articles.ts): what a miss adds.
    'count, news center (cache miss)': () => count([]),
    'count, tag page (cache miss)': () => count(tag),
  }
  // A timing means nothing if the query found nothing: say what it found.
  for (const [name, run] of Object.entries(queries)) console.error(`    ${name}: ${await run()}`)
  // Timed only once the process is warm: Payload's JavaScript, not SQL, is most of a query's time,
  // and a few runs left the first size up to twice as slow as it is (which flattered the ratio).
  // Then timed in rounds, a few runs of each in turn, so a busy moment of the machine is shared.
  const warmUntil = performance.now() + WARM_UP_MS
  while (performance.now() < warmUntil) for (const run of Object.values(queries)) await run()
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(queries).map((name) => [name, []]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(queries)) {
      for (let repeat = 0; repeat < REPEATS; repeat++) {
        const started = performance.now()
        await run()
        samples[name].push(performance.now() - started)
      }
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]))
}

runScript(main)
