import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importRankingCsv } from '@/lib/rankings/import'

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
    expect(
      (await payload.find({ collection: 'ranking-datasets', where: { title: { equals: 'Duplicate ranks' } } }))
        .totalDocs,
    ).toBe(0)
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

  it('imports all or nothing: one bad row leaves the dataset exactly as it was', async () => {
    const dataset = await payload.create({
      collection: 'ranking-datasets',
      locale: 'en',
      context,
      data: {
        title: 'Import target',
        year: 2022,
        entries: [{ ...entry(1, 'Alpha'), pctShare: 3.5 }, entry(2, 'Beta')],
      },
    })
    const before = await payload.findByID({ collection: 'ranking-datasets', id: dataset.id, locale: 'en' })
    const header =
      'year,rank,cluster_en,cluster_zh,economies,pct_share_pct,publications_share_pct,vc_deals_share_pct,rank_prev,source'

    const bad = await importRankingCsv(payload, {
      id: dataset.id,
      dryRun: false,
      csv: `${header}\n2022,1,Alpha,,CN,4.0,,,,\n2022,2,Beta,,CN,,,,,\n2022,3,Gamma,,CN,lots,,,,`,
    })
    expect(bad).toMatchObject({
      ok: false,
      problems: ['Row 4, column pct_share_pct: must be a number or empty (got "lots")'],
    })
    const after = await payload.findByID({ collection: 'ranking-datasets', id: dataset.id, locale: 'en' })
    expect(after.entries).toEqual(before.entries)
    expect(after.updatedAt).toBe(before.updatedAt)

    const good = `${header}\n2022,1,Alpha,,CN,4.0,,,,\n2022,2,Beta,,CN,,,,,\n2022,3,Gamma,,US,,,,,`
    const preview = await importRankingCsv(payload, { id: dataset.id, dryRun: true, csv: good })
    expect(preview).toEqual({
      ok: true,
      applied: false,
      preview: {
        added: [3],
        removed: [],
        changed: [1],
        unchanged: 1,
        // Each changed cell, before → after, as the CSV writes it.
        cells: [{ rank: 1, column: 'pct_share_pct', before: '3.5', after: '4' }],
        names: { 3: 'Gamma' },
      },
    })
    expect((await payload.findByID({ collection: 'ranking-datasets', id: dataset.id })).entries).toHaveLength(2)

    const applied = await importRankingCsv(payload, { id: dataset.id, dryRun: false, csv: good })
    expect(applied.ok && applied.applied).toBe(true)
    const imported = await payload.findByID({ collection: 'ranking-datasets', id: dataset.id, locale: 'en' })
    expect(imported.entries?.map((row) => [row.rank, row.nameEn, row.pctShare ?? null])).toEqual([
      [1, 'Alpha', 4],
      [2, 'Beta', null],
      [3, 'Gamma', null],
    ])
  })
})
