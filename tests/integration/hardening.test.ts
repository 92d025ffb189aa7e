import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_PAGE_SIZE } from '@/collections/hooks/request-guards'

import { context, databaseKind, testPayload } from './payload'
import { body, unique } from './fixtures'
import { restClient } from './rest-client'

/** Promises a public site with an admin must keep: drafts stay private, bad input is refused. */

let payload: Payload
let rest: Awaited<ReturnType<typeof restClient>>
let categoryId: number | string

beforeAll(async () => {
  payload = await testPayload()
  rest = await restClient(payload.config)
  categoryId = (
    await payload.create({ collection: 'categories', data: { name: 'Hardening', slug: unique('hardening') }, context })
  ).id
})

afterAll(async () => {
  await payload?.destroy()
})

const article = (extra: Record<string, unknown>) => ({
  title: unique('Hardening'),
  summary: 'Summary.',
  body: body('Body.'),
  category: categoryId,
  ...extra,
})

describe(`drafts never reach anonymous readers on ${databaseKind()}`, () => {
  it('not by id, not with ?draft=true, not with a where on _status, not through versions', async () => {
    const secret = unique('Secret draft')
    const draft = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      context,
      data: article({ title: secret, _status: 'draft' }) as never,
    })
    // A published article with a newer, unpublished draft: the draft text must stay private too.
    const live = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: article({ _status: 'published' }) as never,
    })
    const pending = unique('Unpublished edit')
    await payload.update({
      collection: 'articles',
      id: live.id,
      locale: 'en',
      draft: true,
      context,
      data: { title: pending, _status: 'draft' },
    })

    expect((await rest.get(`articles/${draft.id}?locale=en`)).status).toBe(404)
    expect((await rest.get(`articles/${draft.id}?locale=en&draft=true`)).status).toBe(404)
    const everything = [
      await rest.get('articles?locale=en&draft=true&limit=100'),
      await rest.get('articles?locale=en&where[_status][equals]=draft'),
      await rest.get(`articles?locale=en&draft=true&where[title][equals]=${encodeURIComponent(pending)}`),
      await rest.get(`articles/${live.id}?locale=en&draft=true`),
    ]
    for (const response of everything) {
      expect(JSON.stringify(response.json)).not.toContain(secret)
      expect(JSON.stringify(response.json)).not.toContain(pending)
    }
    expect((await rest.get('articles/versions')).status).toBe(403)
    const graphql = await rest.graphql(`{ Articles(draft: true, locale: en, limit: 100) { docs { title } } }`)
    expect(JSON.stringify(graphql.json)).not.toContain(secret)
    expect(JSON.stringify(graphql.json)).not.toContain(pending)
    const versions = await rest.graphql('{ versionsArticles { docs { version { title } } } }')
    expect(JSON.stringify(versions.json)).not.toContain(secret)
  })

  it('user records and emails are never readable anonymously', async () => {
    for (const response of [await rest.get('users'), await rest.get('users/1'), await rest.get('users/me')]) {
      expect(JSON.stringify(response.json)).not.toMatch(/@example\.com/)
    }
  })
})

describe(`anonymous writes fail on ${databaseKind()}`, () => {
  it('on every collection and global, over REST and GraphQL', async () => {
    const tag = await payload.create({ collection: 'tags', data: { name: unique('t'), slug: unique('t') }, context })
    for (const collection of ['articles', 'categories', 'tags', 'media', 'ranking-datasets', 'redirects', 'users']) {
      expect((await rest.post(collection, { name: 'x' })).status, `create ${collection}`).toBeOneOf([401, 403])
    }
    expect((await rest.patch(`tags/${tag.id}`, { name: 'defaced' })).status).toBeOneOf([401, 403])
    expect((await rest.delete(`tags/${tag.id}`)).status).toBeOneOf([401, 403])
    for (const global of ['site-settings', 'header'])
      expect((await rest.post(`globals/${global}`, {})).status, global).toBeOneOf([401, 403])
    const mutation = await rest.graphql(
      `mutation { updateTag(id: ${JSON.stringify(tag.id)}, data: { name: "defaced" }) { name } }`,
    )
    expect(mutation.json.errors?.[0]?.message).toMatch(/not allowed/i)
    expect((await payload.findByID({ collection: 'tags', id: tag.id })).name).not.toBe('defaced')
  })
})

