import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { context, databaseKind, testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

const entry = (rank: number, nameEn: string) => ({ rank, nameEn, economies: ['CN'] })

describe(`ranking datasets on ${databaseKind()}`, () => {
  it('rejects a duplicate rank with a message naming both rows', async () => {
    const attempt = payload.create({
      collection: 'ranking-datasets',
      locale: 'en',
      context,
      data: { title: 'Duplicate ranks', year: 2024, entries: [entry(1, 'Alpha'), entry(2, 'Beta'), entry(2, 'Gamma')] },
    })
    const error = await attempt.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    const messages = (error as ValidationError).data.errors.map((item) => item.message).join(' ')
    expect(messages).toContain('Row 3 (Gamma): rank 2 is already used by row 2 (Beta).')
    expect((await payload.find({ collection: 'ranking-datasets', where: { title: { equals: 'Duplicate ranks' } } })).totalDocs).toBe(0)
  })

  it('rejects an economy code that ISO 3166-1 does not assign', async () => {
    const attempt = payload.create({
      collection: 'ranking-datasets',
      locale: 'en',
      context,
      data: { title: 'Bad economy', year: 2024, entries: [{ rank: 1, nameEn: 'Nowhere', economies: ['XX'] }] },
    })
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
  })

  it('accepts unique ranks and keeps unknown shares empty', async () => {
    const doc = await payload.create({
      collection: 'ranking-datasets',
      locale: 'en',
      context,
      data: { title: 'Valid ranks', year: 2023, entries: [{ ...entry(1, 'Alpha'), pctShare: 1.5 }, entry(2, 'Beta')] },
    })
    expect(doc.entries?.[1]?.pctShare ?? null).toBeNull()
    expect(doc.entries?.[0]?.pctShare).toBe(1.5)
  })
})
