/**
 * Evidence for the README, not application code: the SQL Payload generates for a search, caught
 * through drizzle's query logger, and the database's plan for each statement that reads the index
 * (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN ANALYZE, which runs it). Raw SQL is used here
 * only to ask the database how it runs Payload's own statements.
 */
import type { Payload } from 'payload'

import { searchPage } from '@/lib/data/search-queries'
import type { Locale } from '@/lib/i18n/routing'
import { queryTerms } from '@/lib/search/tokens'

interface Logged {
  sql: string
  params: unknown[]
}
interface QueryLogger {
  logQuery: (sql: string, params: unknown[]) => void
}
interface Session {
  logger?: QueryLogger
}
interface SqliteClient {
  execute: (statement: { sql: string; args: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }>
}
interface PgPool {
  query: (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

function session(payload: Payload): Session {
  const drizzle: unknown = (payload.db as unknown as Record<string, unknown>).drizzle
  const found = isObject(drizzle) ? drizzle.session : undefined
  if (!isObject(found)) throw new Error('No drizzle session on this adapter: EXPLAIN needs SQLite or PostgreSQL.')
  return found as Session
}

/** Each statement a search sends that reads the postings, with the database's plan for it. */
export async function explainSearch(
  payload: Payload,
  locale: Locale,
  query: string,
): Promise<{ sql: string; plan: string[] }[]> {
  const target = session(payload)
  const logged: Logged[] = []
  const previous = target.logger
  target.logger = { logQuery: (sql, params) => logged.push({ sql, params }) }
  try {
    await searchPage(payload, locale, queryTerms(query), 1)
  } finally {
    target.logger = previous
  }
  const db = payload.db as unknown as { client?: SqliteClient; pool?: PgPool }
  const explained: { sql: string; plan: string[] }[] = []
  for (const { sql, params } of logged.filter((entry) => entry.sql.includes('search_postings'))) {
    let plan: string[]
    if (payload.db.name === 'postgres' && db.pool) {
      const { rows } = await db.pool.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`, params)
      plan = rows.map((row) => String(row['QUERY PLAN']))
    } else if (db.client) {
      const { rows } = await db.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params })
      plan = rows.map((row) => String(row.detail))
    } else {
      throw new Error(`EXPLAIN is not wired for ${payload.db.name}`)
    }
    explained.push({ sql: sql.replace(/\s+/g, ' '), plan })
  }
  return explained
}
