import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { isEmptyDraft } from '../../lib/content/empty-draft'
import { adminHeaders, oneParagraph } from './support/admin-api'
import { type AdminLanguage, autosaveOf, logIn, toast, chooseAdminLanguage } from './support/admin-ui'

/**
 * The editor's tools, in the admin of the production build: scheduling in Beijing time, no stray
 * drafts on the dashboard, the SEO preview, the dataset import preview and export, site settings
 * versions, and where an article is live.
 */

const stamp = Date.now().toString(36)
/** Published test articles are dated in the past: they must not push the seed's news off the home page other specs read. */
const RELEASED = '2020-01-01T00:00:00.000Z'
const password = `e2e-${stamp}-pass`
const userFor = (language: AdminLanguage) => ({ email: `tools-${language}-${stamp}@example.com`, password })

let headers: Record<string, string>
let categoryId: number

test.beforeAll(async ({ request }) => {
  headers = await adminHeaders(request)
  categoryId = (await (await request.get('/api/categories?limit=1', { headers })).json()).docs[0].id
  for (const language of ['en', 'zh'] as const) {
    const response = await request.post('/api/users', {
      headers,
      data: { ...userFor(language), role: 'editor', name: `Tools ${language}` },
    })
    expect(response.ok(), await response.text()).toBe(true)
  }
})

async function article(request: APIRequestContext, title: string, status: 'draft' | 'published') {
  const response = await request.post(`/api/articles?locale=en${status === 'draft' ? '&draft=true' : ''}`, {
    headers,
    data: {
      title,
      summary: 'A summary.',
      body: oneParagraph('A body.'),
      category: categoryId,
      releaseDate: RELEASED,
      _status: status,
    },
  })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()).doc as { id: number; slug: string }
}

const scheduling = {
  en: {
    menu: 'Schedule Publish',
    publish: 'Publish',
    unpublish: 'Unpublish',
    zone: '北京时间 · Beijing time',
    save: 'Save',
    panel: 'Scheduled',
    note: 'Times are Beijing time.',
    cell: /^Publishes \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/,
  },
  zh: {
    menu: '预约发布',
    publish: '发布',
    unpublish: '取消发布',
    zone: '北京时间 · Beijing time',
    save: '保存',
    panel: '定时发布',
    note: '时间均为北京时间。',
    cell: /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 发布$/,
  },
}

for (const language of ['en', 'zh'] as const) {
  test(`scheduling in the ${language} admin starts on "publish" for drafts, "unpublish" for live articles, in Beijing time`, async ({
    page,
    request,
  }) => {
    const words = scheduling[language]
    const draft = await article(request, `Schedule draft ${language} ${stamp}`, 'draft')
    const live = await article(request, `Schedule live ${language} ${stamp}`, 'published')
    await logIn(page, userFor(language))
    await chooseAdminLanguage(page, language)

    const openDrawer = async (id: number) => {
      await page.goto(`/admin/collections/articles/${id}`)
      await page.locator('#action-save-popup .popup-button').click()
      await page.getByRole('button', { name: words.menu }).click()
      const drawer = page.locator('dialog.schedule-publish')
      await expect(drawer).toBeVisible()
      return drawer
    }
    const liveDrawer = await openDrawer(live.id)
    await expect(liveDrawer.locator('.radio-input--is-selected')).toHaveText(words.unpublish)
    await expect(liveDrawer.locator('.timezone-picker')).toContainText(words.zone)

    const drawer = await openDrawer(draft.id)
    await expect(drawer.locator('.radio-input--is-selected')).toHaveText(words.publish)
    await expect(drawer.locator('.timezone-picker')).toContainText(words.zone)
    // Tomorrow at 09:30, picked as an editor does: the day in the calendar, the time in its list
    // (which reads Beijing's clock, the zone chosen below it).
    const today = new Date()
    const tomorrow = new Date(Date.now() + 24 * 3600_000)
    await drawer.locator('.date-time-picker input').click()
    if (tomorrow.getMonth() !== today.getMonth()) await page.locator('.react-datepicker__navigation--next').click()
    await page
      .locator(
        `.react-datepicker__day--0${String(tomorrow.getDate()).padStart(2, '0')}:not(.react-datepicker__day--outside-month)`,
      )
      .click()
    await page
      .locator('.react-datepicker__time-list-item')
      .filter({ hasText: language === 'zh' ? /^9:30 上午$/ : /^9:30 AM$/ })
      .click()
    await drawer.getByRole('button', { name: words.save, exact: true }).click()
    const upcoming = drawer.locator('.schedule-publish__upcoming tbody tr')
    await expect(upcoming).toHaveCount(1)
    await expect(upcoming).toContainText('09:30 GMT+8')
    await expect(upcoming).toContainText(words.zone)

    // The dashboard says when, in Beijing time (so the job waits for 01:30 UTC), and which zone
    // that is; the list shows it too.
    await page.goto('/admin')
    const panel = page.locator('section').filter({ has: page.getByRole('heading', { name: words.panel, exact: true }) })
    const entry = panel
      .locator('li')
      .filter({ has: page.getByRole('link', { name: `Schedule draft ${language} ${stamp}` }) })
    await expect(entry.locator('time')).toContainText('09:30')
    await expect(page.locator('.editorial-dashboard-wrap')).toContainText(words.note)
    await page.goto(`/admin/collections/articles?where[id][equals]=${draft.id}`)
    await expect(page.locator('tbody .schedule-cell')).toHaveText(words.cell)
    await expect(page.locator('tbody .schedule-cell')).toContainText('09:30')
  })
}

