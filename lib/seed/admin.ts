import { DEV_ADMIN_EMAIL, DEV_ADMIN_PASSWORD } from './index'

/**
 * The first admin: SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD when set; in development the printed
 * default; in production with no password given, none (the development password never reaches it).
 */
export function seedAdmin(env: NodeJS.ProcessEnv = process.env): { email: string; password: string } | undefined {
  const email = env.SEED_ADMIN_EMAIL?.trim() || DEV_ADMIN_EMAIL
  const password = env.SEED_ADMIN_PASSWORD?.trim()
  if (password) return { email, password }
  if (env.NODE_ENV === 'production') return undefined
  console.info(`\n  Admin for local development: ${email} / ${DEV_ADMIN_PASSWORD}  (http://localhost:3000/admin)\n`)
  return { email, password: DEV_ADMIN_PASSWORD }
}
