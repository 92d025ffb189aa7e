import { type Page, expect, test } from '@playwright/test'

import { adminHeaders, oneParagraph } from './support/admin-api'

/**
 * An editor's day in the admin, in a real browser against the production build: write in English,
 * add the Chinese, attach an image, keep it a draft, publish, edit, rename. Then a contributor, who
 * cannot publish, and the admin in Chinese.
 */

const stamp = Date.now().toString(36)
const password = `e2e-${stamp}-pass`
const editor = { email: `editor-${stamp}@example.com`, password }
const contributor = { email: `contributor-${stamp}@example.com`, password }
// Its own user: the language it picks follows the user into every later test.
const linguist = { email: `linguist-${stamp}@example.com`, password }

test.beforeAll(async ({ request }) => {
  const headers = await adminHeaders(request)
  for (const [user, role] of [
    [editor, 'editor'],
    [contributor, 'contributor'],
    [linguist, 'editor'],
  ] as const) {
    const response = await request.post('/api/users', { headers, data: { ...user, role, name: role } })
    expect(response.ok(), await response.text()).toBe(true)
  }
})

async function logIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/admin/login')
  // By name, not label: the login form may already be in Chinese.
  await page.locator('input[name="email"]').fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
}

/** Types into the Lexical body editor of the current language. */
async function typeBody(page: Page, text: string) {
  const editorRoot = page.locator('[data-lexical-editor="true"]').first()
  await editorRoot.click()
  await page.keyboard.type(text)
}

/**
 * Waits for the autosave that carries `change` (Payload saves a draft 1.5 s after the last edit, as
 * PATCH …?autosave=true with the form's fields in `_payload`) and checks the server took it.
 */
async function waitForAutosave(page: Page, change: string | RegExp) {
  const saved = await page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().includes('autosave=true') &&
      (typeof change === 'string'
        ? (response.request().postData() ?? '').includes(change)
        : change.test(response.request().postData() ?? '')),
    { timeout: 20_000 },
  )
  expect(saved.status(), await saved.text()).toBe(200)
}

/** Publishes from the edit view: waits for the save's answer, then for the status the editor sees. */
async function publish(page: Page) {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      /\/api\/articles\/[^/?]+\?/.test(response.url()) &&
      !response.url().includes('autosave=true'),
  )
  await page.getByRole('button', { name: /^publish changes$/i }).click()
  const response = await saved
  expect(response.status(), await response.text()).toBe(200)
  await expect(page.getByTitle('Status: Published')).toBeVisible()
}

