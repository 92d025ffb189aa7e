import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { body, unique } from './fixtures'
import { context, testPayload } from './payload'
import { restClient } from './rest-client'

/**
 * Work that was public once stays out of a contributor's reach after an editor unpublishes it: the
 * server stamps `firstPublishedAt` on the first publish, keeps it, and the access rules read it.
 */

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let categoryId: number | string
let contributor: TypedUser
let contributorToken: string
const password = 'first-published-password-4Rt'

beforeAll(async () => {
  payload = await testPayload()
  rest = await restClient(payload.config)
  categoryId = (
    await payload.create({ collection: 'categories', data: { name: 'First', slug: unique('first') }, context })
  ).id
  const email = `${unique('contributor')}@example.com`
  contributor = (await payload.create({
    collection: 'users',
    data: { email, password, role: 'contributor' },
    context,
  })) as TypedUser
  contributor.collection = 'users'
  contributorToken = await rest.login(email, password)
})

afterAll(async () => {
  await payload?.destroy()
})

const articleData = (status: 'draft' | 'published') => ({
  title: unique('Once public'),
  summary: 'A summary.',
  body: body('Body text.'),
  category: categoryId,
  _status: status,
})

/** Published by an editor, then unpublished: a draft again, but not a new one. */
async function unpublishedArticle() {
  const article = await payload.create({ collection: 'articles', data: articleData('published') as never, context })
  await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, context })
  return article
}

describe('firstPublishedAt', () => {
  it('is stamped on the first publish and kept through an unpublish and later publishes', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: articleData('draft') as never,
      draft: true,
      context,
    })
    expect(draft.firstPublishedAt ?? null).toBeNull()

    const before = Date.now()
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      context,
    })
    const stamped = published.firstPublishedAt
    expect(stamped).toBeTruthy()
    expect(new Date(stamped!).getTime()).toBeGreaterThanOrEqual(before - 1000)

    const unpublished = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'draft' },
      context,
    })
    expect(unpublished.firstPublishedAt).toBe(stamped)
    const again = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      context,
    })
    expect(again.firstPublishedAt).toBe(stamped)
  })

  it('cannot be set or cleared by a request', async () => {
    const article = await unpublishedArticle()
    const stamped = (await payload.findByID({ collection: 'articles', id: article.id, context })).firstPublishedAt
    const cleared = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { firstPublishedAt: null },
      context,
    })
    expect(cleared.firstPublishedAt).toBe(stamped)

    const draft = await payload.create({
      collection: 'articles',
      data: { ...articleData('draft'), firstPublishedAt: '2020-01-01T00:00:00.000Z' } as never,
      draft: true,
      context,
    })
    expect(draft.firstPublishedAt ?? null).toBeNull()
  })
})

describe('a contributor and an article that was public once', () => {
  it('cannot edit or delete it through the Local API', async () => {
    const article = await unpublishedArticle()
    const common = { overrideAccess: false, user: contributor, context } as const
    await expect(
      payload.update({ collection: 'articles', id: article.id, data: { title: 'Taken over' }, draft: true, ...common }),
    ).rejects.toMatchObject({
      status: 403,
    })
    await expect(payload.delete({ collection: 'articles', id: article.id, ...common })).rejects.toMatchObject({
      status: 403,
    })
    const kept = await payload.findByID({ collection: 'articles', id: article.id, draft: true, context })
    expect(kept.title).toBe(article.title)
  })

  it('cannot edit or delete it over REST', async () => {
    const article = await unpublishedArticle()
    const patch = await rest.patch(
      `articles/${article.id}?locale=en&draft=true`,
      { title: 'Taken over' },
      contributorToken,
    )
    expect(patch.status).toBe(403)
    const remove = await rest.delete(`articles/${article.id}`, contributorToken)
    expect(remove.status).toBe(403)
    const kept = await payload.findByID({ collection: 'articles', id: article.id, draft: true, context })
    expect(kept.title).toBe(article.title)
  })

  it('still edits and deletes a draft that was never published', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: articleData('draft') as never,
      draft: true,
      context,
    })
    const patch = await rest.patch(
      `articles/${draft.id}?locale=en&draft=true`,
      { title: 'Still mine' },
      contributorToken,
    )
    expect(patch.status).toBe(200)
    expect((await rest.delete(`articles/${draft.id}`, contributorToken)).status).toBe(200)
    expect(
      await payload.find({ collection: 'articles', where: { id: { equals: draft.id } }, draft: true, context }),
    ).toMatchObject({
      totalDocs: 0,
    })
  })
})
