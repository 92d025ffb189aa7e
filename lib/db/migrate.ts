import type { Migration, Payload } from 'payload'

import { resolveDatabase } from './database-url'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

interface MigrationModule<Args> {
  name: string
  up: (args: Args) => Promise<void>
  down: (args: Args) => Promise<void>
}

// Payload types a migration's argument as unknown; the adapter passes the args each file declares.
const forPayload = <Args>(list: MigrationModule<Args>[]): Migration[] =>
  list.map(({ name, up, down }) => ({ name, up: (args) => up(args as Args), down: (args) => down(args as Args) }))

/**
 * Applies pending committed migrations. They are passed in as modules rather than read from disk,
 * so this works wherever the code was bundled or transpiled (tsx, vitest, Next). MongoDB needs none.
 */
export async function migrate(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { kind } = resolveDatabase(env.DATABASE_URI)
  if (kind === 'sqlite') await payload.db.migrate({ migrations: forPayload(sqliteMigrations) })
  if (kind === 'postgres') await payload.db.migrate({ migrations: forPayload(postgresMigrations) })
}
