import { type Payload, type TypedUser, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/collections/access'
import { ANONYMOUS_MAX_DEPTH, capAnonymousDepth } from '@/collections/hooks/cap-depth'
import { schedulePublishForPublishers } from '@/collections/schedule-publish'
import { failedLoginMessage } from '@/collections/users/login-policy'
import { GRAPHQL_LIMITS } from '@/lib/security/graphql-limits'
import { siteUrl } from '@/lib/site-url'

import { body, unique } from './fixtures'
import { context, databaseKind, testPayload } from './payload'
import { isRestDoc, restClient } from './rest-client'

/**
 * What an attacker tried against the production build (issue 13), asked of Payload's own route
 * handlers and Local API: GraphQL that expands without bound, deep REST, unlocking accounts,
 * deleting other people's schedules, login answers that tell accounts apart, cross-site writes.
 */

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let categoryId: number | string
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
const password = 'hostile-test-password-4Kd'

beforeAll(async () => {
  payload = await testPayload()
  rest = await restClient(payload.config)
  categoryId = (
    await payload.create({ collection: 'categories', data: { name: 'Hostile', slug: unique('hostile') }, context })
  ).id
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    const email = `${unique(`hostile-${role}`)}@example.com`
    users[role] = (await payload.create({ collection: 'users', data: { email, password, role }, context })) as TypedUser
    users[role].collection = 'users'
    tokens[role] = await rest.login(email, password)
  }
})

afterAll(async () => {
  await payload?.destroy()
})

const publish = (title: string, related: (number | string)[] = []) =>
  payload.create({
    collection: 'articles',
    locale: 'en',
    context,
    data: { title, summary: 'S.', body: body('B.'), category: categoryId, related, _status: 'published' } as never,
  })

/** A document's `related`, populated or not, as REST and GraphQL answer it. */
const relatedOf = (doc: unknown): unknown[] => (isRestDoc(doc) && Array.isArray(doc.related) ? doc.related : [])

/** `Articles(limit: 100) { docs { id related { id related { … } } } }`, `depth` levels of `related`. */
const nested = (depth: number) =>
  `{ Articles(limit: 100) { docs { id ${'related { id '.repeat(depth)}${'} '.repeat(depth)}} } }`

describe(`GraphQL counts what a query expands to on ${databaseKind()}`, () => {
  it('refuses the self-nested query at depth 30 and 100 before running it, saying why', async () => {
    // Articles that point at each other: the data the original attack fed on.
    const first = await publish(unique('Loop A'))
    const second = await publish(unique('Loop B'), [first.id])
    await payload.update({
      collection: 'articles',
      id: first.id,
      locale: 'en',
      context,
      data: { related: [second.id] },
    })
    for (const depth of [30, 100]) {
      const { json } = await rest.graphql(nested(depth))
      expect(json.data, `depth ${depth}`).toBeUndefined()
      const messages = (json.errors ?? []).map((error) => error.message).join('\n')
      expect(messages).toMatch(new RegExp(`depth limit of ${GRAPHQL_LIMITS.depth} exceeded`))
    }
    // The server still answers, and a modest query over the same loop runs.
    const { json } = await rest.graphql(
      `{ Articles(limit: 5, where: { id: { equals: ${JSON.stringify(first.id)} } }) { docs { id related { id related { id } } } } }`,
    )
    expect(json.errors).toBeUndefined()
    const [found] = json.data?.Articles?.docs ?? []
    expect(relatedOf(relatedOf(found)[0])[0]).toMatchObject({ id: first.id })
  })

  it('counts lists by their length: shallow but wide queries over the cost limit are refused too', async () => {
    // Within the depth limit, but 100 articles × 10 related × 10 related × 10 tags.
    const wide = await rest.graphql('{ Articles(limit: 100) { docs { related { related { tags { name } } } } } }')
    expect(wide.json.data).toBeUndefined()
    expect(wide.json.errors?.[0]?.message).toMatch(new RegExp(`the limit is ${GRAPHQL_LIMITS.cost}`))
    // Aliases do not dodge it: each copy is counted.
    const aliased = await rest.graphql(
      `{ ${Array.from({ length: 30 }, (_, index) => `a${index}: Articles(limit: 100) { docs { related { id } } }`).join(' ')} }`,
    )
    expect(aliased.json.errors?.[0]?.message).toMatch(/the limit is/)
    // What a client of the site would ask is well within it.
    const ordinary = await rest.graphql(
      '{ Articles(limit: 20, locale: en) { docs { title slug category { name } tags { name } related { title } } } }',
    )
    expect(ordinary.json.errors).toBeUndefined()
    expect(ordinary.json.data?.Articles?.docs?.length).toBeGreaterThan(0)
  })

  it('a signed-in user is held to the same limits', async () => {
    const { json } = await rest.graphql(nested(30), tokens.editor)
    expect(json.data).toBeUndefined()
    expect(json.errors?.[0]?.message).toMatch(/depth limit/)
  })
})

