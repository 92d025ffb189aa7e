/**
 * `npm run search:reindex`: rebuilds the search index of the database named by DATABASE_URI from the
 * live articles, printing progress. Safe while the site runs: searches keep answering from the
 * entries already there, and a second run writes nothing.
 */
import { runScript } from '../db/run-script'

runScript(async () => {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { migrate } = await import('../db/migrate')
  const { reindexAll } = await import('../../collections/search/sync')
  const payload = await getPayload({ config })
  try {
    await migrate(payload)
    const started = Date.now()
    const result = await reindexAll(payload, {
      onProgress: ({ done, total, written }) =>
        console.log(`  ${done}/${total} articles read, ${written} index entries written`),
    })
    console.log(
      `Search index rebuilt: ${result.done} articles read, ${result.written} entries written or removed, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    )
  } finally {
    await payload.destroy()
  }
})
