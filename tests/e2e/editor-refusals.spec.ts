import { expect, test } from '@playwright/test'

import { adminHeaders, oneParagraph } from './support/admin-api'
import { type AdminLanguage, autosaveOf, logIn, toast, chooseAdminLanguage } from './support/admin-ui'

/**
 * Our refusals reach the editor as we wrote them, in the admin's language, in the production build
 * (where Payload answers "An unknown error occurred." to any error it does not recognise as public).
 */

const stamp = Date.now().toString(36)
const password = `e2e-${stamp}-pass`

const words = {
  en: {
    publishRefused:
      'Cannot publish yet because no language is complete. English lacks the summary and body; Chinese lacks the title, summary and body.',
    neededToPublish: 'Needed to publish: at least one language must have its title, summary and body.',
    slugTaken: (slug: string, title: string) => `The slug "${slug}" is already used by "${title}". Choose another.`,
    invalidSlugToast: /The following field is invalid.*Slug \(URL\)/,
  },
  zh: {
    publishRefused: '无法发布：没有一个语言版本是完整的。英文缺少摘要、正文；中文缺少标题、摘要、正文。',
    neededToPublish: '发布前至少要有一个语言版本的标题、摘要和正文齐全。',
    slugTaken: (slug: string, title: string) => `网址别名“${slug}”已被“${title}”使用，请换一个。`,
    invalidSlugToast: /字段是无效的.*网址别名/,
  },
}

let categoryId: number
let owner: { slug: string; title: string }

test.beforeAll(async ({ request }) => {
  const headers = await adminHeaders(request)
  categoryId = (await (await request.get('/api/categories?limit=1', { headers })).json()).docs[0].id
  // Its title has a colon and commas: the admin's toast must not cut the refusal apart at them.
  const title = `Owner: slugs, refusals, and toasts ${stamp}`
  const created = await request.post('/api/articles?locale=en', {
    headers,
    // Dated in the past: it must not push the seed's news off the home page other specs read.
    data: {
      title,
      summary: 'Holds a slug.',
      body: oneParagraph('Body.'),
      category: categoryId,
      releaseDate: '2020-01-01T00:00:00.000Z',
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  owner = { slug: (await created.json()).doc.slug, title }
  for (const language of ['en', 'zh']) {
    const response = await request.post('/api/users', {
      headers,
      data: {
        email: `refusals-${language}-${stamp}@example.com`,
        password,
        role: 'editor',
        name: `Refusals ${language}`,
      },
    })
    expect(response.ok(), await response.text()).toBe(true)
  }
})

for (const language of ['en', 'zh'] as const satisfies AdminLanguage[]) {
  test.describe(`in the ${language === 'en' ? 'English' : 'Chinese'} admin`, () => {
    test.beforeEach(async ({ page }) => {
      await logIn(page, { email: `refusals-${language}-${stamp}@example.com`, password })
      await chooseAdminLanguage(page, language)
    })

    test('publishing an article complete in no language shows why, and marks the empty fields', async ({
      page,
      request,
    }) => {
      const headers = await adminHeaders(request)
      const created = await request.post('/api/articles?locale=en&draft=true', {
        headers,
        data: { title: `Title only ${language} ${stamp}`, category: categoryId, _status: 'draft' },
      })
      const { doc } = await created.json()
      await page.goto(`/admin/collections/articles/${doc.id}`)
      const refusal = toast(page, words[language].publishRefused)
      // Under load the button can be drawn before the form answers clicks: click until it does (a
      // refused publish changes nothing, so clicking again is safe).
      await expect(async () => {
        await page.locator('#action-save').click()
        await expect(refusal).toBeVisible({ timeout: 5_000 })
      }).toPass({ timeout: 30_000 })
      // One sentence, not a list cut out of it.
      await expect(refusal.locator('[data-testid="field-errors"]')).toHaveCount(0)
      await expect(
        page.locator('.field-type.textarea').filter({ hasText: words[language].neededToPublish }),
      ).toBeVisible()
      await expect(
        page
          .locator('.field-type.rich-text, .rich-text-lexical')
          .filter({ hasText: words[language].neededToPublish })
          .first(),
      ).toBeVisible()
      await expect(page.getByText('An unknown error occurred.')).toHaveCount(0)
      expect((await (await request.get(`/api/articles/${doc.id}?locale=en`, { headers })).json())._status).toBe('draft')
    })

    test('an autosave cannot take another article’s slug: the toast names it', async ({ page, request }) => {
      const headers = await adminHeaders(request)
      const created = await request.post('/api/articles?locale=en&draft=true', {
        headers,
        data: { title: `Wants a slug ${language} ${stamp}`, category: categoryId, _status: 'draft' },
      })
      const { doc } = await created.json()
      await page.goto(`/admin/collections/articles/${doc.id}`)
      const refused = autosaveOf(page, owner.slug)
      await page.locator('#field-slug').fill(owner.slug)
      expect((await refused).status()).toBe(400)
      const message = toast(page, words[language].slugTaken(owner.slug, owner.title))
      await expect(message).toBeVisible()
      await expect(message.locator('[data-testid="field-errors"]')).toHaveCount(0)

      // Nothing of it was stored: the draft keeps its own address, so no preview can show it at the other's.
      const draft = await (await request.get(`/api/articles/${doc.id}?locale=en&draft=true`, { headers })).json()
      expect(draft.slug).toBe(doc.slug)
    })

    test('publishing with a taken slug puts the reason on the slug field', async ({ page, request }) => {
      const headers = await adminHeaders(request)
      const created = await request.post('/api/articles?locale=en&draft=true', {
        headers,
        data: {
          title: `Publishes ${language} ${stamp}`,
          summary: 'S.',
          body: oneParagraph('B.'),
          category: categoryId,
          _status: 'draft',
        },
      })
      const { doc } = await created.json()
      await page.goto(`/admin/collections/articles/${doc.id}`)
      // The autosave of the typed slug is refused first; then the editor publishes anyway.
      const refused = autosaveOf(page, owner.slug)
      await page.locator('#field-slug').fill(owner.slug)
      expect((await refused).status()).toBe(400)
      await page.locator('#action-save').click()
      await expect(toast(page, words[language].invalidSlugToast)).toBeVisible()
      await expect(page.locator('.field-type.text').filter({ has: page.locator('#field-slug') })).toContainText(
        words[language].slugTaken(owner.slug, owner.title),
      )
    })
  })
}
