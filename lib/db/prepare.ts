/**
 * Runs before `next dev`, `next build` and `next start`: applies pending migrations (SQL databases)
 * and seeds an empty database. `--no-seed` only migrates.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedAdmin } from '../seed/admin'
import { seed } from '../seed/index'

import { migrate } from './migrate'

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
process.exit(0)
