import { isDeepStrictEqual } from 'node:util'

import type { CollectionSlug, FlattenedField, GlobalSlug, Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/collections/access'
import type { Header, SiteSetting } from '@/payload-types'

import { body, unique } from './fixtures'
import { context, databaseKind, testPayload } from './payload'
import { isRestDoc, type RestBody, type RestDoc, restClient } from './rest-client'
import { pngFile, restUpload } from './rest-upload'

/**
 * Who may do what, asked of every collection and global, through REST (Payload's own route
 * handlers, with JWT headers) and through the Local API with `overrideAccess: false`.
 */

type Actor = 'anonymous' | Role
type Outcome = { status: number; doc?: RestDoc }

interface Api {
  create(collection: string, data: Record<string, unknown>, draft?: boolean): Promise<Outcome>
  /** Creates an upload (media) with a small real image. */
  upload(collection: string, data: Record<string, unknown>): Promise<Outcome>
  update(collection: string, id: number | string, data: Record<string, unknown>, draft?: boolean): Promise<Outcome>
  remove(collection: string, id: number | string): Promise<Outcome>
  read(collection: string, id: number | string, draft?: boolean): Promise<Outcome>
  readGlobal(slug: string): Promise<Outcome>
  updateGlobal(slug: string, data: Record<string, unknown>): Promise<Outcome>
}

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let upload: Awaited<ReturnType<typeof restUpload>>
let categoryId: number | string
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
const password = 'roles-test-password-7Qe'
/** The globals as they were, put back afterwards: other files (the seed) read them. */
let globalsBefore: { header: Record<'en' | 'zh', Header>; settings: SiteSetting }

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
  upload = await restUpload(payload.config)
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
  globalsBefore = {
    header: {
      en: await payload.findGlobal({ slug: 'header', locale: 'en', fallbackLocale: false, depth: 0 }),
      zh: await payload.findGlobal({ slug: 'header', locale: 'zh', fallbackLocale: false, depth: 0 }),
    },
    settings: await payload.findGlobal({ slug: 'site-settings', locale: 'en', fallbackLocale: false, depth: 0 }),
  }
})

afterAll(async () => {
  if (globalsBefore) {
    for (const locale of ['en', 'zh'] as const) {
      const navigation = globalsBefore.header[locale].navigation ?? []
      await payload.updateGlobal({ slug: 'header', locale, context, data: { navigation } })
    }
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      context,
      data: { copyright: globalsBefore.settings.copyright ?? null },
    })
  }
  await payload?.destroy()
})

function localApi(actor: Actor): Api {
  const user = actor === 'anonymous' ? undefined : users[actor]
  const common = { overrideAccess: false, user, depth: 0, context } as const
  const attempt = async (run: () => Promise<unknown>): Promise<Outcome> => {
    try {
      return { status: 200, doc: (await run()) as RestDoc }
    } catch (error) {
      return { status: (error as { status?: number }).status ?? 500 }
    }
  }
  return {
    create: (collection, data, draft) =>
      attempt(() => payload.create({ collection: collection as 'articles', data: data as never, draft, ...common })),
    upload: (collection, data) =>
      attempt(async () =>
        payload.create({ collection: collection as 'media', data: data as never, file: await pngFile(), ...common }),
      ),
    update: (collection, id, data, draft) =>
      attempt(() =>
        payload.update({ collection: collection as 'articles', id, data: data as never, draft, ...common }),
      ),
    remove: (collection, id) => attempt(() => payload.delete({ collection: collection as 'articles', id, ...common })),
    read: (collection, id, draft) =>
      attempt(() => payload.findByID({ collection: collection as 'articles', id, draft, ...common })),
    readGlobal: (slug) => attempt(() => payload.findGlobal({ slug: slug as 'header', ...common })),
    updateGlobal: (slug, data) =>
      attempt(() => payload.updateGlobal({ slug: slug as 'header', data: data as never, ...common })),
  }
}

