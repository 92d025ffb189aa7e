import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { findRedirect, getArticle } from '@/lib/data/articles'

import { body, unique } from './fixtures'
import { context, databaseKind, testPayload } from './payload'
import { restClient } from './rest-client'

// The article page's own lookups (lib/data), outside Next: no request cache, no server-only guard.
vi.mock('server-only', () => ({}))
vi.mock('next/cache', () => ({ unstable_cache: <T>(load: T) => load, revalidateTag: () => undefined }))

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let categoryId: number | string
let editorToken: string

beforeAll(async () => {
  payload = await testPayload()
  rest = await restClient(payload.config)
  categoryId = (
    await payload.create({ collection: 'categories', data: { name: 'Addresses', slug: unique('addresses') }, context })
  ).id
  const email = `${unique('editor')}@example.com`
  await payload.create({ collection: 'users', data: { email, password: 'addresses-pass-1x', role: 'editor' }, context })
  editorToken = await rest.login(email, 'addresses-pass-1x')
})

afterAll(async () => {
  await payload?.destroy()
})

/** What the article page does with a slug: the article, else where its old address points now. */
const answer = async (slug: string) => ({
  en: (await getArticle('en', slug))?.id ?? null,
  zh: (await getArticle('zh', slug))?.id ?? null,
  redirectsTo: await findRedirect(slug),
})

describe(`old article addresses on ${databaseKind()}`, () => {
  it('a slug renamed and then taken back answers the article again, and the slug in between redirects to it', async () => {
    const first = unique('first')
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: {
        title: unique('Round trip'),
        slug: first,
        summary: 'S.',
        body: body('B.'),
        category: categoryId,
        _status: 'published',
      } as never,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'zh',
      context,
      data: { title: '往返', summary: '摘要。', body: body('正文。'), _status: 'published' },
    })
    // As the admin saves: the editor publishes each rename.
    const rename = async (slug: string) => {
      const response = await rest.patch(`articles/${article.id}?locale=en`, { slug, _status: 'published' }, editorToken)
      expect(response.status, `rename to ${slug}`).toBe(200)
    }

    const second = unique('second')
    await rename(second)
    expect(await answer(first)).toEqual({ en: null, zh: null, redirectsTo: second })

    await rename(first)
    expect(await answer(first)).toEqual({ en: article.id, zh: article.id, redirectsTo: null })
    expect(await answer(second)).toEqual({ en: null, zh: null, redirectsTo: first })
    const redirects = await payload.find({
      collection: 'redirects',
      where: { article: { equals: article.id } },
      depth: 0,
    })
    expect(redirects.docs.map((doc) => doc.from)).toEqual([second])
  })
})
