import type { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { resolveDatabase } from './database-url'

const migrationsRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

/** Connections per server process; a news site reads far more than it writes. */
const POOL_SIZE = 10

/**
 * Builds the Payload database adapter that DATABASE_URI names. The schema is never pushed:
 * SQL databases always go through the committed migrations, so dev, tests and production agree.
 */
export function databaseAdapter(env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj {
  const choice = resolveDatabase(env.DATABASE_URI)
  switch (choice.kind) {
    case 'sqlite':
      fs.mkdirSync(path.dirname(choice.file), { recursive: true })
      return sqliteAdapter({
        client: { url: `file:${choice.file}` },
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        push: false,
        wal: true,
        busyTimeout: 5000,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: choice.url, max: POOL_SIZE },
        migrationDir: path.join(migrationsRoot, 'postgres'),
        push: false,
      })
    case 'mongodb':
      return mongooseAdapter({
        url: choice.url,
        connectOptions: { maxPoolSize: POOL_SIZE, serverSelectionTimeoutMS: 10_000 },
      })
  }
}

/**
 * node-postgres throws an idle connection's error (the server restarting, a network cut) out of the
 * pool unless someone listens: Next logs it as an uncaught exception. The pool drops that
 * connection and opens a fresh one on the next query, so a warning is all it needs.
 */
export function handlePoolErrors(payload: Payload): void {
  const pool = (payload.db as { pool?: EventEmitter }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error: Error) =>
    payload.logger.warn(`Database connection lost (${error.message}); the next query reconnects.`),
  )
}
