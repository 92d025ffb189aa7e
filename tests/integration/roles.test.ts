import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/collections/access'
import { toLexical } from '@/lib/seed/lexical'

import { context, databaseKind, testPayload } from './payload'
import { restClient } from './rest-client'

/**
 * Who may do what, asked of every collection and global, through REST (Payload's own route
 * handlers, with JWT headers) and through the Local API with `overrideAccess: false`.
 */

type Actor = 'anonymous' | Role
type Outcome = { status: number; doc?: Record<string, any> }

interface Api {
  create(collection: string, data: Record<string, unknown>, draft?: boolean): Promise<Outcome>
  update(collection: string, id: number | string, data: Record<string, unknown>, draft?: boolean): Promise<Outcome>
  remove(collection: string, id: number | string): Promise<Outcome>
  read(collection: string, id: number | string, draft?: boolean): Promise<Outcome>
  updateGlobal(slug: string, data: Record<string, unknown>): Promise<Outcome>
}

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let categoryId: number | string
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
const password = 'roles-test-password-7Qe'
let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

const body = (text: string) => toLexical([{ type: 'paragraph', text }])
const articleData = (extra: Record<string, unknown> = {}) => ({
  title: unique('Role test'),
  summary: 'A summary.',
  body: body('Body text.'),
  category: categoryId,
  ...extra,
})

beforeAll(async () => {
  payload = await testPayload()
  rest = await restClient(payload.config)
  const category = await payload.create({
    collection: 'categories',
    data: { name: 'Roles', slug: unique('roles') },
    context,
  })
  categoryId = category.id
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    const email = `${unique(role)}@example.com`
    users[role] = (await payload.create({ collection: 'users', data: { email, password, role }, context })) as TypedUser
    users[role].collection = 'users'
    tokens[role] = await rest.login(email, password)
  }
})

afterAll(async () => {
  await payload?.destroy()
})

function localApi(actor: Actor): Api {
  const user = actor === 'anonymous' ? undefined : users[actor]
  const common = { overrideAccess: false, user, depth: 0, context } as const
  const attempt = async (run: () => Promise<unknown>): Promise<Outcome> => {
    try {
      return { status: 200, doc: (await run()) as Record<string, any> }
    } catch (error) {
      return { status: (error as { status?: number }).status ?? 500 }
    }
  }
  return {
    create: (collection, data, draft) => attempt(() => payload.create({ collection: collection as 'articles', data: data as never, draft, ...common })),
    update: (collection, id, data, draft) =>
      attempt(() => payload.update({ collection: collection as 'articles', id, data: data as never, draft, ...common })),
    remove: (collection, id) => attempt(() => payload.delete({ collection: collection as 'articles', id, ...common })),
    read: (collection, id, draft) => attempt(() => payload.findByID({ collection: collection as 'articles', id, draft, ...common })),
    updateGlobal: (slug, data) => attempt(() => payload.updateGlobal({ slug: slug as 'header', data: data as never, ...common })),
  }
}

function restApi(actor: Actor): Api {
  const token = actor === 'anonymous' ? undefined : tokens[actor]
  const outcome = ({ status, json }: { status: number; json: Record<string, any> }): Outcome => ({ status, doc: json?.doc ?? json })
  // The admin always names the language it edits in; so do these calls.
  const q = (draft?: boolean) => (draft ? '?locale=en&draft=true&depth=0' : '?locale=en&depth=0')
  return {
    create: async (collection, data, draft) => outcome(await rest.post(`${collection}${q(draft)}`, data, token)),
    update: async (collection, id, data, draft) => outcome(await rest.patch(`${collection}/${id}${q(draft)}`, data, token)),
    remove: async (collection, id) => outcome(await rest.delete(`${collection}/${id}`, token)),
    read: async (collection, id, draft) => outcome(await rest.get(`${collection}/${id}${q(draft)}`, token)),
    updateGlobal: async (slug, data) => outcome(await rest.post(`globals/${slug}?locale=en`, data, token)),
  }
}