test('an editor writes, previews, publishes, edits and renames an article in both languages', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  await logIn(page, editor)

  await page.goto('/admin/collections/articles/create')
  const titleEn = `Editor test ${stamp}`
  await page.getByLabel(/^title/i).fill(titleEn)
  await page.getByLabel(/^summary/i).fill('An English summary written in the admin.')
  await typeBody(page, 'English body written in the admin.')

  await page.getByRole('button', { name: 'Relations', exact: true }).click()
  await page.locator('#field-category').click()
  await page.locator('.rs__option').first().click()

  await page.getByRole('button', { name: 'Media', exact: true }).click()
  await page.getByRole('button', { name: /choose from existing/i }).click()
  const drawer = page.locator('.drawer__content, [role="dialog"]').last()
  await drawer.locator('table tbody tr').first().locator('button, a').first().click()
  await expect(page.locator('.upload-relationship-details').first()).toBeVisible()

  // An image inside the body too, from the editor's slash menu.
  await page.getByRole('button', { name: 'Content', exact: true }).click()
  const bodyEditor = page.locator('[data-lexical-editor="true"]').first()
  await bodyEditor.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/upload')
  await page.getByRole('option', { name: 'Upload', exact: true }).click()
  const uploads = page.locator('.drawer__content, [role="dialog"]').last()
  await uploads.locator('table tbody tr').first().locator('button, a').first().click()
  await expect(bodyEditor.locator('.LexicalEditorTheme__upload')).toHaveCount(1)

  // The body's upload node: the last change made.
  await waitForAutosave(page, '"type":"upload"')
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/[^/]+$/)
  const id = page.url().split('/').pop()!.split('?')[0]

  // Chinese, in the same document, chosen with the admin's locale selector.
  await page.locator('.localizer button').first().click()
  // The locale menu names each language in the admin's language: "Chinese (zh)" here.
  await page.getByRole('button', { name: /\(zh\)$/ }).click()
  await expect(page).toHaveURL(/locale=zh/)
  await page.getByRole('button', { name: 'Content', exact: true }).click()
  const titleZh = `编辑测试 ${stamp}`
  await page.getByLabel(/^title/i).fill(titleZh)
  await page.getByLabel(/^summary/i).fill('在后台撰写的中文摘要。')
  await typeBody(page, '在后台撰写的中文正文。')
  await waitForAutosave(page, '在后台撰写的中文正文。')

  const slug = await page.locator('#field-slug').inputValue()
  expect(slug).toBe(`editor-test-${stamp}`)

  // A draft is not public.
  for (const locale of ['en', 'zh']) {
    expect((await request.get(`/${locale}/news/${slug}`)).status()).toBe(404)
  }

  await publish(page)
  for (const [locale, title] of [
    ['en', titleEn],
    ['zh', titleZh],
  ]) {
    const response = await request.get(`/${locale}/news/${slug}`)
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain(title)
  }
  // The image in the English body is on the public page, served from the media collection.
  await page.goto(`/en/news/${slug}`)
  await expect(page.locator('.article-body img[src*="/api/media/file/"]')).toHaveCount(1)

  // Edit the title in each language: the next load shows it.
  const edited = `${titleEn} (edited)`
  const editedZh = `${titleZh}（已修改）`
  for (const [locale, title] of [
    ['en', edited],
    ['zh', editedZh],
  ]) {
    await page.goto(`/admin/collections/articles/${id}?locale=${locale}`)
    await page.getByLabel(/^title/i).fill(title)
    await waitForAutosave(page, title)
    await publish(page)
    expect(await (await request.get(`/${locale}/news/${slug}`)).text()).toContain(title)
  }

  // Rename: the old address answers with a permanent redirect in both languages.
  const renamed = `${slug}-renamed`
  await page.locator('#field-slug').fill(renamed)
  await waitForAutosave(page, renamed)
  await publish(page)
  for (const locale of ['en', 'zh']) {
    const old = await request.get(`/${locale}/news/${slug}`, { maxRedirects: 0 })
    expect(old.status()).toBe(308)
    const locations = old.headersArray().filter(({ name }) => name.toLowerCase() === 'location')
    expect(new Set(locations.map(({ value }) => value))).toEqual(new Set([`/${locale}/news/${renamed}`]))
    const followed = await request.get(`/${locale}/news/${slug}`)
    expect(followed.url()).toMatch(new RegExp(`/${locale}/news/${renamed}$`))
    expect(await followed.text()).toContain(locale === 'en' ? edited : editedZh)
  }
})

test('live preview shows the draft in the language being edited, and a preview link opens draft mode', async ({
  page,
}) => {
  await logIn(page, editor)
  await page.goto('/admin/collections/articles?limit=1&where[_status][equals]=published&where[completeZh][equals]=true')
  await page.locator('table tbody tr').first().locator('a').first().click()
  await page.waitForURL(/\/admin\/collections\/articles\/\w+/)
  const id = page.url().split('/').pop()!.split('?')[0]
  await page.goto(`/admin/collections/articles/${id}?locale=zh`)
  const publishedTitle = await page.getByLabel(/^title/i).inputValue()
  const draftTitle = `预览草稿 ${stamp}`
  await page.getByLabel(/^title/i).fill(draftTitle)
  await waitForAutosave(page, draftTitle)

  await page.getByRole('button', { name: 'Live Preview' }).click()
  const frame = page.frameLocator('#live-preview-iframe')
  await expect(frame.locator('h1')).toHaveText(draftTitle, { timeout: 20_000 })
  await expect(frame.getByRole('status')).toContainText('预览模式')
  // Phone, tablet and desktop widths.
  await page.locator('.live-preview-toolbar select, .live-preview-toolbar-controls .popup-button').first().click()
  // Payload shows breakpoint labels as given: they are written in both languages.
  await page.getByRole('button', { name: '手机 · Phone', exact: true }).click()
  await expect
    .poll(async () => (await page.locator('#live-preview-iframe').boundingBox())?.width, { timeout: 10_000 })
    .toBeLessThanOrEqual(375)
  // Draft mode keeps React (the cached public pages do not): the preview re-renders on save.
  await expect(frame.locator('script[src*="/_next/"]').first()).toBeAttached()

  // Typing with the preview open: the preview follows the next autosave.
  const retyped = `${draftTitle} 再改`
  await page.getByLabel(/^title/i).fill(retyped)
  await expect(frame.locator('h1')).toHaveText(retyped, { timeout: 20_000 })

  // The banner's way out: the same page as visitors see it.
  await frame.getByRole('link', { name: '退出预览' }).click()
  await expect(frame.getByText('预览模式')).toHaveCount(0, { timeout: 15_000 })
  await expect(frame.locator('h1')).toHaveText(publishedTitle)

  // The published page is untouched for visitors.
  const publicPage = await page.request.get(`/zh/news/${await page.locator('#field-slug').inputValue()}`, {
    headers: { cookie: '' },
  })
  expect(await publicPage.text()).not.toContain(draftTitle)
  expect(await publicPage.text()).not.toContain(retyped)
})