test('"Create New" from the list or by URL, then leaving: the empty draft is kept off the dashboard and is what the daily cleanup removes', async ({
  page,
  request,
}) => {
  await logIn(page, userFor('en'))
  await chooseAdminLanguage(page, 'en')
  const strays: string[] = []
  await page.goto('/admin/collections/articles')
  await page.locator('a[href$="/admin/collections/articles/create"]').first().click()
  await page.waitForURL(/\/articles\/\d+$/)
  strays.push(page.url().split('/').pop()!)
  await page.goto('/admin/collections/articles/create')
  await page.waitForURL(/\/articles\/\d+$/)
  strays.push(page.url().split('/').pop()!)

  for (const id of strays) {
    const stored = await (await request.get(`/api/articles/${id}?draft=true&locale=all&depth=0`, { headers })).json()
    expect(isEmptyDraft(stored), `draft ${id} holds nothing`).toBe(true)
  }
  await page.goto('/admin')
  const drafts = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Drafts', exact: true }) })
  await expect(drafts).toBeVisible()
  for (const id of strays) await expect(drafts.locator(`a[href$="/articles/${id}"]`)).toHaveCount(0)
  // The integration suite runs the hourly cleanup job against such drafts a day old.
})

test('the SEO tab previews the real address in the language being edited and suggests from the article', async ({
  page,
  request,
}) => {
  const live = await article(request, `SEO tab preview ${stamp}`, 'published')
  await logIn(page, userFor('zh'))
  await chooseAdminLanguage(page, 'zh')
  for (const locale of ['en', 'zh'] as const) {
    await page.goto(`/admin/collections/articles/${live.id}?locale=${locale}`)
    await page.getByRole('button', { name: 'SEO', exact: true }).click()
    const preview = page.locator('.seo-preview')
    await expect(preview.locator('.seo-preview__url')).toHaveText(new RegExp(`/${locale}/news/${live.slug}$`))
    await expect(page.getByText('0/3')).toHaveCount(0)
  }
  await page.goto(`/admin/collections/articles/${live.id}?locale=en`)
  await page.getByRole('button', { name: 'SEO', exact: true }).click()
  const preview = page.locator('.seo-preview')
  await expect(preview.locator('.seo-preview__title')).toHaveText(`SEO tab preview ${stamp}`)
  await expect(preview).toContainText('标题：取自文章标题。')
  const saved = autosaveOf(page, `"meta":{"title":"SEO tab preview ${stamp}"`)
  await page.locator('.seo-suggestion').first().getByRole('button', { name: '使用建议' }).click()
  await expect(page.locator('#field-meta__title')).toHaveValue(`SEO tab preview ${stamp}`)
  await saved
  await expect(preview).not.toContainText('标题：取自文章标题。')
})

