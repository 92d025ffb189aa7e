import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { removeEmptyDrafts } from '@/collections/articles/jobs/remove-empty-drafts'

import { body, unique } from './fixtures'
import { context, databaseKind, testPayload } from './payload'
import { restClient } from './rest-client'

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let categoryId: number | string
let editorToken: string

beforeAll(async () => {
  payload = await testPayload()
  rest = await restClient(payload.config)
  categoryId = (
    await payload.create({ collection: 'categories', data: { name: 'Editors', slug: unique('editors') }, context })
  ).id
  const email = `${unique('editor')}@example.com`
  await payload.create({ collection: 'users', data: { email, password: 'editors-pass-1x', role: 'editor' }, context })
  editorToken = await rest.login(email, 'editors-pass-1x')
})

afterAll(async () => {
  await payload?.destroy()
})

const complete = (title: string) => ({ title, summary: 'A summary.', body: body('A body.'), category: categoryId })

const draft = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'articles',
    locale: 'en',
    draft: true,
    context,
    data: { _status: 'draft', ...data } as never,
  })

const published = (data: Record<string, unknown>) =>
  payload.create({ collection: 'articles', locale: 'en', context, data: { _status: 'published', ...data } as never })

describe(`refusals reach the editor as written, on ${databaseKind()}`, () => {
  it('publishing with no complete language: the toast says what each language lacks, the empty fields are marked', async () => {
    const article = await draft({ title: unique('Title only'), category: categoryId })
    const english = await rest.patch(`articles/${article.id}?locale=en`, { _status: 'published' }, editorToken, 'en')
    expect(english.status).toBe(400)
    const error = english.json.errors?.[0]
    expect(error?.message).toBe(
      'Cannot publish yet because no language is complete. English lacks the summary and body; Chinese lacks the title, summary and body.',
    )
    // The admin's toast reads "intro: a, b" as a list: the sentence has no colon to be cut at.
    expect(error?.message).not.toContain(':')
    expect(error?.data?.errors?.map((field) => field.path)).toEqual(['summary', 'body'])
    expect(error?.data?.errors?.[0]?.message).toBe(
      'Needed to publish: at least one language must have its title, summary and body.',
    )

    const chinese = await rest.patch(
      `articles/${article.id}?locale=en`,
      { _status: 'published' },
      editorToken,
      'zh-CN,zh;q=0.9',
    )
    expect(chinese.json.errors?.[0]?.message).toBe(
      '无法发布：没有一个语言版本是完整的。英文缺少摘要、正文；中文缺少标题、摘要、正文。',
    )
    expect(chinese.json.errors?.[0]?.data?.errors?.[0]?.message).toBe(
      '发布前至少要有一个语言版本的标题、摘要和正文齐全。',
    )
  })

  it('an autosave or a draft save may not take another article’s slug: refused with one plain message naming it', async () => {
    const owner = await published({ ...complete(unique('Owner: colons, commas')) })
    const mine = await draft({ title: unique('Mine'), category: categoryId })

    const autosave = await rest.patch(
      `articles/${mine.id}?locale=en&draft=true&autosave=true`,
      { slug: owner.slug, _status: 'draft' },
      editorToken,
      'en',
    )
    expect(autosave.status).toBe(400)
    // A top-level message: the admin shows it whole (draft saves show no field errors).
    expect(autosave.json.message).toBe(`The slug "${owner.slug}" is already used by "${owner.title}". Choose another.`)
    const chinese = await rest.patch(
      `articles/${mine.id}?locale=en&draft=true`,
      { slug: owner.slug, _status: 'draft' },
      editorToken,
      'zh',
    )
    expect(chinese.json.message).toBe(`网址别名“${owner.slug}”已被“${owner.title}”使用，请换一个。`)

    const created = await rest.post(
      'articles?locale=en&draft=true',
      { title: unique('New'), slug: owner.slug, _status: 'draft' },
      editorToken,
      'en',
    )
    expect(created.status).toBe(400)
    expect(created.json.message).toContain(`already used by "${owner.title}"`)

    const stored = await payload.findByID({ collection: 'articles', id: mine.id, draft: true, depth: 0 })
    expect(stored.slug).toBe(mine.slug)
  })

  it('a slug held only by another article’s draft is refused too (no preview at another article’s address)', async () => {
    const drafted = await draft({ title: unique('Drafted'), category: categoryId })
    const renamed = unique('held-by-a-draft')
    await payload.update({
      collection: 'articles',
      id: drafted.id,
      locale: 'en',
      draft: true,
      context,
      data: { slug: renamed, _status: 'draft' },
    })
    const other = await draft({ title: unique('Other'), category: categoryId })
    const refused = await rest.patch(
      `articles/${other.id}?locale=en&draft=true&autosave=true`,
      { slug: renamed, _status: 'draft' },
      editorToken,
      'en',
    )
    expect(refused.status).toBe(400)
    expect(refused.json.message).toContain(`The slug "${renamed}" is already used by`)
  })

  it('a slug made from a title that another article already uses gets a number instead of a refusal', async () => {
    const title = unique('Same Title')
    const first = await published(complete(title))
    const second = await draft({ title, category: categoryId })
    expect(second.slug).toBe(`${first.slug}-2`)
    const third = await draft({ title, category: categoryId })
    expect(third.slug).toBe(`${first.slug}-3`)
  })

  it('a public APIError thrown without data keeps its message (not "An unknown error occurred.")', async () => {
    const response = await rest.get('articles?locale=en&where[title][like]=')
    expect(response.status).toBe(400)
    expect(response.json.errors?.[0]?.message).toBe('The "like" operator needs a text value.')
  })
})

