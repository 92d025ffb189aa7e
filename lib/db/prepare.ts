/**
 * Runs before `next dev`, `next build` and `next start`: applies pending migrations (SQL databases)
 * and seeds an empty database. `--no-seed` only migrates. `--production` (used by `npm start`)
 * refuses to go on with the development secret or with a user still on the development password.
 */
import { seedAdmin } from '../seed/admin'

import { runScript } from './run-script'

runScript(async () => {
  // Imported here, one after another, so a bad DATABASE_URI is reported by runScript like any error.
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { migrate } = await import('./migrate')
  const { seed, DEV_ADMIN_PASSWORD } = await import('../seed/index')
  const production = process.argv.includes('--production')
  if (production) {
    const { payloadSecret } = await import('../security/secret')
    payloadSecret({ ...process.env, NODE_ENV: 'production' })
  }
  const payload = await getPayload({ config })
  try {
    await migrate(payload)
    if (production) {
      const { usersWithPassword } = await import('../security/default-password')
      const exposed = await usersWithPassword(payload, DEV_ADMIN_PASSWORD)
      if (exposed.length) {
        throw new Error(
          `Refusing to start in production: ${exposed.join(', ')} still use(s) the development password. ` +
            'Change it in the admin (or with SEED_ADMIN_PASSWORD on a fresh database) first.',
        )
      }
    }
    const { ensureSearchIndex } = await import('../../collections/search/sync')
    await ensureSearchIndex(payload, (message) => payload.logger.info(message))
    const wantsSeed = !process.argv.includes('--no-seed')
    if (wantsSeed && (await payload.count({ collection: 'articles' })).totalDocs === 0) {
      payload.logger.info('Empty database: seeding the bilingual news center…')
      await seed(payload, {
        admin: seedAdmin(production ? { ...process.env, NODE_ENV: 'production' } : process.env),
        log: (message) => payload.logger.info(message),
      })
    }
  } finally {
    await payload.destroy()
  }
})
