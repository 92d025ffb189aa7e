import config from '@payload-config'
import { type Payload, type TypedUser, createLocalReq, getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { context, databaseKind, testPayload } from './payload'
import { body, unique } from './fixtures'
import { restClient } from './rest-client'

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let categoryId: number | string
let editor: TypedUser
let editorToken: string

beforeAll(async () => {
  payload = await testPayload()
  rest = await restClient(payload.config)
  categoryId = (
    await payload.create({ collection: 'categories', data: { name: 'Workflow', slug: unique('workflow') }, context })
  ).id
  const email = `${unique('editor')}@example.com`
  editor = (await payload.create({
    collection: 'users',
    data: { email, password: 'workflow-pass-1x', role: 'editor' },
    context,
  })) as TypedUser
  editor.collection = 'users'
  editorToken = await rest.login(email, 'workflow-pass-1x')
})

afterAll(async () => {
  await payload?.destroy()
})

const draftArticle = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'articles',
    locale: 'en',
    draft: true,
    context,
    data: { category: categoryId, _status: 'draft', ...data } as never,
  })

describe(`per-language completeness on ${databaseKind()}`, () => {
  it('records which languages are complete as each one is saved', async () => {
    const article = await draftArticle({ title: unique('Half'), summary: 'English summary.', body: body('English.') })
    expect(article.completeIn).toBe('en')
    const both = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'zh',
      draft: true,
      context,
      data: { title: '中文标题', summary: '中文摘要。', body: body('中文正文。') },
    })
    expect(both.completeIn).toBe('en,zh')
  })

  it('refuses to publish when no language is complete, saying what each lacks, in the editor’s language', async () => {
    const article = await draftArticle({ title: unique('Title only') })
    const english = await rest.patch(`articles/${article.id}?locale=en`, { _status: 'published' }, editorToken, 'en')
    expect(english.status).toBe(400)
    expect(english.json.errors?.[0]?.message).toBe(
      'Cannot publish yet because no language is complete. English lacks the summary and body; Chinese lacks the title, summary and body.',
    )
    const chinese = await rest.patch(
      `articles/${article.id}?locale=en`,
      { _status: 'published' },
      editorToken,
      'zh-CN,zh;q=0.9',
    )
    expect(chinese.status).toBe(400)
    expect(chinese.json.errors?.[0]?.message).toBe(
      '无法发布：没有一个语言版本是完整的。英文缺少摘要、正文；中文缺少标题、摘要、正文。',
    )
    const stored = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(stored._status).toBe('draft')
  })

  it('publishes an article complete in one language only', async () => {
    const article = await draftArticle({ title: unique('English only'), summary: 'S.', body: body('B.') })
    const published = await rest.patch(`articles/${article.id}?locale=en`, { _status: 'published' }, editorToken)
    expect(published.status).toBe(200)
    expect(published.json.doc?._status).toBe('published')
  })
})

describe(`slugs on ${databaseKind()}`, () => {
  it('a document saved before its title was typed gets a slug from the English title once there is one', async () => {
    // What the admin's create view does: autosave an empty draft first.
    const suffix = unique('s')
    const empty = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      context,
      data: { _status: 'draft' } as never,
    })
    expect(empty.slug).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{6}$/)
    const titled = await payload.update({
      collection: 'articles',
      id: empty.id,
      locale: 'en',
      draft: true,
      context,
      data: { title: `Late title ${suffix}`, slug: empty.slug, _status: 'draft' },
    })
    expect(titled.slug).toBe(`late-title-${suffix}`)
    const renamed = await payload.update({
      collection: 'articles',
      id: empty.id,
      locale: 'en',
      draft: true,
      context,
      data: { title: 'A different title', _status: 'draft' },
    })
    expect(renamed.slug).toBe(`late-title-${suffix}`)
  })

  it('explains a taken slug in the editor’s language (drafts are checked when published)', async () => {
    const first = await draftArticle({ title: unique('Taken') })
    const clash = { title: unique('Another'), summary: 'S.', body: body('B.'), slug: first.slug, _status: 'published' }
    const english = await rest.patch(
      `articles/${(await draftArticle({ title: unique('x') })).id}?locale=en`,
      clash,
      editorToken,
      'en',
    )
    expect(english.status).toBe(400)
    expect(JSON.stringify(english.json)).toContain(
      `The slug \\"${first.slug}\\" is already used by \\"${first.title}\\". Choose another.`,
    )
    const chinese = await rest.patch(
      `articles/${(await draftArticle({ title: unique('y') })).id}?locale=en`,
      clash,
      editorToken,
      'zh',
    )
    expect(JSON.stringify(chinese.json)).toContain(`网址别名“${first.slug}”已被“${first.title}”使用，请换一个。`)
  })

  it('keeps every old address of a published article redirecting to it, and lets a slug be taken back', async () => {
    const complete = { summary: 'S.', body: body('B.') }
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: {
        title: unique('Moving'),
        slug: unique('first'),
        category: categoryId,
        _status: 'published',
        ...complete,
      } as never,
    })
    const firstSlug = article.slug!
    // The editor renames in an autosaved draft, then publishes: the live slug was still the first.
    const secondSlug = unique('second')
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      context,
      data: { slug: secondSlug, _status: 'draft' },
    })
    const redirectsBefore = await payload.find({ collection: 'redirects', where: { from: { equals: firstSlug } } })
    expect(redirectsBefore.docs).toHaveLength(0)
    await payload.update({ collection: 'articles', id: article.id, context, data: { _status: 'published' } })
    const thirdSlug = unique('third')
    await payload.update({
      collection: 'articles',
      id: article.id,
      context,
      data: { slug: thirdSlug, _status: 'published' },
    })

    const redirects = await payload.find({
      collection: 'redirects',
      where: { article: { equals: article.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(redirects.docs.map((doc) => doc.from)).toEqual([firstSlug, secondSlug])

    // Another article takes the first slug: that address is its own now.
    await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: {
        title: unique('Newcomer'),
        slug: firstSlug,
        category: categoryId,
        _status: 'published',
        ...complete,
      } as never,
    })
    const left = await payload.find({ collection: 'redirects', where: { article: { equals: article.id } }, depth: 0 })
    expect(left.docs.map((doc) => doc.from)).toEqual([secondSlug])

    await payload.delete({ collection: 'articles', id: article.id, context })
    const orphaned = await payload.find({ collection: 'redirects', where: { from: { equals: secondSlug } } })
    expect(orphaned.docs).toHaveLength(0)
  })
})

