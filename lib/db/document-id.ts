import type { DefaultDocumentIDType } from 'payload'

// Ids differ by database: numbers on SQLite and PostgreSQL, 24-hex ObjectId strings on MongoDB.
// payload-types.ts declares the kind of the adapter it was generated with (`npm run generate`, SQLite);
// `npm run typecheck` also checks the code against the types generated for MongoDB.

/** An id as Payload's Local API takes and returns it, per payload-types.ts: for ids that go back to Payload. */
export type PayloadId = DefaultDocumentIDType

/** Any document id, on any database: for code that only compares ids or passes them along. */
export type DocumentId = string | number

/** The id of a relationship value, whether Payload populated it (depth ≥ 1) or not. */
export const relationId = (value: DocumentId | { id: DocumentId } | null | undefined): DocumentId | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value
