import { type Page, type Response, expect } from '@playwright/test'

export type AdminLanguage = 'en' | 'zh'

/** Signs in through the admin's login form (by field name: the form may already be in Chinese). */
export async function logIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
}

/** Makes the admin speak `language` for the signed-in user (their stored choice and this browser's cookie). */
export async function chooseAdminLanguage(page: Page, language: AdminLanguage) {
  const origin = new URL(page.url()).origin
  // A cookie-authenticated write is accepted only from the site's own origin (Payload's CSRF check).
  const response = await page.request.post('/api/payload-preferences/admin-language', {
    data: { value: language },
    headers: { origin },
  })
  expect(response.ok(), await response.text()).toBe(true)
  await page.context().addCookies([{ name: 'payload-lng', value: language, url: origin }])
}

const isAutosave = (response: Response) =>
  response.request().method() === 'PATCH' && response.url().includes('autosave=true')

/**
 * The next autosave's answer (Payload saves 1.5 s after the last change), optionally the one whose
 * request carries `text`: call it before or right after the edit, await it afterwards.
 */
export const autosaveOf = (page: Page, text?: string | RegExp) =>
  page.waitForResponse(
    (response) => {
      if (!isAutosave(response)) return false
      const body = response.request().postData() ?? ''
      return text === undefined || (typeof text === 'string' ? body.includes(text) : text.test(body))
    },
    { timeout: 20_000 },
  )

/** A toast the admin shows, by (part of) its text. */
export const toast = (page: Page, text: string | RegExp) =>
  page.locator('[data-sonner-toast]').filter({ hasText: text })

/** Types into the Lexical body editor of the current language. */
export async function typeBody(page: Page, text: string) {
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type(text)
}