function restApi(actor: Actor): Api {
  const token = actor === 'anonymous' ? undefined : tokens[actor]
  // Collections answer { doc }, globals { result }.
  const outcome = ({ status, json }: { status: number; json: RestBody | null }): Outcome => ({
    status,
    doc: json?.doc ?? json?.result ?? (isRestDoc(json) ? json : undefined),
  })
  // The admin always names the language it edits in; so do these calls.
  const q = (draft?: boolean) => (draft ? '?locale=en&draft=true&depth=0' : '?locale=en&depth=0')
  return {
    create: async (collection, data, draft) => outcome(await rest.post(`${collection}${q(draft)}`, data, token)),
    upload: async (collection, data) => outcome(await upload(collection, data, await pngFile(), token)),
    update: async (collection, id, data, draft) =>
      outcome(await rest.patch(`${collection}/${id}${q(draft)}`, data, token)),
    remove: async (collection, id) => outcome(await rest.delete(`${collection}/${id}`, token)),
    read: async (collection, id, draft) => outcome(await rest.get(`${collection}/${id}${q(draft)}`, token)),
    readGlobal: async (slug) => outcome(await rest.get(`globals/${slug}${q()}`, token)),
    updateGlobal: async (slug, data) => outcome(await rest.post(`globals/${slug}?locale=en`, data, token)),
  }
}

/**
 * What a refused attempt must leave as it was. Every write goes through this wrapper, which reads
 * what the write would touch (with full access) before it; the runner reads it again afterwards.
 */
const watched: { what: string; read: () => Promise<unknown>; before: unknown }[] = []
const watch = async (what: string, read: () => Promise<unknown>) => {
  watched.push({ what, read, before: await read() })
}
const storedDoc = (collection: string, id: number | string) => () =>
  payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    locale: 'all',
    depth: 0,
    disableErrors: true,
  })
const storedCount = (collection: string) => async () =>
  (await payload.count({ collection: collection as CollectionSlug })).totalDocs
const storedGlobal = (slug: string) => () => payload.findGlobal({ slug: slug as GlobalSlug, locale: 'all', depth: 0 })

function watching(api: Api): Api {
  return {
    ...api,
    async create(collection, data, draft) {
      await watch(`${collection} count`, storedCount(collection))
      return api.create(collection, data, draft)
    },
    async upload(collection, data) {
      await watch(`${collection} count`, storedCount(collection))
      return api.upload(collection, data)
    },
    async update(collection, id, data, draft) {
      await watch(`${collection} ${id}`, storedDoc(collection, id))
      return api.update(collection, id, data, draft)
    },
    async remove(collection, id) {
      await watch(`${collection} ${id}`, storedDoc(collection, id))
      return api.remove(collection, id)
    },
    async updateGlobal(slug, data) {
      await watch(`global ${slug}`, storedGlobal(slug))
      return api.updateGlobal(slug, data)
    },
  }
}

/** Fixtures made with full access, fresh for every case so one case's delete cannot hide another's. */
const fixture = {
  draft: () =>
    payload.create({ collection: 'articles', data: articleData({ _status: 'draft' }) as never, draft: true, context }),
  published: () =>
    payload.create({ collection: 'articles', data: articleData({ _status: 'published' }) as never, context }),
  tag: () => payload.create({ collection: 'tags', data: { name: unique('tag'), slug: unique('tag') }, context }),
  category: () =>
    payload.create({ collection: 'categories', data: { name: unique('cat'), slug: unique('cat') }, context }),
  dataset: () =>
    payload.create({
      collection: 'ranking-datasets',
      data: {
        title: unique('Dataset'),
        year: 2025,
        metrics: ['pctShare'],
        entries: [{ rank: 1, nameEn: 'A', nameZh: '甲' }],
      } as never,
      context,
    }),
  media: async () =>
    payload.create({ collection: 'media', data: { alt: unique('Alt') }, file: await pngFile(), context }),
  redirect: async () => {
    const article = await fixture.published()
    return payload.create({ collection: 'redirects', data: { from: unique('old'), article: article.id }, context })
  },
  user: () =>
    payload.create({
      collection: 'users',
      data: { email: `${unique('someone')}@example.com`, password, role: 'contributor' },
      context,
    }),
}

/** An actor's own user record; a visitor has none and tries the contributor's. */
const own = (actor: Actor) => users[actor === 'anonymous' ? 'contributor' : actor].id

interface Case {
  name: string
  allowed: Actor[]
  /** Refused actors who cannot see the document at all: for them 404 is as good an answer as 401/403. */
  unseen?: Actor[]
  run: (api: Api, actor: Actor) => Promise<Outcome>
  /** What an allowed attempt must have changed, read back with full access. */
  verify?: (outcome: Outcome) => Promise<void>
}

