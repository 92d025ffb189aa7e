import { type Payload, getLocalI18n } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rankingEntryProblems } from '@/lib/rankings/validate'

import { unique } from './fixtures'
import { context, databaseKind, testPayload } from './payload'
import { type RestBody, restClient } from './rest-client'

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let editorToken: string

beforeAll(async () => {
  payload = await testPayload()
  rest = await restClient(payload.config)
  const email = `${unique('editor')}@example.com`
  await payload.create({ collection: 'users', data: { email, password: 'datasets-pass-1x', role: 'editor' }, context })
  editorToken = await rest.login(email, 'datasets-pass-1x')
})

afterAll(async () => {
  await payload?.destroy()
})

const faulty = [
  { rank: 1, nameEn: 'Alpha' },
  { rank: 1, nameEn: 'Beta' },
  { rank: 0, nameEn: 'Gamma', economies: ['ZZ'] },
  { rank: 4, previousRank: 0 },
]

const english = [
  'Row 2 (Beta): rank 1 is already used by row 1 (Alpha).',
  'Row 3 (Gamma): rank must be a positive whole number (got 0).',
  'Row 3 (Gamma): "ZZ" is not an ISO 3166-1 alpha-2 economy code.',
  'Row 4: previous rank must be a positive whole number or empty (got 0).',
]

const chinese = [
  '第 2 行 (Beta)：排名 1 已被第 1 行 (Alpha)使用。',
  '第 3 行 (Gamma)：排名必须是正整数（当前为0）。',
  '第 3 行 (Gamma)：“ZZ”不是 ISO 3166-1 二位字母经济体代码。',
  '第 4 行：上年排名必须是正整数或留空（当前为0）。',
]

describe(`ranking entry problems in the editor’s language on ${databaseKind()}`, () => {
  it('are worded in Chinese for an admin working in Chinese, in English otherwise', async () => {
    const zh = await getLocalI18n({ config: payload.config, language: 'zh' })
    const en = await getLocalI18n({ config: payload.config, language: 'en' })
    expect(rankingEntryProblems(faulty, { i18n: zh })).toEqual(chinese)
    expect(rankingEntryProblems(faulty, { i18n: en })).toEqual(english)
    expect(rankingEntryProblems(faulty)).toEqual(english)
  })

  it('reach the editor saving a dataset, in the language of the request', async () => {
    const dataset = await payload.create({
      collection: 'ranking-datasets',
      locale: 'en',
      context,
      data: { title: unique('Languages'), year: 2025, entries: [{ rank: 1, nameEn: 'Alpha' }] },
    })
    const save = (language: string) =>
      rest.patch(`ranking-datasets/${dataset.id}?locale=en`, { entries: faulty.slice(0, 2) }, editorToken, language)
    const messages = (json: RestBody) => JSON.stringify(json.errors)

    const inEnglish = await save('en')
    expect(inEnglish.status).toBe(400)
    expect(messages(inEnglish.json)).toContain(english[0])
    const inChinese = await save('zh-CN,zh;q=0.9')
    expect(inChinese.status).toBe(400)
    expect(messages(inChinese.json)).toContain(chinese[0])
    const stored = await payload.findByID({ collection: 'ranking-datasets', id: dataset.id, depth: 0 })
    expect(stored.entries?.map((entry) => entry.nameEn)).toEqual(['Alpha'])
  })

  it("the CSV import's own refusals too: a contributor, a request without CSV", async () => {
    const dataset = await payload.create({
      collection: 'ranking-datasets',
      locale: 'en',
      context,
      data: { title: unique('Import languages'), year: 2025, entries: [{ rank: 1, nameEn: 'Alpha' }] },
    })
    const email = `${unique('contributor')}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, password: 'datasets-pass-1x', role: 'contributor' },
      context,
    })
    const contributorToken = await rest.login(email, 'datasets-pass-1x')
    const path = `ranking-datasets/${dataset.id}/import`

    const refused = await rest.post(path, { csv: 'rank\n1', dryRun: true }, contributorToken, 'zh-CN,zh;q=0.9')
    expect(refused.status).toBe(403)
    expect(refused.json.problems).toEqual(['只有编辑和管理员可以导入排名数据。'])
    const refusedEn = await rest.post(path, { csv: 'rank\n1', dryRun: true }, contributorToken, 'en')
    expect(refusedEn.json.problems).toEqual(['Only editors and admins may import rankings.'])

    const noCsv = await rest.post(path, { dryRun: true }, editorToken, 'zh-CN,zh;q=0.9')
    expect(noCsv.status).toBe(400)
    expect(noCsv.json.problems?.[0]).toMatch(/^请求须为 JSON/)
  })
})