test('a contributor can write a draft but cannot publish it', async ({ page }) => {
  await logIn(page, contributor)
  await page.goto('/admin/collections/articles/create')
  await page.getByLabel(/^title/i).fill(`Contributor draft ${stamp}`)
  await page.getByLabel(/^summary/i).fill('Written by a contributor.')
  await typeBody(page, 'Contributor body.')
  await page.getByRole('button', { name: 'Relations', exact: true }).click()
  await page.locator('#field-category').click()
  await page.locator('.rs__option').first().click()
  // The category, chosen last (a number on SQL databases, a string id on MongoDB).
  await waitForAutosave(page, /"category":("[^"]+"|\d+)/)
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/[^/]+$/)
  // The document controls are there (the draft's status), without a Publish button.
  await expect(page.getByTitle('Status: Draft')).toBeVisible()
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)

  // Asking the API directly is refused too.
  const id = page.url().split('/').pop()!.split('?')[0]
  // From the site's own origin, so the refusal is the role's, not the CSRF check's.
  const response = await page.request.patch(`/api/articles/${id}?locale=en`, {
    data: { _status: 'published' },
    headers: { origin: new URL(page.url()).origin },
  })
  expect(response.status()).toBe(403)
})

test('the admin switches to Chinese and remembers it for the user', async ({ page, browser }) => {
  await logIn(page, linguist)
  await page.goto('/admin/account')
  await page.locator('#language-select').click()
  await page.locator('.rs__option', { hasText: '中文' }).click()
  await expect(page.getByRole('link', { name: '文章' }).first()).toBeVisible({ timeout: 15_000 })
  // Our own labels (collections, groups, fields, dashboard) and Payload's are in Chinese.
  await page.goto('/admin')
  await expect(page.getByRole('heading', { name: '草稿' })).toBeVisible()
  await expect(page.getByRole('button', { name: '新闻' })).toBeVisible()
  await page.goto('/admin/collections/articles')
  await expect(
    page
      .getByRole('button', { name: '创建新的' })
      .or(page.getByRole('link', { name: '创建新的' }))
      .first(),
  ).toBeVisible()
  await expect(page.locator('thead').getByText('完整语言')).toBeVisible()
  // Remembered for the user: another browser (no cookie from this one) opens in Chinese after sign-in.
  const elsewhere = await browser.newContext({ locale: 'en-US' })
  const other = await elsewhere.newPage()
  await logIn(other, linguist)
  await expect(other.getByRole('heading', { name: '草稿' })).toBeVisible({ timeout: 15_000 })
  await elsewhere.close()
})

test('a publish scheduled in the admin happens at its time, run by the server itself', async ({ page, request }) => {
  test.setTimeout(180_000)
  const headers = await adminHeaders(request)
  const category = (await (await request.get('/api/categories?limit=1', { headers })).json()).docs[0]
  const title = `Scheduled in the admin ${stamp}`
  const created = await request.post('/api/articles?locale=en&draft=true', {
    headers,
    data: {
      title,
      summary: 'Goes live on schedule.',
      body: oneParagraph('Scheduled body.'),
      category: category.id,
      _status: 'draft',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = await created.json()

  await logIn(page, editor)
  await page.goto(`/admin/collections/articles/${doc.id}`)
  await page.locator('#action-save-popup .popup-button').click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const drawer = page.locator('dialog.schedule-publish')
  // Never published: "Publish" is chosen already, in Beijing time.
  await expect(drawer.locator('.radio-input--is-selected')).toHaveText('Publish')
  await expect(drawer.locator('.timezone-picker')).toContainText('Beijing time')
  // The picker works in whole minutes: the next minute at least 20 s away, typed as Beijing's clock reads it.
  const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000)
  const typed = at.toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  })
  await drawer.locator('.date-time-picker input').fill(typed.replace(' at ', ', '))
  await drawer.locator('.date-time-picker input').press('Enter')
  await drawer.getByRole('button', { name: 'Save' }).click()
  await expect(drawer.locator('.schedule-publish__upcoming').first()).toContainText(/publish/i, { timeout: 10_000 })

  // The dashboard lists it under Scheduled, linked to its edit view.
  await page.goto('/admin')
  const scheduledPanel = page
    .locator('section, div')
    .filter({ has: page.getByRole('heading', { name: 'Scheduled', exact: true }) })
    .last()
  const scheduledLink = scheduledPanel.getByRole('link', { name: title })
  await expect(scheduledLink).toHaveAttribute('href', new RegExp(`/admin/collections/articles/${doc.id}$`))

  expect((await request.get(`/en/news/${doc.slug}`)).status()).toBe(404)
  let liveAt: number | undefined
  await expect
    .poll(
      async () => {
        const response = await request.get(`/en/news/${doc.slug}`)
        if (response.status() === 200 && (await response.text()).includes(title)) liveAt ??= Date.now()
        return liveAt
      },
      { message: 'the scheduled article goes live', timeout: at.getTime() + 60_000 - Date.now(), intervals: [1000] },
    )
    .toBeDefined()
  expect(liveAt!).toBeGreaterThanOrEqual(at.getTime())
  // Lists are refreshed too: it leads the news center.
  expect(await (await request.get('/en/news')).text()).toContain(title)
})