/** Fixtures made with full access, fresh for every case so one case's delete cannot hide another's. */
const fixture = {
  draft: () => payload.create({ collection: 'articles', data: articleData({ _status: 'draft' }) as never, draft: true, context }),
  published: () => payload.create({ collection: 'articles', data: articleData({ _status: 'published' }) as never, context }),
  tag: () => payload.create({ collection: 'tags', data: { name: unique('tag'), slug: unique('tag') }, context }),
  category: () => payload.create({ collection: 'categories', data: { name: unique('cat'), slug: unique('cat') }, context }),
  dataset: () =>
    payload.create({
      collection: 'ranking-datasets',
      data: { title: unique('Dataset'), year: 2025, metrics: ['pctShare'], entries: [{ rank: 1, nameEn: 'A', nameZh: '甲' }] } as never,
      context,
    }),
  redirect: async () => {
    const article = await fixture.published()
    return payload.create({ collection: 'redirects', data: { from: unique('old'), article: article.id }, context })
  },
}

interface Case {
  name: string
  allowed: Actor[]
  run: (api: Api, actor: Actor) => Promise<Outcome>
  /** What an allowed attempt must have changed, read back with full access. */
  verify?: (outcome: Outcome) => Promise<void>
}

const everyone: Actor[] = ['anonymous', 'contributor', 'editor', 'admin']
const staff: Actor[] = ['editor', 'admin']
const writers: Actor[] = ['contributor', 'editor', 'admin']

const cases: Case[] = [
  { name: 'read a published article', allowed: everyone, run: async (api) => api.read('articles', (await fixture.published()).id) },
  { name: 'read a draft article', allowed: writers, run: async (api) => api.read('articles', (await fixture.draft()).id, true) },
  {
    name: 'create a draft article',
    allowed: writers,
    run: (api) => api.create('articles', articleData({ _status: 'draft' }), true),
  },
  {
    name: 'create an article straight into published',
    allowed: staff,
    run: (api) => api.create('articles', articleData({ _status: 'published' })),
  },
  {
    name: 'edit a never-published draft',
    allowed: writers,
    run: async (api) => api.update('articles', (await fixture.draft()).id, { summary: 'Edited.', _status: 'draft' }, true),
  },
  {
    name: 'publish a draft',
    allowed: staff,
    run: async (api) => api.update('articles', (await fixture.draft()).id, { _status: 'published' }),
    verify: async ({ doc }) => {
      const stored = await payload.findByID({ collection: 'articles', id: doc!.id, depth: 0 })
      expect(stored._status).toBe('published')
    },
  },
  {
    name: 'save a draft over a published article',
    allowed: staff,
    run: async (api) => api.update('articles', (await fixture.published()).id, { summary: 'New draft.', _status: 'draft' }, true),
  },
  {
    name: 'unpublish a published article',
    allowed: staff,
    run: async (api) => api.update('articles', (await fixture.published()).id, { _status: 'draft' }),
    verify: async ({ doc }) => {
      const stored = await payload.findByID({ collection: 'articles', id: doc!.id, depth: 0 })
      expect(stored._status).toBe('draft')
    },
  },
  { name: 'delete a never-published draft', allowed: writers, run: async (api) => api.remove('articles', (await fixture.draft()).id) },
  { name: 'delete a published article', allowed: staff, run: async (api) => api.remove('articles', (await fixture.published()).id) },
  { name: 'create a category', allowed: staff, run: (api) => api.create('categories', { name: unique('c'), slug: unique('c') }) },
  { name: 'rename a category', allowed: staff, run: async (api) => api.update('categories', (await fixture.category()).id, { name: 'Renamed' }) },
  { name: 'delete a category', allowed: staff, run: async (api) => api.remove('categories', (await fixture.category()).id) },
  { name: 'create a tag', allowed: staff, run: (api) => api.create('tags', { name: unique('t'), slug: unique('t') }) },
  { name: 'rename a tag', allowed: staff, run: async (api) => api.update('tags', (await fixture.tag()).id, { name: 'Renamed' }) },
  { name: 'delete a tag', allowed: staff, run: async (api) => api.remove('tags', (await fixture.tag()).id) },
  {
    name: 'create a ranking dataset',
    allowed: staff,
    run: (api) => api.create('ranking-datasets', { title: unique('D'), year: 2024, metrics: ['pctShare'], entries: [] }),
  },
  { name: 'edit a ranking dataset', allowed: staff, run: async (api) => api.update('ranking-datasets', (await fixture.dataset()).id, { year: 2023 }) },
  { name: 'delete a ranking dataset', allowed: staff, run: async (api) => api.remove('ranking-datasets', (await fixture.dataset()).id) },
  { name: 'delete a redirect', allowed: staff, run: async (api) => api.remove('redirects', (await fixture.redirect()).id) },
  {
    name: 'edit the footer (site settings)',
    allowed: staff,
    // Writes back what is there (or a name when empty): the point is whether the write is allowed.
    run: async (api) => {
      const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
      return api.updateGlobal('site-settings', { companyName: current.companyName || 'News Center test' })
    },
  },
  { name: 'edit the header', allowed: staff, run: (api) => api.updateGlobal('header', {}) },
  {
    name: 'create a user',
    allowed: ['admin'],
    run: (api) => api.create('users', { email: `${unique('new')}@example.com`, password, role: 'contributor' }),
  },
  { name: "read another user's record", allowed: ['admin'], run: (api, actor) => api.read('users', users[actor === 'admin' ? 'editor' : 'admin'].id) },
  { name: 'delete a user', allowed: ['admin'], run: async (api) => api.remove('users', (await payload.create({ collection: 'users', data: { email: `${unique('gone')}@example.com`, password, role: 'contributor' }, context })).id) },
]