describe(`REST depth on ${databaseKind()}`, () => {
  it(`stops at ${ANONYMOUS_MAX_DEPTH} for visitors; related articles never populate their own related`, async () => {
    const first = await publish(unique('Depth A'))
    const second = await publish(unique('Depth B'), [first.id])
    await payload.update({
      collection: 'articles',
      id: first.id,
      locale: 'en',
      context,
      data: { related: [second.id] },
    })
    const anonymous = await rest.get(`articles/${first.id}?locale=en&depth=10`)
    expect(anonymous.status).toBe(200)
    // The related article is populated flat: its own `related` (and everything else) stays ids.
    const [level1] = relatedOf(anonymous.json)
    expect(level1).toMatchObject({ id: second.id, related: [first.id] })
    expect(typeof anonymous.json.category).toBe('object')
    const signedIn = await rest.get(`articles/${first.id}?locale=en&depth=10`, tokens.editor)
    expect(relatedOf(signedIn.json)[0]).toMatchObject({ related: [first.id] })
  })

  it(`caps ?depth= at ${ANONYMOUS_MAX_DEPTH} for visitors over REST, not for the site's own calls or signed-in users`, async () => {
    const collection = payload.collections.articles.config
    const ask = async (payloadAPI: 'REST' | 'local', user?: TypedUser) => {
      const req = await createLocalReq({ user }, payload)
      req.payloadAPI = payloadAPI
      const args = await capAnonymousDepth({
        args: { depth: 10 } as never,
        collection,
        context: {},
        operation: 'read',
        req,
      })
      return (args as { depth?: number }).depth
    }
    expect(await ask('REST')).toBe(ANONYMOUS_MAX_DEPTH)
    expect(await ask('REST', users.editor)).toBe(10)
    expect(await ask('local')).toBe(10)
  })
})

