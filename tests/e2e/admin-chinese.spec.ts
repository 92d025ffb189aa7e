import fs from 'node:fs'
import path from 'node:path'

import { type APIRequestContext, type Page, expect, test } from '@playwright/test'

import { GII_ARTICLE_SLUG } from '../../lib/seed/content'
import { adminHeaders, oneParagraph } from './support/admin-api'
import { type AdminLanguage, logIn, chooseAdminLanguage } from './support/admin-ui'

/**
 * The admin in Chinese is Chinese: every label, tab, description and message of ours on the main
 * views, dates as 2026年12月16日 14:36, the link dialog in the language of whoever opens it, no
 * internal fields among the list's columns and filters.
 */

// Playwright runs from the project root (playwright.config.ts).
const root = process.cwd()
const stamp = Date.now().toString(36)
const user = { email: `chinese-${stamp}@example.com`, password: `e2e-${stamp}-pass` }

/** Every English interface string of our configuration: the `{ en, zh }` pairs in the source, and our admin messages. */
function ourEnglishWords(): string[] {
  const words = new Set<string>()
  const sources = ['payload.config.ts', ...walk(path.join(root, 'collections'))]
  const pair = /en:\s*'((?:[^'\\]|\\.)*)',\s*zh:\s*'((?:[^'\\]|\\.)*)'/g
  for (const file of sources) {
    for (const [, en, zh] of fs.readFileSync(path.join(root, file), 'utf8').matchAll(pair)) {
      if (en !== zh) words.add(en.replace(/\\'/g, "'"))
    }
  }
  const messages = JSON.parse(fs.readFileSync(path.join(root, 'messages/en.json'), 'utf8'))
  const zhMessages = JSON.parse(fs.readFileSync(path.join(root, 'messages/zh.json'), 'utf8'))
  const addMessages = (en: unknown, zh: unknown) => {
    if (typeof en === 'string') {
      // Placeholders ("{count}") are filled in on the page: the text around them is what shows.
      if (en !== zh)
        en.split(/\{\w+\}/)
          .map((part) => part.trim())
          .filter((part) => part.length >= 6)
          .forEach((part) => words.add(part))
    } else if (en && typeof en === 'object') {
      for (const [key, value] of Object.entries(en)) addMessages(value, (zh as Record<string, unknown>)?.[key])
    }
  }
  for (const namespace of ['admin', 'datasetImport', 'completeness'])
    addMessages(messages[namespace], zhMessages[namespace])
  return [...words].filter((word) => word.length >= 3)
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return walk(full)
    return entry.name.endsWith('.ts') ? [path.relative(root, full)] : []
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What editors wrote (titles, names, rich text, chosen values): content, not interface. */
const CONTENT = [
  'h1',
  '.step-nav',
  'tbody a',
  // Table cells hold content (names, slugs) except those our cell components draw.
  'tbody td:not(:has(.completeness, .schedule-cell, time))',
  '.relationship-cell',
  '.editorial-dashboard a',
  '[data-lexical-editor]',
  '.rs__single-value',
  '.rs__multi-value__label',
  '.upload-relationship-details',
  '.file-details',
  // Not shown at all: the page's flight data carries the labels of both languages.
  'script',
  'style',
  'template',
  'noscript',
].join(', ')

/** Our English words in the page's interface (whole words: "Admin" does not match inside "Administrator"). */
async function englishOnPage(page: Page, words: string[]): Promise<string[]> {
  const text = await page.locator('body').evaluate((body, content) => {
    const copy = body.cloneNode(true)
    if (!(copy instanceof HTMLElement)) return ''
    copy.querySelectorAll(content).forEach((element) => element.remove())
    // innerText of a detached node is its textContent: keep blocks apart.
    copy.querySelectorAll('*').forEach((element) => element.append(' '))
    return copy.textContent ?? ''
  }, CONTENT)
  return words.filter((word) => new RegExp(`(^|[^A-Za-z])${escape(word)}($|[^A-Za-z])`).test(text))
}

let articleId: number
let categoryId: number
let datasetId: number

test.beforeAll(async ({ request }) => {
  const headers = await adminHeaders(request)
  const created = await request.post('/api/users', { headers, data: { ...user, role: 'admin', name: '中文编辑' } })
  expect(created.ok(), await created.text()).toBe(true)
  // The GII interview: complete in both languages, with every tab filled.
  articleId = (
    await (await request.get(`/api/articles?where[slug][equals]=${GII_ARTICLE_SLUG}&depth=0`, { headers })).json()
  ).docs[0].id
  datasetId = (await (await request.get('/api/ranking-datasets?limit=1&depth=0', { headers })).json()).docs[0].id
  categoryId = (await (await request.get('/api/categories?limit=1', { headers })).json()).docs[0].id
})

test('the main views in Chinese show none of our English interface words', async ({ page }) => {
  test.setTimeout(180_000)
  const words = ourEnglishWords()
  expect(words.length).toBeGreaterThan(100)
  expect(words).toContain('Release time')
  await logIn(page, user)
  await chooseAdminLanguage(page, 'zh')

  const views: [string, () => Promise<void>][] = [
    ['/admin', async () => {}],
    ['/admin/collections/articles?locale=zh', async () => {}],
    [`/admin/collections/articles/${articleId}?locale=zh`, async () => {}],
    ...['媒体', '关联', 'SEO'].map((tab): [string, () => Promise<void>] => [
      `/admin/collections/articles/${articleId}?locale=zh`,
      async () => page.getByRole('button', { name: tab, exact: true }).click(),
    ]),
    [`/admin/collections/articles/${articleId}/versions?locale=zh`, async () => {}],
    ['/admin/collections/categories?locale=zh', async () => {}],
    ['/admin/collections/tags?locale=zh', async () => {}],
    ['/admin/collections/media?locale=zh', async () => {}],
    ['/admin/collections/ranking-datasets?locale=zh', async () => {}],
    [`/admin/collections/ranking-datasets/${datasetId}?locale=zh`, async () => {}],
    ['/admin/collections/redirects?locale=zh', async () => {}],
    ['/admin/collections/users?locale=zh', async () => {}],
    ['/admin/globals/site-settings?locale=zh', async () => {}],
    ['/admin/globals/header?locale=zh', async () => {}],
    ['/admin/account', async () => {}],
  ]
  for (const [url, open] of views) {
    await page.goto(url)
    await expect(page.locator('.template-default, .template-minimal').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    await open()
    expect.soft(await englishOnPage(page, words), `English on ${url}`).toEqual([])
  }
})

test('dates in the Chinese admin read 2026年12月16日 14:36, in Beijing time, and say so', async ({ page }) => {
  await logIn(page, user)
  await chooseAdminLanguage(page, 'zh')
  await page.goto('/admin/collections/articles?locale=zh')
  await expect(page.locator('thead')).toContainText('发布时间（北京时间）')
  const cells = page.locator('tbody time')
  await expect(cells.first()).toBeVisible()
  for (const text of await cells.allInnerTexts()) expect(text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
  await expect(page.locator('tbody')).not.toContainText(/上午|下午/)

  await page.goto('/admin')
  await expect(page.locator('.editorial-dashboard-wrap')).toContainText('时间均为北京时间。')
  for (const text of await page.locator('.editorial-dashboard time').allInnerTexts())
    expect(text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
})

test('the column and filter lists of articles offer no internal fields', async ({ page }) => {
  await logIn(page, user)
  for (const [language, internal] of [
    ['zh', ['内容完整', '正文纯文本', '本语言内容完整']],
    ['en', ['Complete in en', 'Complete in zh', 'Body as plain text', 'Complete in this language']],
  ] as const) {
    await chooseAdminLanguage(page, language)
    await page.goto('/admin/collections/articles')
    await page
      .locator('.list-controls__toggle-columns, button:has-text("列"), button:has-text("Columns")')
      .first()
      .click()
    const columns = page.locator('.column-selector, .pill-selector').first()
    await expect(columns).toBeVisible()
    for (const name of internal) await expect(columns).not.toContainText(name)
    await expect(columns).toContainText(language === 'zh' ? '完整语言' : 'Complete languages')

    await page
      .locator('.list-controls__toggle-where, button:has-text("过滤条件"), button:has-text("Filters")')
      .first()
      .click()
    await page.locator('.where-builder__add-first-filter, .where-builder button').first().click()
    await page.locator('.condition__field .rs__control').first().click()
    const options = page.locator('.rs__menu')
    await expect(options).toBeVisible()
    const offered = await options.innerText()
    for (const name of internal) expect(offered, `filter fields offered in ${language}`).not.toContain(name)
  }
})

/**
 * The rich-text link dialog's field labels, opened on a word of a fresh article's body (making a
 * link adds it to the body: each opening gets an article of its own).
 */
async function linkDialogLabels(page: Page, request: APIRequestContext, language: AdminLanguage): Promise<string> {
  const created = await request.post('/api/articles?locale=en&draft=true', {
    headers: await adminHeaders(request),
    data: {
      title: `Link dialog ${language} ${stamp}`,
      summary: 'S.',
      body: oneParagraph('Words to link here.'),
      category: categoryId,
      _status: 'draft',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  await chooseAdminLanguage(page, language)
  await page.goto(`/admin/collections/articles/${(await created.json()).doc.id}?locale=en`)
  // A double click on the text (not the paragraph's empty width) selects a word to link.
  await page.locator('[data-lexical-editor="true"] p span').first().dblclick()
  await page.locator('.fixed-toolbar [data-button-key="link"]').click()
  const drawer = page.locator('dialog.lexical-link-edit-drawer')
  await expect(drawer.locator('#field-url')).toBeVisible()
  const labels = await drawer.locator('label, .field-description').allInnerTexts()
  await page.keyboard.press('Escape')
  await expect(drawer).toHaveCount(0)
  return labels.join(' | ')
}

test('the link dialog speaks the language of whoever opens it, in any order', async ({ page, request }) => {
  test.setTimeout(120_000)
  await logIn(page, user)
  for (const language of ['en', 'zh', 'en', 'zh'] as const) {
    const labels = await linkDialogLabels(page, request, language)
    if (language === 'zh') {
      expect(labels).toContain('要显示的文本')
      expect(labels).toContain('在新标签中打开')
      expect(labels).not.toContain('Text to display')
    } else {
      expect(labels).toContain('Text to display')
      expect(labels).toContain('Open in new tab')
      expect(labels).not.toContain('要显示的文本')
    }
  }
})