/** What the admin's "Schedule publish" and "Schedule unpublish" queue, on behalf of `user`. */
const schedule = (
  runner: Payload,
  type: 'publish' | 'unpublish',
  id: number | string,
  user: TypedUser,
  waitUntil?: Date,
) =>
  runner.jobs.queue({
    task: 'schedulePublish',
    waitUntil,
    input: { type, doc: { relationTo: 'articles', value: String(id) }, user: { relationTo: 'users', value: user.id } },
  } as never)

const storedStatus = async (id: number | string) =>
  (await payload.findByID({ collection: 'articles', id, depth: 0 }))._status

/** When the stored article reached `status`, polling until `deadline`; undefined if it never did. */
async function whenStatus(
  id: number | string,
  status: 'draft' | 'published',
  deadline: number,
): Promise<number | undefined> {
  while (Date.now() < deadline) {
    if ((await storedStatus(id)) === status) return Date.now()
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return undefined
}

// Before the runner starts (below): this job runs only when the test says so.
describe(`a contributor scheduling a publish on ${databaseKind()}`, () => {
  it('the job runs with the contributor’s rights and fails: the article stays a draft, invisible to visitors', async () => {
    const email = `${unique('contributor')}@example.com`
    const contributor = (await payload.create({
      collection: 'users',
      data: { email, password: 'workflow-pass-1x', role: 'contributor' },
      context,
    })) as TypedUser
    contributor.collection = 'users'
    const own = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      overrideAccess: false,
      user: contributor,
      context,
      data: {
        title: unique('Wants out'),
        summary: 'S.',
        body: body('B.'),
        category: categoryId,
        _status: 'draft',
      } as never,
    })

    // The admin's scheduler asks the jobs' `queue` access first: staff only.
    const asContributor = await createLocalReq({ user: contributor }, payload)
    const refused = payload.jobs.queue({
      task: 'schedulePublish',
      overrideAccess: false,
      req: asContributor,
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: String(own.id) },
        user: { relationTo: 'users', value: contributor.id },
      },
    } as never)
    await expect(refused).rejects.toThrow(/not allowed/i)
    // Queued anyway (by the system, on their behalf), the job runs with the contributor's rights.
    const job = await schedule(payload, 'publish', own.id, contributor)
    await payload.jobs.runByID({ id: job.id })

    expect(await storedStatus(own.id)).toBe('draft')
    const published = await payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: own.id } }, { 'version._status': { equals: 'published' } }] },
    })
    expect(published.docs).toHaveLength(0)
    expect((await rest.get(`articles/${own.id}?locale=en`)).status).toBe(404)
    expect((await rest.get(`articles?locale=en&where[slug][equals]=${own.slug}`)).json.docs).toEqual([])
    const ran = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(ran.hasError, 'the job should have failed').toBe(true)
    expect(ran.completedAt ?? null).toBeNull()
  })
})

describe(`scheduled publishing on ${databaseKind()}`, () => {
  it('the job runner publishes a scheduled article at its time, with the scheduler’s rights', async () => {
    const runner = await getPayload({ config, cron: true })
    const article = await draftArticle({ title: unique('Scheduled'), summary: 'S.', body: body('B.') })
    const at = new Date(Date.now() + 3000)
    await schedule(runner, 'publish', article.id, editor, at)

    expect(await storedStatus(article.id)).toBe('draft')
    const publishedAt = await whenStatus(article.id, 'published', at.getTime() + 20_000)
    expect(publishedAt, 'the runner never published the article').toBeDefined()
    expect(publishedAt!).toBeGreaterThanOrEqual(at.getTime())
  })

  it('the job runner unpublishes a scheduled article at its time: visitors stop seeing it', async () => {
    const runner = await getPayload({ config, cron: true })
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: {
        title: unique('Leaving'),
        summary: 'S.',
        body: body('B.'),
        category: categoryId,
        _status: 'published',
      } as never,
    })
    expect((await rest.get(`articles/${article.id}?locale=en`)).status).toBe(200)
    const at = new Date(Date.now() + 3000)
    await schedule(runner, 'unpublish', article.id, editor, at)

    expect(await storedStatus(article.id)).toBe('published')
    const unpublishedAt = await whenStatus(article.id, 'draft', at.getTime() + 20_000)
    expect(unpublishedAt, 'the runner never unpublished the article').toBeDefined()
    expect(unpublishedAt!).toBeGreaterThanOrEqual(at.getTime())
    expect((await rest.get(`articles/${article.id}?locale=en`)).status).toBe(404)
    expect((await rest.get(`articles?locale=en&where[slug][equals]=${article.slug}`)).json.docs).toEqual([])
  })
})
