/**
 * Slugs, emails and old addresses are unique because the app checks them before saving, with a
 * message naming the clash; the unique indexes stay as the last word when two saves race. On the
 * MongoDB emulator, whose unique indexes are not enforced, these checks are all there is.
 */
import { type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PayloadId } from '@/lib/db/document-id'

import { body, unique } from './fixtures'
import { context, databaseKind, emulatorLacks, testPayload } from './payload'
import { restClient } from './rest-client'

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let categoryId: PayloadId
let adminToken: string

beforeAll(async () => {
  payload = await testPayload()
  rest = await restClient(payload.config)
  categoryId = (
    await payload.create({ collection: 'categories', data: { name: 'Unique', slug: unique('unique') }, context })
  ).id
  const email = `${unique('admin')}@example.com`
  await payload.create({ collection: 'users', data: { email, password: 'unique-pass-1x', role: 'admin' }, context })
  adminToken = await rest.login(email, 'unique-pass-1x')
})

afterAll(async () => {
  await payload?.destroy()
})

const newUser = (email: string) =>
  payload.create({ collection: 'users', data: { email, password: 'unique-pass-2x', role: 'contributor' }, context })
const usersWith = async (email: string) =>
  (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs
const messageOf = (error: unknown) =>
  error instanceof ValidationError ? error.data.errors.map((e) => `${e.path}: ${e.message}`).join('; ') : String(error)

const publishedArticle = (title: string) =>
  payload.create({
    collection: 'articles',
    locale: 'en',
    context,
    data: {
      title,
      summary: 'S.',
      body: body('B.'),
      category: categoryId,
      releaseDate: '2025-05-06T00:00:00.000Z',
      _status: 'published',
    },
  })

describe(`the app's own uniqueness checks on ${databaseKind()}`, () => {
  it('a second user with a taken email, in any case, is refused in the admin’s language and not stored', async () => {
    const email = `${unique('taken')}@example.com`
    await newUser(email)
    const data = { email: `  ${email.toUpperCase()} `, password: 'unique-pass-3x', role: 'contributor' }

    const english = await rest.post('users', data, adminToken, 'en')
    expect(english.status).toBe(400)
    expect(JSON.stringify(english.json)).toContain(
      `${email} is already the email of another user. Use a different address.`,
    )
    const chinese = await rest.post('users', data, adminToken, 'zh')
    expect(chinese.status).toBe(400)
    expect(JSON.stringify(chinese.json)).toContain(`${email} 已是另一位用户的邮箱，请使用其他地址。`)
    expect(await usersWith(email)).toBe(1)
  })

  it('a user keeps their own email on a save, and cannot take another user’s', async () => {
    const first = await newUser(`${unique('first')}@example.com`)
    const second = await newUser(`${unique('second')}@example.com`)
    const kept = await payload.update({
      collection: 'users',
      id: first.id,
      data: { email: first.email, name: 'Renamed' },
      context,
    })
    expect(kept.name).toBe('Renamed')

    const error = await payload
      .update({ collection: 'users', id: second.id, data: { email: first.email }, context })
      .catch((caught: unknown) => caught)
    expect(messageOf(error)).toBe(
      `email: ${first.email} is already the email of another user. Use a different address.`,
    )
    expect((await payload.findByID({ collection: 'users', id: second.id })).email).toBe(second.email)
    expect(await usersWith(first.email)).toBe(1)
  })

  it('a second redirect from the same old address is refused, naming the article the first one goes to', async () => {
    const title = unique('Redirect target')
    const article = await publishedArticle(title)
    const from = unique('old-address')
    await payload.create({ collection: 'redirects', data: { from, article: article.id }, context })

    const error = await payload
      .create({ collection: 'redirects', data: { from, article: article.id }, context })
      .catch((caught: unknown) => caught)
    expect(messageOf(error)).toBe(`from: "${from}" already redirects to "${title}". Edit that redirect instead.`)
    const chinese = await rest.post('redirects', { from, article: article.id }, adminToken, 'zh')
    expect(chinese.status).toBe(400)
    expect(JSON.stringify(chinese.json)).toContain(`“${from}”已有重定向，指向“${title}”。请修改那条重定向。`)
    expect((await payload.count({ collection: 'redirects', where: { from: { equals: from } } })).totalDocs).toBe(1)
  })

  it('a category or tag slug that is taken is refused, naming the one that has it', async () => {
    for (const collection of ['categories', 'tags'] as const) {
      const slug = unique(collection)
      await payload.create({ collection, locale: 'en', context, data: { name: `First ${slug}`, slug } })
      const error = await payload
        .create({ collection, locale: 'en', context, data: { name: `Second ${slug}`, slug } })
        .catch((caught: unknown) => caught)
      expect(messageOf(error)).toBe(`slug: The slug "${slug}" is already used by "First ${slug}". Choose another.`)
      expect((await payload.count({ collection, where: { slug: { equals: slug } } })).totalDocs).toBe(1)
    }
  })

  it.skipIf(emulatorLacks('its unique indexes are not enforced, so two saves racing past the app’s check both land'))(
    'two saves racing with the same slug or email leave one document: the unique index has the last word',
    async () => {
      const slug = unique('race')
      const articles = await Promise.allSettled(
        [1, 2].map((n) =>
          payload.create({
            collection: 'articles',
            locale: 'en',
            context,
            data: {
              title: `Race ${n}`,
              slug,
              summary: 'S.',
              body: body('B.'),
              category: categoryId,
              releaseDate: '2025-05-06T00:00:00.000Z',
              _status: 'published',
            },
          }),
        ),
      )
      expect(articles.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
      expect((await payload.count({ collection: 'articles', where: { slug: { equals: slug } } })).totalDocs).toBe(1)

      const email = `${unique('race')}@example.com`
      const users = await Promise.allSettled([newUser(email), newUser(email)])
      expect(users.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
      expect(await usersWith(email)).toBe(1)
    },
  )
})