const everyone: Actor[] = ['anonymous', 'contributor', 'editor', 'admin']
const staff: Actor[] = ['editor', 'admin']
const writers: Actor[] = ['contributor', 'editor', 'admin']

const stored = <T extends CollectionSlug>(collection: T, { doc }: Outcome) =>
  payload.findByID({ collection, id: doc!.id, depth: 0 })

const cases: Case[] = [
  {
    name: 'read a published article',
    allowed: everyone,
    run: async (api) => api.read('articles', (await fixture.published()).id),
  },
  {
    name: 'read a draft article',
    allowed: writers,
    unseen: ['anonymous'],
    run: async (api) => api.read('articles', (await fixture.draft()).id, true),
  },
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
    run: async (api) =>
      api.update('articles', (await fixture.draft()).id, { summary: 'Edited.', _status: 'draft' }, true),
  },
  {
    name: 'publish a draft',
    allowed: staff,
    run: async (api) => api.update('articles', (await fixture.draft()).id, { _status: 'published' }),
    verify: async (outcome) => expect((await stored('articles', outcome))._status).toBe('published'),
  },
  {
    name: 'save a draft over a published article',
    allowed: staff,
    run: async (api) =>
      api.update('articles', (await fixture.published()).id, { summary: 'New draft.', _status: 'draft' }, true),
  },
  {
    name: 'unpublish a published article',
    allowed: staff,
    run: async (api) => api.update('articles', (await fixture.published()).id, { _status: 'draft' }),
    verify: async (outcome) => expect((await stored('articles', outcome))._status).toBe('draft'),
  },
  {
    name: 'delete a never-published draft',
    allowed: writers,
    run: async (api) => api.remove('articles', (await fixture.draft()).id),
  },
  {
    name: 'delete a published article',
    allowed: staff,
    run: async (api) => api.remove('articles', (await fixture.published()).id),
  },
  {
    name: 'read a category',
    allowed: everyone,
    run: async (api) => api.read('categories', (await fixture.category()).id),
  },
  {
    name: 'create a category',
    allowed: staff,
    run: (api) => api.create('categories', { name: unique('c'), slug: unique('c') }),
  },
  {
    name: 'rename a category',
    allowed: staff,
    run: async (api) => api.update('categories', (await fixture.category()).id, { name: 'Renamed' }),
  },
  {
    name: 'delete a category',
    allowed: staff,
    run: async (api) => api.remove('categories', (await fixture.category()).id),
  },
  { name: 'read a tag', allowed: everyone, run: async (api) => api.read('tags', (await fixture.tag()).id) },
  { name: 'create a tag', allowed: staff, run: (api) => api.create('tags', { name: unique('t'), slug: unique('t') }) },
  {
    name: 'rename a tag',
    allowed: staff,
    run: async (api) => api.update('tags', (await fixture.tag()).id, { name: 'Renamed' }),
  },
  { name: 'delete a tag', allowed: staff, run: async (api) => api.remove('tags', (await fixture.tag()).id) },
  {
    name: 'read a ranking dataset',
    allowed: everyone,
    run: async (api) => api.read('ranking-datasets', (await fixture.dataset()).id),
  },
  {
    name: 'create a ranking dataset',
    allowed: staff,
    run: (api) =>
      api.create('ranking-datasets', { title: unique('D'), year: 2024, metrics: ['pctShare'], entries: [] }),
  },
  {
    name: 'edit a ranking dataset',
    allowed: staff,
    run: async (api) => api.update('ranking-datasets', (await fixture.dataset()).id, { year: 2023 }),
  },
  {
    name: 'delete a ranking dataset',
    allowed: staff,
    run: async (api) => api.remove('ranking-datasets', (await fixture.dataset()).id),
  },
  { name: 'read a media item', allowed: everyone, run: async (api) => api.read('media', (await fixture.media()).id) },
  {
    name: 'upload an image',
    allowed: writers,
    run: (api) => api.upload('media', { alt: unique('Uploaded') }),
    verify: async (outcome) => expect((await stored('media', outcome)).filename).toMatch(/\.png$/),
  },
  {
    name: "change a media item's alt text",
    allowed: staff,
    run: async (api) => api.update('media', (await fixture.media()).id, { alt: 'Changed alt' }),
    verify: async (outcome) => expect((await stored('media', outcome)).alt).toBe('Changed alt'),
  },
  { name: 'delete a media item', allowed: staff, run: async (api) => api.remove('media', (await fixture.media()).id) },
  {
    name: 'read a redirect',
    allowed: everyone,
    run: async (api) => api.read('redirects', (await fixture.redirect()).id),
  },
  {
    name: 'create a redirect',
    allowed: staff,
    run: async (api) => api.create('redirects', { from: unique('made'), article: (await fixture.published()).id }),
  },
  {
    name: 'change where a redirect comes from',
    allowed: staff,
    run: async (api) => api.update('redirects', (await fixture.redirect()).id, { from: unique('moved') }),
    verify: async (outcome) => expect((await stored('redirects', outcome)).from).toBe(outcome.doc!.from),
  },
  {
    name: 'delete a redirect',
    allowed: staff,
    run: async (api) => api.remove('redirects', (await fixture.redirect()).id),
  },
  { name: 'read the footer (site settings)', allowed: everyone, run: (api) => api.readGlobal('site-settings') },
  {
    name: 'edit the footer (site settings)',
    allowed: staff,
    run: async (api) => {
      const current = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0 })
      return api.updateGlobal('site-settings', {
        companyName: current.companyName || 'News Center test',
        copyright: unique('© Roles'),
      })
    },
    verify: async (outcome) =>
      expect((await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0 })).copyright).toBe(
        outcome.doc!.copyright,
      ),
  },
  { name: 'read the header', allowed: everyone, run: (api) => api.readGlobal('header') },
  {
    name: 'edit the header',
    allowed: staff,
    run: (api) => api.updateGlobal('header', { navigation: [{ label: unique('Nav'), href: '/news' }] }),
    verify: async (outcome) => {
      const header = await payload.findGlobal({ slug: 'header', locale: 'en', depth: 0 })
      expect(outcome.doc).toMatchObject({ navigation: [{ label: header.navigation?.[0]?.label }] })
    },
  },
  {
    name: 'create a user',
    allowed: ['admin'],
    run: (api) => api.create('users', { email: `${unique('new')}@example.com`, password, role: 'contributor' }),
  },
  { name: 'read your own user record', allowed: writers, run: (api, actor) => api.read('users', own(actor)) },
  {
    name: 'change your own name',
    allowed: writers,
    run: (api, actor) => api.update('users', own(actor), { name: unique('Name') }),
    verify: async (outcome) => expect((await stored('users', outcome)).name).toBe(outcome.doc!.name),
  },
  {
    name: "read another user's record",
    allowed: ['admin'],
    unseen: ['contributor', 'editor'],
    run: async (api) => api.read('users', (await fixture.user()).id),
  },
  {
    name: "change another user's name",
    allowed: ['admin'],
    run: async (api) => api.update('users', (await fixture.user()).id, { name: unique('Renamed') }),
  },
  { name: 'delete a user', allowed: ['admin'], run: async (api) => api.remove('users', (await fixture.user()).id) },
]