for (const [apiName, makeApi] of [
  ['REST', restApi],
  ['Local API (overrideAccess: false)', localApi],
] as const) {
  describe(`roles over ${apiName} on ${databaseKind()}`, () => {
    for (const testCase of cases) {
      it(testCase.name, async () => {
        const results: string[] = []
        for (const actor of everyone) {
          const outcome = await testCase.run(makeApi(actor), actor)
          const allowed = testCase.allowed.includes(actor)
          const ok = allowed ? outcome.status >= 200 && outcome.status < 300 : [401, 403, 404].includes(outcome.status)
          results.push(`${actor}: ${outcome.status}${ok ? '' : ` (expected ${allowed ? 'success' : '401/403'})`}`)
          if (allowed && ok && testCase.verify) await testCase.verify(outcome)
        }
        expect(results.join(', ')).not.toContain('expected')
      })
    }
  })
}

describe(`role boundaries that are not a whole operation on ${databaseKind()}`, () => {
  it('a contributor cannot make themselves an admin; an admin can change roles', async () => {
    const self = users.contributor
    await localApi('contributor').update('users', self.id, { role: 'admin' })
    expect((await payload.findByID({ collection: 'users', id: self.id })).role).toBe('contributor')
    const viaRest = await restApi('contributor').update('users', self.id, { role: 'admin' })
    expect(viaRest.status).toBeLessThan(500)
    expect((await payload.findByID({ collection: 'users', id: self.id })).role).toBe('contributor')
  })

  it('a contributor cannot schedule a publish: the job would run with their rights and fail', async () => {
    const draft = await fixture.draft()
    const outcome = await localApi('contributor').update('articles', draft.id, { _status: 'published' })
    expect(outcome.status).toBe(403)
  })

  it('anonymous GraphQL cannot read drafts, users, or write anything', async () => {
    const draft = await fixture.draft()
    const read = await rest.graphql(`{ Articles(draft: true, where: { id: { equals: ${JSON.stringify(draft.id)} } }) { docs { id title } } }`)
    expect(read.json.data?.Articles?.docs ?? []).toEqual([])
    const people = await rest.graphql('{ Users { docs { email } } }')
    expect(people.json.errors?.[0]?.message ?? '').toMatch(/not allowed/i)
    const write = await rest.graphql(`mutation { createTag(data: { name: "x", slug: "${unique('gql')}" }) { id } }`)
    expect(write.json.errors?.[0]?.message ?? '').toMatch(/not allowed/i)
  })

  it('an editor publishes over GraphQL; a contributor is refused', async () => {
    for (const [role, allowed] of [
      ['contributor', false],
      ['editor', true],
    ] as const) {
      const draft = await fixture.draft()
      const result = await rest.graphql(`mutation { updateArticle(id: ${JSON.stringify(draft.id)}, locale: en, data: { _status: published }) { _status } }`, tokens[role])
      if (allowed) expect(result.json.data?.updateArticle?._status).toBe('published')
      else expect(result.json.errors?.[0]?.message ?? '').toMatch(/not allowed/i)
    }
  })
})
