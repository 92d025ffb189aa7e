import { type APIRequestContext, type Browser, type Page, expect, test } from '@playwright/test'

import { articlePreviewUrl } from '../../lib/preview'
import { adminHeaders, oneParagraph } from './support/admin-api'

/**
 * A preview link shows the drafts of the one article it was signed for, for as long as the link
 * lives, and nothing else: not another article's draft, not an unpublished article, not for
 * someone who copies the draft-mode cookie. In a browser, against the production build.
 */

const stamp = Date.now().toString(36)
const origin = () => test.info().project.use.baseURL!

interface Fixture {
  id: number
  slug: string
  published: string | null
  draft: string
}

let headers: Record<string, string>
let a: Fixture
let b: Fixture
let c: Fixture

async function article(request: APIRequestContext, name: string, { publish }: { publish: boolean }): Promise<Fixture> {
  const categories = await (await request.get('/api/categories?limit=1&depth=0', { headers })).json()
  const published = `Preview scope ${name} published ${stamp}`
  const created = await request.post(`/api/articles?locale=en&depth=0${publish ? '' : '&draft=true'}`, {
    headers,
    data: {
      title: publish ? published : `Preview scope ${name} draft ${stamp}`,
      slug: `preview-scope-${name}-${stamp}`,
      summary: `Summary of ${name}.`,
      body: oneParagraph(`Body of ${name}.`),
      category: categories.docs[0].id,
      _status: publish ? 'published' : 'draft',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = await created.json()
  const draft = `Preview scope ${name} draft ${stamp}`
  if (publish) {
    // A newer draft on top of the published version: visitors must keep seeing the published title.
    const edited = await request.patch(`/api/articles/${doc.id}?locale=en&draft=true&depth=0`, {
      headers,
      data: { title: draft },
    })
    expect(edited.ok(), await edited.text()).toBe(true)
  }
  return { id: doc.id, slug: doc.slug, published: publish ? published : null, draft }
}

test.beforeAll(async ({ request }) => {
  headers = await adminHeaders(request)
  a = await article(request, 'a', { publish: true })
  b = await article(request, 'b', { publish: true })
  c = await article(request, 'c', { publish: false })
})

test.afterAll(async ({ request }) => {
  for (const { id } of [a, b, c].filter(Boolean)) await request.delete(`/api/articles/${id}`, { headers })
})

const heading = (page: Page) => page.locator('h1')

/** What any visitor sees at each address, for comparison. */
async function expectVisitorView(page: Page) {
  await page.goto(`/en/news/${b.slug}`)
  await expect(heading(page)).toHaveText(b.published!)
  await expect(page.locator('body')).not.toContainText(b.draft)
  const unpublished = await page.goto(`/en/news/${c.slug}`)
  expect(unpublished?.status()).toBe(404)
  await expect(page.locator('body')).not.toContainText(c.draft)
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: origin() })
  return { context, page: await context.newPage() }
}

test('a preview link shows its own article’s draft and nothing else', async ({ browser }) => {
  const { context, page } = await newPage(browser)
  try {
    await page.goto(articlePreviewUrl('en', a.id)!)
    await expect(page).toHaveURL(`${origin()}/en/news/${a.slug}`)
    await expect(heading(page)).toHaveText(a.draft)
    await expect(page.getByRole('status')).toContainText('Preview')

    // The same browser, in draft mode: another article's draft and an unpublished article answer as for anyone.
    await expectVisitorView(page)

    // The scope is an HttpOnly cookie, not readable or writable by the page's scripts.
    const cookies = await context.cookies()
    const scope = cookies.find((cookie) => cookie.name === 'news-center-preview')
    expect(scope?.httpOnly).toBe(true)
    expect(scope?.sameSite).toBe('Lax')
    expect(scope?.expires).toBeGreaterThan(Date.now() / 1000)

    // A second link adds its article; the first stays.
    await page.goto(articlePreviewUrl('en', c.id)!)
    await expect(heading(page)).toHaveText(c.draft)
    await page.goto(`/en/news/${a.slug}`)
    await expect(heading(page)).toHaveText(a.draft)

    // Exit: every article back to what visitors see.
    await page.getByRole('link', { name: 'Exit preview' }).click()
    await expect(heading(page)).toHaveText(a.published!)
    expect((await page.goto(`/en/news/${c.slug}`))?.status()).toBe(404)
  } finally {
    await context.close()
  }
})

test('the draft-mode cookie replayed alone shows nothing unpublished', async ({ browser }) => {
  const first = await newPage(browser)
  const thief = await newPage(browser)
  try {
    await first.page.goto(articlePreviewUrl('en', a.id)!)
    await expect(heading(first.page)).toHaveText(a.draft)
    const bypass = (await first.context.cookies()).find((cookie) => cookie.name === '__prerender_bypass')
    expect(bypass, 'opening the link turns on draft mode').toBeDefined()
    // Someone else gets hold of the draft-mode cookie (the build's one preview id), not the scope.
    await thief.context.addCookies([bypass!])
    await thief.page.goto(`/en/news/${a.slug}`)
    await expect(heading(thief.page)).toHaveText(a.published!)
    await expect(thief.page.locator('body')).not.toContainText(a.draft)
    await expectVisitorView(thief.page)
    // A scope cookie from another browser, with its signature, names only what it named (a), and
    // edited to name c it is worthless.
    const scope = (await first.context.cookies()).find((cookie) => cookie.name === 'news-center-preview')!
    await thief.context.addCookies([{ ...scope, value: scope.value.replace(`${a.id}:`, `${c.id}:`) }])
    expect((await thief.page.goto(`/en/news/${c.slug}`))?.status()).toBe(404)
  } finally {
    await first.context.close()
    await thief.context.close()
  }
})

test('after the link’s lifetime its article’s draft is gone too', async ({ browser }) => {
  const { context, page } = await newPage(browser)
  try {
    // A link that lives for a few seconds (signed like the admin's, with a shorter expiry).
    await page.goto(articlePreviewUrl('en', a.id, Date.now() + 4000)!)
    await expect(heading(page)).toHaveText(a.draft)
    // Reload until the scope has expired: the published article, as for any visitor.
    await expect(async () => {
      await page.reload()
      await expect(heading(page)).toHaveText(a.published!, { timeout: 1000 })
    }).toPass({ timeout: 30_000 })
    // The expired link itself is refused.
    const again = await page.goto(articlePreviewUrl('en', a.id, Date.now() - 1)!)
    expect(again?.status()).toBe(403)
  } finally {
    await context.close()
  }
})

test('a draft shows only at its own current address', async ({ browser, request }) => {
  // The draft of a is renamed: the link follows the draft's new slug; the published slug keeps the
  // published article; b's address never shows a's draft.
  const renamed = `${a.slug}-renamed`
  expect(
    (await request.patch(`/api/articles/${a.id}?locale=en&draft=true`, { headers, data: { slug: renamed } })).ok(),
  ).toBe(true)
  const { context, page } = await newPage(browser)
  try {
    await page.goto(articlePreviewUrl('en', a.id)!)
    await expect(page).toHaveURL(`${origin()}/en/news/${renamed}`)
    await expect(heading(page)).toHaveText(a.draft)
    await page.goto(`/en/news/${a.slug}`)
    await expect(heading(page)).toHaveText(a.published!)
    await page.goto(`/en/news/${b.slug}`)
    await expect(heading(page)).toHaveText(b.published!)
  } finally {
    await context.close()
    await request.patch(`/api/articles/${a.id}?locale=en&draft=true`, { headers, data: { slug: a.slug } })
  }
})
