/**
 * Cost growth (run by tests/bench/run.mjs through lib/db/run-ts.mjs): the queries behind the news
 * center (page 1 and page 50), a tag page and a search, as lib/data/queries.ts runs them, timed
 * against a database of N articles, then of M, with no cache in front; and apart, the count behind
 * the lists' page numbers, which lib/data caches, as a cache miss adds it. Prints one JSON line:
 * {"cost": {query: {small, large, ratio}}}.
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { Payload, Where } from 'payload'

import { countVisibleArticles, findVisibleArticles, searchVisibleArticles } from '@/lib/data/queries'
import { runScript } from '@/lib/db/run-script'

const sizes = (process.argv[2] ?? '100,10000').split(',').map(Number)
const dir = process.env.BENCH_COST_DIR ?? path.join(process.cwd(), 'data', 'bench-cost')
fs.rmSync(dir, { recursive: true, force: true })
fs.mkdirSync(dir, { recursive: true })
process.env.DATABASE_URI = `file:${path.join(dir, 'cost.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')

/** How long every query runs, in turn, before any is timed at each size; the smoke (`--quick`) only checks it runs. */
const WARM_UP_MS = Math.max(...sizes) >= 1000 ? 10_000 : 1_000
const words = ['patent', 'trademark', 'cluster', 'innovation', 'licensing', 'design', 'copyright', 'examination']
const context = { disableRevalidate: true }

async function main() {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { migrate } = await import('@/lib/db/migrate')
  const payload = await getPayload({ config })
  await migrate(payload)

  const categories = await Promise.all(
    ['policy', 'insights', 'firm', 'updates'].map((slug) => payload.create({ collection: 'categories', context, data: { name: slug, slug } })),
  )
  const tags = await Promise.all(
    Array.from({ length: 20 }, (_, index) => payload.create({ collection: 'tags', context, data: { name: `Tag ${index}`, slug: `tag-${index}` } })),
  )

  let count = 0
  const results: Record<string, { small?: number; large?: number; ratio?: number }> = {}
  for (const [index, size] of sizes.entries()) {
    const started = performance.now()
    await addArticles(payload, count, size, categories.map((doc) => doc.id), tags.map((doc) => doc.id))
    console.error(`  ${size} articles in the database (${((performance.now() - started) / 1000).toFixed(1)} s to add ${size - count})`)
    count = size
    const timings = await timeQueries(payload, tags[0].id)
    for (const [name, ms] of Object.entries(timings)) {
      results[name] ??= {}
      results[name][index === 0 ? 'small' : 'large'] = ms
    }
  }
  for (const row of Object.values(results)) row.ratio = row.large && row.small ? row.large / row.small : undefined
  console.log(JSON.stringify({ cost: results }))
  await payload.destroy()
}

/**
 * The bulk path: Payload's database adapter API (`payload.db.create`: no hooks, no
 * versions, no validation), with the fields the hooks would have set written directly, a few
 * hundred documents per transaction so SQLite commits rarely. Public pages read only the stored
 * documents, so the queries see exactly what an editor's saves would leave.
 */
async function addArticles(payload: Payload, from: number, to: number, categoryIds: (number | string)[], tagIds: (number | string)[]) {
  const batch = 500
  const paragraph = (text: string) => ({
    type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0,
    children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
  })
  const body = (text: string) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(text)] } })
  for (let start = from; start < to; start += batch) {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID } as never
    for (let n = start; n < Math.min(to, start + batch); n++) {
      const word = words[n % words.length]
      const en = `Body ${n}: ${word} ${words[(n + 3) % words.length]}.`
      // At the adapter level a localized field holds every language at once, as Payload stores it.
      await payload.db.create({
        collection: 'articles',
        req,
        data: {
          title: { en: `Bulk article ${n} on ${word}`, zh: `批量文章 ${n}` },
          slug: `bulk-${n}`,
          summary: { en: `Summary ${n} about ${word} practice.`, zh: `摘要 ${n}。` },
          body: { en: body(en), zh: body(`正文 ${n}。`) },
          searchText: { en, zh: `正文 ${n}。` },
          translated: { en: true, zh: true },
          completeIn: 'en,zh',
          completeEn: true,
          completeZh: true,
          category: categoryIds[n % categoryIds.length],
          tags: [tagIds[n % tagIds.length], tagIds[(n + 7) % tagIds.length]],
          releaseDate: new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString(),
          featured: false,
          _status: 'published',
        },
      })
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  }
}

async function timeQueries(payload: Payload, tagId: number | string) {
  const tag: Where[] = [{ tags: { in: [tagId] } }]
  // Each says what it found (a string costs nothing next to a query).
  const page = async (filters: Where[], n: number) => `${(await findVisibleArticles(payload, 'en', filters, n)).length} articles`
  const search = async (query: string) => {
    const { docs, hasNextPage } = await searchVisibleArticles(payload, 'en', query, 1)
    return `${docs.length} articles${hasNextPage ? ' and more' : ''}`
  }
  const count = async (filters: Where[]) => `counted ${await countVisibleArticles(payload, 'en', filters)}`
  const queries: Record<string, () => Promise<string>> = {
    'news center page 1': () => page([], 1),
    'news center page 50 (past the end at 100)': () => page([], 50),
    'tag page': () => page(tag, 1),
    'search "patent" (page + is there more)': () => search('patent'),
    // No total for search, and a page stops at its matches: a word found nowhere is looked for everywhere.
    'search "zzqx", no match': () => search('zzqx'),
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
  for (let round = 0; round < 5; round++) {
    for (const [name, run] of Object.entries(queries)) {
      for (let repeat = 0; repeat < 10; repeat++) {
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
