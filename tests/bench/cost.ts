/**
 * Cost growth (run by tests/bench/run.mjs through lib/db/run-ts.mjs): the queries behind the news
 * center (page 1 and page 50), a tag page and a search, timed against a database of N articles, then
 * of M, with no cache in front. Prints one JSON line: {"cost": {query: {small, large, ratio}}}.
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { Payload, Where } from 'payload'

import { PAGE_SIZE, matchesQuery, summaryFields, visibleIn } from '@/lib/data/queries'
import { runScript } from '@/lib/db/run-script'

const sizes = (process.argv[2] ?? '100,10000').split(',').map(Number)
const dir = process.env.BENCH_COST_DIR ?? path.join(process.cwd(), 'data', 'bench-cost')
fs.rmSync(dir, { recursive: true, force: true })
fs.mkdirSync(dir, { recursive: true })
process.env.DATABASE_URI = `file:${path.join(dir, 'cost.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')

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
  const list = (filters: Where[], page: number) => () =>
    payload.find({
      collection: 'articles',
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: false,
      where: visibleIn(filters),
      sort: '-releaseDate',
      page,
      limit: PAGE_SIZE,
      depth: 1,
      select: summaryFields,
    })
  const queries: Record<string, () => Promise<unknown>> = {
    'news center page 1': list([], 1),
    'news center page 50 (past the end at 100)': list([], 50),
    'tag page': list([{ tags: { in: [tagId] } }], 1),
    'search "patent"': list([matchesQuery('patent')], 1),
  }
  const timings: Record<string, number> = {}
  for (const [name, run] of Object.entries(queries)) {
    // A timing means nothing if the query found nothing: say what it found.
    const found = (await run()) as { totalDocs: number; docs: unknown[] }
    console.error(`    ${name}: ${found.docs.length} of ${found.totalDocs}`)
    for (let warm = 0; warm < 5; warm++) await run()
    const samples: number[] = []
    for (let repeat = 0; repeat < 25; repeat++) {
      const started = performance.now()
      await run()
      samples.push(performance.now() - started)
    }
    samples.sort((a, b) => a - b)
    timings[name] = samples[Math.floor(samples.length / 2)]
  }
  return timings
}

runScript(main)
