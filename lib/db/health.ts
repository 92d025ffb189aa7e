import fs from 'node:fs/promises'
import net from 'node:net'

import { resolveDatabase } from './database-url'

/** How long one answer stands: two probes a second at most, whatever the traffic. */
const FRESH_MS = 500
const CONNECT_TIMEOUT_MS = 500

/** Shared through globalThis: the proxy and the instrumentation hook are bundled apart. */
const state = globalThis as typeof globalThis & { __newsCenterDatabaseProbe?: { at: number; up: Promise<boolean> } }

/** A request failed on the server: ask the database again on the next request rather than trust the last answer. */
export function forgetDatabaseHealth(): void {
  state.__newsCenterDatabaseProbe = undefined
}

/**
 * Whether the database can be reached, asked cheaply enough for the proxy to ask on every request:
 * a TCP connection to a PostgreSQL or MongoDB server, or access to the SQLite file. It says nothing
 * about the data; pages still read that through Payload.
 */
export function databaseReachable(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const now = Date.now()
  const last = state.__newsCenterDatabaseProbe
  if (last && now - last.at <= FRESH_MS) return last.up
  const up = probe(env)
  state.__newsCenterDatabaseProbe = { at: now, up }
  return up
}

async function probe(env: NodeJS.ProcessEnv): Promise<boolean> {
  const database = resolveDatabase(env.DATABASE_URI)
  if (database.kind === 'sqlite') {
    return fs.access(database.file, fs.constants.R_OK | fs.constants.W_OK).then(
      () => true,
      () => false,
    )
  }
  // mongodb+srv names a DNS record and a replica set lists several hosts: nothing cheap to probe,
  // so such a database counts as reachable and an outage shows as the pages' own errors.
  const url = URL.canParse(database.url) ? new URL(database.url) : null
  if (!url || url.protocol === 'mongodb+srv:') return true
  const host = url.hostname || '127.0.0.1'
  const port = Number(url.port) || (database.kind === 'postgres' ? 5432 : 27017)
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: CONNECT_TIMEOUT_MS })
    const done = (up: boolean) => {
      socket.destroy()
      resolve(up)
    }
    socket.once('connect', () => done(true))
    socket.once('timeout', () => done(false))
    socket.once('error', () => done(false))
  })
}
