import { expect, test } from '@playwright/test'

import { GII_ARTICLE_SLUG } from '../../lib/seed/content'

const GII = GII_ARTICLE_SLUG

test.describe('language routing', () => {
  test('/ sends a Chinese browser to /zh and an English one to /en', async ({ browser }) => {
    for (const [locale, expected] of [
      ['zh-CN', '/zh'],
      ['en-GB', '/en'],
    ] as const) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto('/')
      await expect(page).toHaveURL(new RegExp(`${expected}$`))
      await context.close()
    }
  })

  test('/en and /zh list the latest published articles in their own language', async ({ page }) => {
    await page.goto('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    const englishOnly = page.getByRole('link', {
      name: 'Registering a Trademark in China: A Practical Guide for Foreign Brands',
    })
    await expect(englishOnly).toBeVisible()
    const enTitles = await page.locator('.card__title').allTextContents()
    expect(enTitles.length).toBeGreaterThan(3)
    enTitles.forEach((title) => expect(title).not.toMatch(/[\u4e00-\u9fff]/))

    await page.goto('/zh')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('新闻中心')
    const zhTitles = await page.locator('.card__title').allTextContents()
    expect(zhTitles.length).toBeGreaterThan(3)
    zhTitles.forEach((title) => expect(title).toMatch(/[\u4e00-\u9fff]/))
    expect(zhTitles.join()).not.toContain('Registering a Trademark')
  })
})

test.describe('articles', () => {
  test('the English article renders in English', async ({ page }) => {
    const response = await page.goto(`/en/news/${GII}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Global Innovation Index 2025')
    await expect(page.getByText('Release Time:')).toBeVisible()
    await expect(page.locator('time').first()).toHaveText('2025-09-05')
    await expect(page.locator('.interview-question').first()).toContainText('Q1:')
  })

  test('the Chinese article renders in Chinese', async ({ page }) => {
    await page.goto(`/zh/news/${GII}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('全球创新指数')
    await expect(page.getByText('发布时间：')).toBeVisible()
    await expect(page.locator('time').first()).toHaveText('2025年9月5日')
    await expect(page.locator('.article-body')).not.toContainText('Venture capital')
  })

  test('an unknown slug answers 404 with a way back', async ({ page }) => {
    const response = await page.goto('/en/news/no-such-article')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('link', { name: 'Back to the News Center' })).toBeVisible()
  })

  test('the footer shows the firm’s phones and ICP record', async ({ page }) => {
    await page.goto('/en')
    const footer = page.locator('footer')
    await expect(footer.getByRole('link', { name: '+86-755-82566227' })).toHaveAttribute('href', 'tel:+8675582566227')
    await expect(footer).toContainText('粤ICP备2021174526号')
  })
})

test.describe('admin', () => {
  test('accepts the seeded administrator', async ({ page }) => {
    const email = process.env.SEED_ADMIN_EMAIL ?? 'admin@example.com'
    const password = process.env.SEED_ADMIN_PASSWORD ?? 'news-center-dev'
    await page.goto('/admin')
    await page.getByLabel(/email/i).fill(email)
    await page.getByLabel(/password/i).fill(password)
    await page.getByRole('button', { name: /login/i }).click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    await expect(page.getByRole('link', { name: /Articles/ }).first()).toBeVisible()
  })
})