describe(`restoring a version on ${databaseKind()}`, () => {
  it('makes a draft of the old version: the live article, its status and its address stay until a publish', async () => {
    const first = unique('Restore first')
    const article = await published({ ...complete(first), slug: unique('restore-original') })
    const liveSlug = unique('restore-renamed')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      context,
      data: { title: unique('Restore second'), slug: liveSlug, _status: 'published' },
    })
    const live = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', depth: 0 })
    const oldest = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
    })

    const restored = await rest.post(`articles/versions/${oldest.docs[0].id}?locale=en`, {}, editorToken, 'en')
    expect(restored.status).toBe(200)
    expect(restored.json.message).toBe('Restored as a draft. The live page is unchanged until you publish.')

    const latest = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      depth: 0,
    })
    expect(latest.title).toBe(first)
    expect(latest._status).toBe('draft')
    // The old text comes back, not the old address.
    expect(latest.slug).toBe(liveSlug)
    const stillLive = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', depth: 0 })
    expect(stillLive._status).toBe('published')
    expect(stillLive.title).toBe(live.title)
    expect(stillLive.slug).toBe(liveSlug)
    const redirects = await payload.find({ collection: 'redirects', where: { from: { equals: liveSlug } } })
    expect(redirects.docs).toHaveLength(0)

    const chinese = await rest.post(`articles/versions/${oldest.docs[0].id}?locale=en`, {}, editorToken, 'zh')
    expect(chinese.json.message).toBe('已恢复为草稿。发布之前，线上页面保持不变。')
  })
})