describe(`unlocking accounts on ${databaseKind()}`, () => {
  it('only administrators may unlock a locked account', async () => {
    const email = `${unique('locked')}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, password: 'the-right-password-2', role: 'contributor' },
      context,
    })
    for (let attempt = 0; attempt < 5; attempt++)
      await rest.post('users/login', { email, password: `wrong-${attempt}` })
    const isLocked = async () => {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        showHiddenFields: true,
      })
      return Boolean(docs[0]?.lockUntil && new Date(docs[0].lockUntil).getTime() > Date.now())
    }
    expect(await isLocked()).toBe(true)
    for (const role of ['contributor', 'editor'] as const) {
      expect((await rest.post('users/unlock', { email }, tokens[role])).status, role).toBe(403)
      expect(await isLocked(), `still locked after the ${role} tried`).toBe(true)
    }
    expect((await rest.post('users/unlock', { email })).status).toBeOneOf([401, 403])
    expect(await isLocked()).toBe(true)
    expect((await rest.post('users/unlock', { email }, tokens.admin)).status).toBe(200)
    expect(await isLocked()).toBe(false)
    expect((await rest.post('users/login', { email, password: 'the-right-password-2' })).status).toBe(200)
  })
})

describe(`login answers on ${databaseKind()}`, () => {
  it('an unknown email, a wrong password and a locked account get the same answer', async () => {
    const email = `${unique('known')}@example.com`
    const lockedEmail = `${unique('soon-locked')}@example.com`
    for (const address of [email, lockedEmail]) {
      await payload.create({
        collection: 'users',
        data: { email: address, password: 'the-right-password-3', role: 'contributor' },
        context,
      })
    }
    for (let attempt = 0; attempt < 5; attempt++)
      await rest.post('users/login', { email: lockedEmail, password: `wrong-${attempt}` })
    const answers = [
      await rest.post('users/login', { email: `${unique('nobody')}@example.com`, password: 'whatever-1' }),
      await rest.post('users/login', { email, password: 'wrong-password' }),
      await rest.post('users/login', { email: lockedEmail, password: 'the-right-password-3' }),
      await rest.post('users/login', { email: lockedEmail, password: 'wrong-again' }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(401)
      expect(answer.json).toEqual({ errors: [{ message: failedLoginMessage.en }] })
    }
    // In Chinese for a Chinese admin, the same for all three.
    const chinese = [
      await rest.post('users/login', { email: `${unique('nobody')}@example.com`, password: 'x-1' }, undefined, 'zh'),
      await rest.post('users/login', { email: lockedEmail, password: 'the-right-password-3' }, undefined, 'zh'),
    ]
    for (const answer of chinese) expect(answer.json.errors?.[0]?.message).toBe(failedLoginMessage.zh)
    // GraphQL names no error class that would give a lockout away.
    const mutation = (address: string) =>
      `mutation { loginUser(email: ${JSON.stringify(address)}, password: "x-2") { token } }`
    const graphql = [
      await rest.graphql(mutation(`${unique('nobody')}@example.com`)),
      await rest.graphql(mutation(lockedEmail)),
    ]
    const [unknown, locked] = graphql.map(({ json }) => ({
      message: json.errors?.[0]?.message,
      name: json.errors?.[0]?.extensions?.name,
    }))
    expect(locked).toEqual(unknown)
  })
})

/** The admin's "Schedule publish" server function (ours, registered in app/(payload)/layout.tsx), as a given user calls it. */
async function scheduleAs(
  user: TypedUser,
  args: { docId: number | string; deleteID?: number | string; days?: number },
) {
  const req = await createLocalReq({ user }, payload)
  return schedulePublishForPublishers({
    req,
    type: 'publish',
    date: new Date(Date.now() + (args.days ?? 7) * 24 * 3600 * 1000),
    doc: { relationTo: 'articles', value: String(args.docId) },
    deleteID: args.deleteID,
  } as never)
}

const scheduledFor = async (docId: number | string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: String(docId) } }] },
      depth: 0,
    })
  ).docs

describe(`scheduled publishes belong to publishers on ${databaseKind()}`, () => {
  it('a contributor can neither delete nor replace an editor’s scheduled publish, nor add one', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      context,
      data: {
        title: unique('Scheduled by an editor'),
        summary: 'S.',
        body: body('B.'),
        category: categoryId,
        _status: 'draft',
      } as never,
    })
    expect(await scheduleAs(users.editor, { docId: article.id })).toMatchObject({ message: expect.any(String) })
    const [job] = await scheduledFor(article.id)
    expect(job).toBeDefined()

    // "Change" in the admin is delete + queue: the contributor tries both, and just queueing.
    const replaced = await scheduleAs(users.contributor, { docId: article.id, deleteID: job.id })
    expect(replaced).toEqual({ error: 'Only editors and administrators may schedule publishing.' })
    const added = await scheduleAs(users.contributor, { docId: article.id })
    expect(added).toEqual({ error: 'Only editors and administrators may schedule publishing.' })
    const after = await scheduledFor(article.id)
    expect(after.map(({ id }) => id)).toEqual([job.id])
    expect(after[0].waitUntil).toBe(job.waitUntil)

    // The REST API to jobs is closed to everyone but the runner.
    expect((await rest.delete(`payload-jobs/${job.id}`, tokens.contributor)).status).toBeOneOf([403, 404])
    expect(
      (await rest.patch(`payload-jobs/${job.id}`, { waitUntil: new Date().toISOString() }, tokens.contributor)).status,
    ).toBeOneOf([403, 404])
    expect((await scheduledFor(article.id))[0].waitUntil).toBe(job.waitUntil)

    // Another publisher may change it.
    expect(await scheduleAs(users.admin, { docId: article.id, deleteID: job.id, days: 3 })).toMatchObject({
      message: expect.any(String),
    })
    const changed = await scheduledFor(article.id)
    expect(changed).toHaveLength(1)
    expect(new Date(changed[0].waitUntil!).getTime()).toBeLessThan(new Date(job.waitUntil!).getTime())
  })
})

describe(`cross-site writes on ${databaseKind()}`, () => {
  it('a cookie-authenticated write from another origin is refused; from the site itself it passes', async () => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const post = REST_POST(payload.config)
    const write = (headers: Record<string, string>, slug: string) =>
      post(
        new Request(`${siteUrl()}/api/tags`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `payload-token=${tokens.editor}`, ...headers },
          body: JSON.stringify({ name: slug, slug }),
        }),
        { params: Promise.resolve({ slug: ['tags'] }) },
      )
    const stored = async (slug: string) =>
      (await payload.find({ collection: 'tags', where: { slug: { equals: slug } } })).docs.length
    const refused: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      {},
    ]
    for (const headers of refused) {
      const slug = unique('csrf-foreign')
      expect((await write(headers, slug)).status, JSON.stringify(headers)).toBe(403)
      expect(await stored(slug)).toBe(0)
    }
    const allowed: Record<string, string>[] = [{ origin: siteUrl() }, { 'sec-fetch-site': 'same-origin' }]
    for (const headers of allowed) {
      const slug = unique('csrf-own')
      expect((await write(headers, slug)).status, JSON.stringify(headers)).toBe(201)
      expect(await stored(slug)).toBe(1)
    }
    // A token in the Authorization header is not a cookie a browser sends by itself: no origin needed.
    const slug = unique('csrf-header')
    const viaHeader = await post(
      new Request(`${siteUrl()}/api/tags`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `JWT ${tokens.editor}`,
          origin: 'https://evil.example',
        },
        body: JSON.stringify({ name: slug, slug }),
      }),
      { params: Promise.resolve({ slug: ['tags'] }) },
    )
    expect(viaHeader.status).toBe(201)
  })
})