test('the dashboard lists drafts and recent publishes; an old version is compared and restored', async ({
  page,
  request,
}) => {
  const headers = await adminHeaders(request)
  const category = (await (await request.get('/api/categories?limit=1', { headers })).json()).docs[0]
  const make = async (title: string, status: 'draft' | 'published') => {
    const response = await request.post(`/api/articles?locale=en${status === 'draft' ? '&draft=true' : ''}`, {
      headers,
      data: {
        title,
        summary: 'For the dashboard.',
        body: oneParagraph('Body.'),
        category: category.id,
        _status: status,
      },
    })
    expect(response.ok(), await response.text()).toBe(true)
    return (await response.json()).doc as { id: number; slug: string }
  }
  const draftTitle = `Dashboard draft ${stamp}`
  const firstTitle = `Versioned first ${stamp}`
  const draft = await make(draftTitle, 'draft')
  const versioned = await make(firstTitle, 'published')
  const secondTitle = `Versioned second ${stamp}`
  const second = await request.patch(`/api/articles/${versioned.id}?locale=en`, {
    headers,
    data: { title: secondTitle, _status: 'published' },
  })
  expect(second.ok(), await second.text()).toBe(true)

  await logIn(page, editor)
  const panel = (name: string) =>
    page
      .locator('section, div')
      .filter({ has: page.getByRole('heading', { name, exact: true }) })
      .last()
  await expect(panel('Drafts').getByRole('link', { name: draftTitle })).toHaveAttribute(
    'href',
    new RegExp(`/admin/collections/articles/${draft.id}$`),
  )
  const recent = panel('Recently published').getByRole('link', { name: secondTitle })
  await expect(recent).toHaveAttribute('href', new RegExp(`/admin/collections/articles/${versioned.id}$`))
  await recent.click()
  await page.waitForURL(new RegExp(`/admin/collections/articles/${versioned.id}`))

  // Versions: the newest compared with the one before it, then the first one restored.
  const versions = `/admin/collections/articles/${versioned.id}/versions`
  await page.goto(versions)
  const rows = page.locator('table tbody tr')
  await expect(rows).toHaveCount(2)
  await rows.first().locator('a').first().click()
  await page.waitForURL(/\/versions\/[^/]+/)
  await expect(page.getByText(firstTitle).first()).toBeVisible()
  await expect(page.getByText(secondTitle).first()).toBeVisible()
  await page.goto(versions)
  await rows.last().locator('a').first().click()
  await page.waitForURL(/\/versions\/[^/]+/)
  await expect(page.getByText(firstTitle).first()).toBeVisible()
  await page
    .getByRole('button', { name: /restore/i })
    .first()
    .click()
  const dialog = page.locator('dialog, [role="dialog"]').last()
  // The dialog says what happens: a draft, the live page and its address untouched.
  await expect(dialog).toContainText(
    'becomes a new draft of this Article. The live page and its address stay as they are until you publish the draft.',
  )
  await dialog
    .getByRole('button', { name: /confirm|restore/i })
    .last()
    .click()
  await expect(
    page
      .locator('[data-sonner-toast]')
      .filter({ hasText: 'Restored as a draft. The live page is unchanged until you publish.' }),
  ).toBeVisible()
  await expect
    .poll(
      async () =>
        (await (await request.get(`/api/articles/${versioned.id}?locale=en&draft=true`, { headers })).json()).title,
      { timeout: 15_000 },
    )
    .toBe(firstTitle)
  // Nothing changed for readers until someone publishes the restored draft.
  expect(await (await request.get(`/en/news/${versioned.slug}`)).text()).toContain(secondTitle)
  await expect(page.getByTitle('Status: Changed')).toBeVisible()
})
