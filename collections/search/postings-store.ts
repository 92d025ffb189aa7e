import type { DrizzleAdapter } from '@payloadcms/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import type { DocumentId } from '@/lib/db/document-id'
import type { Locale } from '@/lib/i18n/routing'

/** One row of the inverted index (collections/search/postings.ts). */
export interface PostingRow {
  term: string
  article: DocumentId
  locale: Locale
  /** lib/search/entry.ts `postingRank`. */
  rank: string
}

const COLLECTION = 'search-postings'
type DrizzleDb = Parameters<DrizzleAdapter['insert']>[0]['db']

/** A drizzle adapter's open transaction holds the database handle its statements must go through. */
const holdsDb = (session: unknown): session is { db: DrizzleDb } =>
  typeof session === 'object' && session !== null && 'db' in session
/** Rows per statement: 4 bound values each stays far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 500

/**
 * Writes many postings at once. A long Chinese article has ~1,500 terms; Payload's `create` writes
 * one document per round trip (with a read-back), about 0.3 ms each. Payload's own adapters expose a
 * multi-row write, used here and nowhere else: on SQLite and PostgreSQL `payload.db.insert` (the
 * method Payload itself uses for hasMany rows: one INSERT per 500 rows, inside the request's
 * transaction), on MongoDB the adapter's model for the collection (`insertMany`, in the request's
 * session). Any other adapter gets one `payload.db.create` per posting.
 */
export async function insertPostings(payload: Payload, rows: PostingRow[], req?: PayloadRequest): Promise<void> {
  if (!rows.length) return
  const db = payload.db
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  if (db.name === 'sqlite' || db.name === 'postgres') {
    const tableName = db.tableNameMap.get('search_postings')
    if (!tableName) throw new Error('No search_postings table: run the migrations (`npm run migrate`).')
    const session: unknown = transactionID === undefined ? undefined : db.sessions[String(transactionID)]
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await db.insert({
        db: holdsDb(session) ? session.db : db.drizzle,
        tableName,
        values: rows.slice(start, start + ROWS_PER_INSERT).map((row) => ({ ...row })),
      })
    }
    return
  }
  if (db.name === 'mongoose') {
    const model = db.collections[COLLECTION]
    const session = transactionID === undefined ? undefined : db.sessions[String(transactionID)]
    await model.insertMany(rows, { session })
    return
  }
  for (const row of rows) await db.create({ collection: COLLECTION, data: { ...row }, req, returning: false })
}

/** Removes every posting of an article (in one language, when given): one statement on every database. */
export async function deletePostings(
  payload: Payload,
  article: DocumentId,
  locale: Locale | null,
  req?: PayloadRequest,
): Promise<void> {
  await payload.db.deleteMany({
    collection: COLLECTION,
    where: { article: { equals: article }, ...(locale ? { locale: { equals: locale } } : {}) },
    req,
  })
}
