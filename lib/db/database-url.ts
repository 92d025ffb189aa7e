import path from 'node:path'

export type DatabaseChoice =
  { kind: 'sqlite'; url: string; file: string } | { kind: 'postgres'; url: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_URL = 'file:./data/news-center.db'

const ACCEPTED_FORMS =
  'file:./path/to.db (or unset) for embedded SQLite, postgres://user:pass@host:5432/db for PostgreSQL, ' +
  'mongodb://host:27017/db (or mongodb+srv://…) for MongoDB'

export class DatabaseUrlError extends Error {
  constructor(received: string) {
    const scheme = received.split(':')[0] || received
    super(`DATABASE_URI uses an unknown scheme "${scheme}". Accepted forms: ${ACCEPTED_FORMS}.`)
    this.name = 'DatabaseUrlError'
  }
}

/** Reads DATABASE_URI and says which adapter serves it; throws a message naming the accepted forms. */
export function resolveDatabase(raw: string | undefined, cwd = process.cwd()): DatabaseChoice {
  const url = raw?.trim() || DEFAULT_SQLITE_URL
  if (url.startsWith('file:')) {
    const location = url.slice('file:'.length)
    if (!location) throw new DatabaseUrlError(url)
    return { kind: 'sqlite', url, file: path.resolve(cwd, location) }
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url }
  if (/^mongodb(\+srv)?:\/\//.test(url)) return { kind: 'mongodb', url }
  throw new DatabaseUrlError(url)
}