describe(`site settings and header keep versions, on ${databaseKind()}`, () => {
  it('a wrong edit of the footer is undone by restoring the version before it', async () => {
    const good = `${unique('Good')} Ltd`
    await payload.updateGlobal({ slug: 'site-settings', locale: 'en', context, data: { companyName: good } })
    const wrong = `${unique('Wrong')} Ltd`
    await payload.updateGlobal({ slug: 'site-settings', locale: 'en', context, data: { companyName: wrong } })
    expect((await payload.findGlobal({ slug: 'site-settings', locale: 'en' })).companyName).toBe(wrong)

    const versions = await payload.findGlobalVersions({
      slug: 'site-settings',
      sort: '-createdAt',
      limit: 2,
      locale: 'en',
      depth: 0,
    })
    expect(versions.docs.map((version) => version.version.companyName)).toEqual([wrong, good])
    const restored = await rest.post(
      `globals/site-settings/versions/${versions.docs[1].id}?locale=en`,
      {},
      editorToken,
      'en',
    )
    expect(restored.status).toBe(200)
    expect((await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0 })).companyName).toBe(good)
  })

  it('settings saved before versions existed keep that state as their first version', async () => {
    const before = `${unique('Before versions')} Ltd`
    await payload.updateGlobal({ slug: 'site-settings', locale: 'en', context, data: { companyName: before } })
    // A site upgraded from before this change: the settings exist, no version does.
    await payload.db.deleteVersions({ globalSlug: 'site-settings', where: {} })
    const edited = `${unique('First edit')} Ltd`
    await payload.updateGlobal({ slug: 'site-settings', locale: 'en', context, data: { companyName: edited } })
    const versions = await payload.findGlobalVersions({
      slug: 'site-settings',
      sort: '-createdAt',
      limit: 5,
      locale: 'en',
      depth: 0,
    })
    expect(versions.docs.map((version) => version.version.companyName)).toEqual([edited, before])
  })

  it('the header navigation keeps versions too', async () => {
    const label = unique('News')
    await payload.updateGlobal({
      slug: 'header',
      locale: 'en',
      context,
      data: { navigation: [{ label, href: '/news' }] },
    })
    const versions = await payload.findGlobalVersions({
      slug: 'header',
      sort: '-createdAt',
      limit: 1,
      locale: 'en',
      depth: 0,
    })
    expect(versions.docs[0].version.navigation?.[0]?.label).toBe(label)
  })
})

describe(`empty drafts are removed after a day, on ${databaseKind()}`, () => {
  it('removes never-published drafts with nothing written in them, and nothing else', async () => {
    // What the admin's "Create New" stores (from the list or by URL): an empty draft.
    const empty = await draft({})
    const emptyToo = await draft({})
    const titled = await draft({ title: unique('Just a title') })
    const chineseOnly = await payload.create({
      collection: 'articles',
      locale: 'zh',
      draft: true,
      context,
      data: { _status: 'draft', summary: '只有中文摘要。' } as never,
    })
    const live = await published(complete(unique('Live')))
    const ids = [empty, emptyToo, titled, chineseOnly, live].map((doc) => doc.id)
    const exists = async () => {
      const found = await payload.find({
        collection: 'articles',
        draft: true,
        where: { id: { in: ids } },
        limit: 10,
        depth: 0,
      })
      return new Set(found.docs.map((doc) => doc.id))
    }

    // Still fresh: someone may be about to type.
    await removeEmptyDrafts(payload)
    expect((await exists()).size).toBe(5)

    const removed = await removeEmptyDrafts(payload, { now: Date.now() + 25 * 3600_000 })
    expect(removed).toBeGreaterThanOrEqual(2)
    expect(await exists()).toEqual(new Set([titled.id, chineseOnly.id, live.id]))
  })

  it('runs as an hourly job on the maintenance queue', async () => {
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'removeEmptyDrafts')
    expect(task?.schedule).toEqual([{ cron: '0 7 * * * *', queue: 'maintenance' }])
    const autoRun =
      typeof payload.config.jobs.autoRun === 'function'
        ? await payload.config.jobs.autoRun(payload)
        : payload.config.jobs.autoRun
    expect(autoRun?.some((runner) => runner.queue === 'maintenance')).toBe(true)

    const empty = await draft({})
    const job = await payload.jobs.queue({
      task: 'removeEmptyDrafts',
      queue: 'maintenance',
      input: { olderThanHours: 0 },
    })
    await payload.jobs.runByID({ id: job.id })
    // A job that succeeds is deleted; one that failed would stay, with its error.
    expect(
      (await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0 })).totalDocs,
    ).toBe(0)
    expect(
      await payload.find({ collection: 'articles', draft: true, where: { id: { equals: empty.id } }, depth: 0 }),
    ).toMatchObject({ totalDocs: 0 })
  })
})