for (const language of ['en', 'zh'] as const) {
  test(`the ${language} dataset import lists each changed cell, exports the entries and forgets an old error`, async ({
    page,
    request,
  }) => {
    const datasets = await (await request.get('/api/ranking-datasets?limit=1&depth=0&locale=en', { headers })).json()
    const dataset = datasets.docs[0]
    const t = JSON.parse(fs.readFileSync(path.join(process.cwd(), `messages/${language}.json`), 'utf8')).datasetImport
    await logIn(page, userFor(language))
    await chooseAdminLanguage(page, language)
    await page.goto(`/admin/collections/ranking-datasets/${dataset.id}`)
    const section = page.locator('.dataset-import')

    const exported = section.getByRole('link', { name: t.export })
    const [download] = await Promise.all([page.waitForEvent('download'), exported.click()])
    const csv = fs
      .readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n')
    expect(csv[0]).toBe(
      'year,rank,cluster_en,cluster_zh,economies,pct_share_pct,publications_share_pct,vc_deals_share_pct,rank_prev,source',
    )
    expect(csv.length - 1).toBe(dataset.entries.length)

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dataset-'))
    fs.writeFileSync(path.join(dir, 'bad.csv'), 'year,rank,cluster_en\n2025,1,Alpha\n2025,seven,Beta\n')
    await section.locator('input[type="file"]').setInputFiles(path.join(dir, 'bad.csv'))
    await section.getByRole('button', { name: t.preview }).click()
    await expect(section.getByRole('alert')).toContainText(t.nothingWritten)

    // Rank 1 renamed: one cell changes.
    const cells = csv[1].split(',')
    const renamed = `${cells[2]} ${stamp}`
    const changed = [csv[0], [cells[0], cells[1], renamed, ...cells.slice(3)].join(','), ...csv.slice(2)].join('\n')
    fs.writeFileSync(path.join(dir, 'changed.csv'), changed)
    await section.locator('input[type="file"]').setInputFiles(path.join(dir, 'changed.csv'))
    await expect(section.getByRole('alert')).toHaveCount(0)
    await expect(section.locator('.dataset-import__file')).toContainText('changed.csv')
    await section.getByRole('button', { name: t.preview }).click()
    const table = section.locator('.dataset-import__changes')
    await expect(table.locator('tbody tr')).toHaveCount(1)
    await expect(table.locator('tbody tr td')).toHaveText(['1', 'cluster_en', cells[2], renamed])
    await expect(section.getByRole('status')).toContainText(t.willChange.replace('{added}', '0').split('{')[0])
  })
}

test('a wrong edit of the site settings is undone from their versions', async ({ page, request }) => {
  await logIn(page, userFor('zh'))
  await chooseAdminLanguage(page, 'zh')
  await page.goto('/admin/globals/site-settings?locale=en')
  const name = page.locator('#field-companyName')
  const good = await name.inputValue()
  await name.fill(`${good} (typo ${stamp})`)
  await page.locator('#action-save').click()
  await expect(toast(page, /更新成功|成功/)).toBeVisible()
  expect((await (await request.get('/api/globals/site-settings?locale=en')).json()).companyName).toContain('typo')

  // The version before the typo (Payload keeps a restored version's creation date, so the Versions
  // list's order is no guide once something was restored).
  const versions = await (
    await request.get('/api/globals/site-settings/versions?locale=en&depth=0&limit=100&sort=-updatedAt', { headers })
  ).json()
  const before = versions.docs.find(
    (version: { version: { companyName?: string } }) => version.version.companyName === good,
  )
  await page.goto('/admin/globals/site-settings/versions')
  await expect(page.locator('tbody tr').first()).toBeVisible()
  await page.goto(`/admin/globals/site-settings/versions/${before.id}`)
  await page.locator('.restore-version button').first().click()
  await expect(page.locator('dialog, [role="dialog"]').last()).toContainText('并立即在网站上生效')
  await page.locator('dialog button, [role="dialog"] button').filter({ hasText: '确认' }).last().click()
  await page.waitForURL(/\/globals\/site-settings$/)
  await expect
    .poll(async () => (await (await request.get('/api/globals/site-settings?locale=en')).json()).companyName)
    .toBe(good)
})

test('an article’s edit view links to it where it is live, per language; a draft says it is not live', async ({
  page,
  request,
}) => {
  const live = await article(request, `Live links ${stamp}`, 'published')
  const draft = await article(request, `Not live ${stamp}`, 'draft')
  await logIn(page, userFor('en'))
  await chooseAdminLanguage(page, 'en')
  await page.goto(`/admin/collections/articles/${live.id}`)
  const links = page.locator('.live-links')
  await expect(links.getByRole('link', { name: /View live in English/ })).toHaveAttribute(
    'href',
    `/en/news/${live.slug}`,
  )
  // Complete in English only: not listed in Chinese, and the sidebar says why.
  await expect(links).toContainText('Chinese: not listed until its title, summary and body are complete.')
  expect((await request.get(`/en/news/${live.slug}`)).status()).toBe(200)

  await page.goto(`/admin/collections/articles/${draft.id}`)
  await expect(page.locator('.live-links')).toContainText('Not on the site yet')
  await expect(page.locator('.live-links a')).toHaveCount(0)
})
