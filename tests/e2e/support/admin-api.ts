import type { APIRequestContext } from '@playwright/test'

import { toLexical } from '../../../lib/seed/lexical'

export const adminCredentials = () => ({
  email: process.env.SEED_ADMIN_EMAIL ?? 'admin@example.com',
  password: process.env.SEED_ADMIN_PASSWORD ?? 'news-center-dev',
})

/** Logs in through Payload's REST API and returns the Authorization header to send. */
export async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post('/api/users/login', { data: adminCredentials() })
  if (!response.ok()) throw new Error(`admin login failed: ${response.status()} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** A one-paragraph Lexical body, for articles the tests create through the API. */
export const oneParagraph = (text: string) => toLexical([{ type: 'paragraph', text }])