describe(`hostile input on ${databaseKind()}`, () => {
  it('refuses javascript: and data: links in the body, the source URL and the footer, saying why', async () => {
    const link = (url: string) => ({
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              {
                type: 'link',
                version: 3,
                direction: 'ltr',
                format: '',
                indent: 0,
                fields: { url, linkType: 'custom', newTab: false },
                children: [
                  { type: 'text', version: 1, text: 'click', format: 0, style: '', mode: 'normal', detail: 0 },
                ],
              },
            ],
          },
        ],
      },
    })
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const response = await rest.post('articles?locale=en', article({ body: link(url), _status: 'draft' }))
      // Anonymous first: refused for access before anything else.
      expect(response.status).toBeOneOf([401, 403])
      const error = await payload
        .create({
          collection: 'articles',
          locale: 'en',
          context,
          data: article({ body: link(url), _status: 'published' }) as never,
        })
        .catch((caught: { data?: { errors?: { path: string; message: string }[] } }) => caught)
      expect((error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors?.[0]).toMatchObject({
        path: 'body',
        message: expect.stringMatching(/^Links must be web addresses, mailto:, tel: or site paths; refused: /),
      })
    }
    await expect(
      payload.create({
        collection: 'articles',
        locale: 'en',
        context,
        data: article({ source: { url: 'javascript:alert(1)' }, _status: 'published' }) as never,
      }),
    ).rejects.toThrow(/Source URL/)
    await expect(
      payload.updateGlobal({ slug: 'site-settings', context, data: { icp: { url: 'javascript:alert(1)' } } as never }),
    ).rejects.toThrow()
    // A safe link is kept.
    const ok = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: article({ body: link('https://www.wipo.int/'), _status: 'published' }) as never,
    })
    expect(JSON.stringify(ok.body)).toContain('https://www.wipo.int/')
  })

  it('caps REST page sizes, whatever limit or pagination asks', async () => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false', 'limit=-5', 'limit=abc']) {
      const response = await rest.get(`tags?${query}`)
      expect(response.status, query).toBeLessThan(500)
      if (response.status === 200) {
        expect(response.json.docs?.length, query).toBeLessThanOrEqual(MAX_PAGE_SIZE)
        expect(response.json.limit, query).toBeLessThanOrEqual(MAX_PAGE_SIZE)
      }
    }
  })
})

describe(`ids that cannot exist on ${databaseKind()}`, () => {
  it('answer 404, not a database error', async () => {
    // (Payload reads a numeric prefix as the id, so "1;x" is article 1: parameterized, never SQL.)
    for (const id of ['not-an-id', 'abc', '9'.repeat(40), '%00', '-1']) {
      expect((await rest.get(`articles/${encodeURIComponent(id)}`)).status, id).toBe(404)
    }
  })
})

describe(`login throttling on ${databaseKind()}`, () => {
  it('locks an account after five wrong passwords, with a clear message, even for the right password', async () => {
    const email = `${unique('victim')}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, password: 'the-right-password-1', role: 'contributor' },
      context,
    })
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await rest.post('users/login', { email, password: `wrong-${attempt}` })).status).toBe(401)
    }
    const locked = await rest.post('users/login', { email, password: 'the-right-password-1' })
    expect(locked.status).toBe(401)
    expect(locked.json.errors?.[0]?.message).toMatch(/locked/i)
  })
})

describe(`uploads on ${databaseKind()}`, () => {
  const upload = (name: string, mimetype: string, data: Buffer) =>
    payload.create({
      collection: 'media',
      context,
      data: { alt: 'x' } as never,
      file: { name, mimetype, data, size: data.length },
    })
  const count = async () => (await payload.count({ collection: 'media' })).totalDocs

  it('judges a file by its content, not its name: text dressed as a PNG, HTML and SVG are refused', async () => {
    const before = await count()
    await expect(upload('photo.png', 'image/png', Buffer.from('just some text, not an image'))).rejects.toThrow()
    await expect(
      upload('page.png', 'image/png', Buffer.from('<html><script>alert(1)</script></html>')),
    ).rejects.toThrow()
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(upload('logo.svg', 'image/svg+xml', svg)).rejects.toThrow()
    expect(await count()).toBe(before)
  })

  it('a corrupt image gets an error and leaves no half-written media record', async () => {
    const before = await count()
    const truncated = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ])
    await expect(upload('broken.png', 'image/png', truncated)).rejects.toThrow()
    expect(await count()).toBe(before)
  })
})
