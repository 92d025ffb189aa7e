/**
 * What the search index adds to publishing: a long Chinese article (about 1,500 distinct characters
 * and pairs, ~1,650 postings) and a short English one are published, then edited and published again,
 * through the Local API with every hook, on the database DATABASE_URI names (default: a SQLite file
 * of its own). Prints the median of each, in ms, and one JSON line. Reported, never asserted.
 *
 *   node lib/db/run-ts.mjs tests/bench/publish-cost.ts [runs]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { runScript } from '@/lib/db/run-script'
import { toLexical } from '@/lib/seed/lexical'

const runs = Number(process.argv[2] ?? 7)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-cost-'))
process.env.DATABASE_URI ||= `file:${path.join(dir, 'publish.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
const context = { disableRevalidate: true }

/** A body of `length` CJK characters in a fixed pseudo-random order: many distinct characters and pairs, as in a long article. */
function chineseText(length: number, seed: number) {
  let state = seed
  let text = ''
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    text += String.fromCharCode(0x4e00 + ((state >>> 8) % 1200))
    if (index % 40 === 39) text += '。'
  }
  return text
}

async function main() {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { migrate } = await import('@/lib/db/migrate')
  const payload = await getPayload({ config })
  await migrate(payload)
  const category = await payload.create({
    collection: 'categories',
    context,
    data: { name: 'Bench', slug: `bench-${Date.now()}` },
  })
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const timed = async (run: () => Promise<unknown>) => {
    const started = performance.now()
    await run()
    return performance.now() - started
  }
  const samples = {
    'publish, long Chinese article': [] as number[],
    'edit, long Chinese article': [] as number[],
    'publish, short English article': [] as number[],
  }
  let lastLong: number | string = 0
  for (let run = 0; run < runs; run++) {
    const body = chineseText(1000, run + 1)
    let id: number | string = 0
    samples['publish, long Chinese article'].push(
      await timed(async () => {
        id = (
          await payload.create({
            collection: 'articles',
            locale: 'zh',
            context,
            data: {
              title: `长文 ${run} ${body.slice(0, 20)}`,
              summary: body.slice(20, 80),
              body: toLexical([{ type: 'paragraph', text: body }]),
              category: category.id,
              releaseDate: new Date(Date.UTC(2025, 0, 1 + run)).toISOString(),
              _status: 'published',
            },
          })
        ).id
        lastLong = id
      }),
    )
    samples['edit, long Chinese article'].push(
      await timed(() =>
        payload.update({
          collection: 'articles',
          id,
          locale: 'zh',
          context,
          data: {
            body: toLexical([{ type: 'paragraph', text: `${body}${chineseText(40, run + 100)}` }]),
            _status: 'published',
          },
        }),
      ),
    )
    samples['publish, short English article'].push(
      await timed(() =>
        payload.create({
          collection: 'articles',
          locale: 'en',
          context,
          data: {
            title: `Short article ${run} on patents`,
            summary: 'A short summary about trademark practice.',
            body: toLexical([
              { type: 'paragraph', text: 'Patent examination and licensing in a few words, as a news brief.' },
            ]),
            category: category.id,
            releaseDate: new Date(Date.UTC(2025, 1, 1 + run)).toISOString(),
            _status: 'published',
          },
        }),
      ),
    )
  }
  // Say what the index holds for the last long article, so a figure cannot come from an index left unwritten.
  if ('search-postings' in payload.collections) {
    const { totalDocs } = await payload.count({
      collection: 'search-postings',
      overrideAccess: true,
      where: { article: { equals: lastLong } },
    })
    console.error(`  postings of the last long Chinese article: ${totalDocs}`)
  }
  const figures = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]))
  for (const [name, ms] of Object.entries(figures)) console.error(`  ${name}: median ${ms.toFixed(1)} ms of ${runs}`)
  console.log(JSON.stringify({ publish: figures, database: payload.db.name }))
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
}

runScript(main)