const apis = [
  ['REST', restApi],
  ['Local API (overrideAccess: false)', localApi],
] as const

for (const [apiName, makeApi] of apis) {
  describe(`roles over ${apiName} on ${databaseKind()}`, () => {
    for (const testCase of cases) {
      it(testCase.name, async () => {
        const problems: string[] = []
        for (const actor of everyone) {
          watched.length = 0
          const outcome = await testCase.run(watching(makeApi(actor)), actor)
          const allowed = testCase.allowed.includes(actor)
          // A refusal says so (401/403); "not found" only to someone who may not see the document.
          const refused =
            [401, 403].includes(outcome.status) || (outcome.status === 404 && Boolean(testCase.unseen?.includes(actor)))
          const ok = allowed ? outcome.status >= 200 && outcome.status < 300 : refused
          if (!ok) problems.push(`${actor}: got ${outcome.status}, expected ${allowed ? 'success' : '401/403'}`)
          if (allowed && ok && testCase.verify) await testCase.verify(outcome)
          if (!allowed) {
            for (const { what, read, before } of watched) {
              if (!isDeepStrictEqual(await read(), before)) problems.push(`${actor}: ${what} changed although refused`)
            }
          }
        }
        expect(problems).toEqual([])
      })
    }
  })
}

describe(`role boundaries that are not a whole operation on ${databaseKind()}`, () => {
  for (const [apiName, makeApi] of apis) {
    it(`only an admin changes a role, not even their own, over ${apiName}`, async () => {
      for (const role of ['contributor', 'editor'] as const) {
        const name = unique('Still me')
        const outcome = await makeApi(role).update('users', users[role].id, { role: 'admin', name })
        // The rest of the save goes through: only the role field is out of reach.
        expect(outcome.status, role).toBe(200)
        const stored = await payload.findByID({ collection: 'users', id: users[role].id, depth: 0 })
        expect({ role: stored.role, name: stored.name }).toEqual({ role, name })
      }
      const someone = await fixture.user()
      expect((await makeApi('admin').update('users', someone.id, { role: 'editor' })).status).toBe(200)
      expect((await payload.findByID({ collection: 'users', id: someone.id, depth: 0 })).role).toBe('editor')
    })

    it(`an editor or contributor lists only their own user record, no other email, over ${apiName}`, async () => {
      for (const role of ['contributor', 'editor'] as const) {
        const user = users[role]
        const listed =
          apiName === 'REST'
            ? (await rest.get('users?limit=100&depth=0', tokens[role])).json
            : await payload.find({ collection: 'users', limit: 100, depth: 0, overrideAccess: false, user })
        expect(
          listed.docs?.map((doc: { id: number | string }) => doc.id),
          role,
        ).toEqual([user.id])
        const others = Object.values(users).filter((candidate) => candidate.id !== user.id)
        for (const other of others) expect(JSON.stringify(listed), role).not.toContain(other.email)
      }
    })
  }

  it('anonymous reads of taxonomy, datasets, media, redirects and globals answer 200 with public fields only', async () => {
    const publicKeys = (fields: FlattenedField[], extra: string[]) =>
      new Set([...fields.filter((field) => !('hidden' in field && field.hidden)).map((field) => field.name), ...extra])
    const collectionKeys = (slug: CollectionSlug) =>
      publicKeys(payload.collections[slug].config.flattenedFields, ['id', 'createdAt', 'updatedAt'])
    const reads: [string, Promise<{ status: number; json: RestBody | null }>, Set<string>][] = [
      ['category', rest.get(`categories/${(await fixture.category()).id}?locale=en`), collectionKeys('categories')],
      ['tag', rest.get(`tags/${(await fixture.tag()).id}?locale=en`), collectionKeys('tags')],
      [
        'dataset',
        rest.get(`ranking-datasets/${(await fixture.dataset()).id}?locale=en`),
        collectionKeys('ranking-datasets'),
      ],
      ['media', rest.get(`media/${(await fixture.media()).id}?locale=en`), collectionKeys('media')],
      [
        'redirect',
        rest.get(`redirects/${(await fixture.redirect()).id}?locale=en&depth=0`),
        collectionKeys('redirects'),
      ],
    ]
    for (const slug of ['site-settings', 'header'] as const) {
      const global = payload.globals.config.find((config) => config.slug === slug)!
      reads.push([
        slug,
        rest.get(`globals/${slug}?locale=en`),
        publicKeys(global.flattenedFields, ['id', 'globalType', 'createdAt', 'updatedAt']),
      ])
    }
    const emails = Object.values(users).map((user) => user.email)
    for (const [what, response, allowedKeys] of reads) {
      const { status, json } = await response
      expect(status, what).toBe(200)
      expect(
        Object.keys(json!).filter((key) => !allowedKeys.has(key)),
        what,
      ).toEqual([])
      for (const email of emails) expect(JSON.stringify(json), what).not.toContain(email)
    }
  })

  it('a contributor cannot schedule a publish: the job would run with their rights and fail', async () => {
    const draft = await fixture.draft()
    const outcome = await localApi('contributor').update('articles', draft.id, { _status: 'published' })
    expect(outcome.status).toBe(403)
  })

  it('anonymous GraphQL cannot read drafts, users, or write anything', async () => {
    const draft = await fixture.draft()
    const read = await rest.graphql(
      `{ Articles(draft: true, where: { id: { equals: ${JSON.stringify(draft.id)} } }) { docs { id title } } }`,
    )
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
      const result = await rest.graphql(
        `mutation { updateArticle(id: ${JSON.stringify(draft.id)}, locale: en, data: { _status: published }) { _status } }`,
        tokens[role],
      )
      if (allowed) expect(result.json.data?.updateArticle?._status).toBe('published')
      else expect(result.json.errors?.[0]?.message ?? '').toMatch(/not allowed/i)
    }
  })
})
