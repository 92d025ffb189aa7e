/**
 * Runs before `next dev`, `next build` and `next start`: applies pending migrations (SQL databases)
 * and seeds an empty database. `--no-seed` only migrates.
 */
import { seedAdmin } from '../seed/admin'

import { runScript } from './run-script'

runScript(async () => {
  // Imported here, one after another, so a bad DATABASE_URI is reported by runScript like any error.
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { migrate } = await import('./migrate')
  const { seed } = await import('../seed/index')
  const payload = await getPayload({ config })
  try {
    await migrate(payload)
    const wantsSeed = !process.argv.includes('--no-seed')
    if (wantsSeed && (await payload.count({ collection: 'articles' })).totalDocs === 0) {
      payload.logger.info('Empty database: seeding the bilingual news center…')
      await seed(payload, { admin: seedAdmin(), log: (message) => payload.logger.info(message) })
    }
  } finally {
    await payload.destroy()
  }
})
