import type { AdminText } from '@/lib/i18n/admin-text'

/** Wrong passwords in a row before an account is locked, and for how long. */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_MINUTES = 10

/**
 * The one answer to every failed login (unknown email, wrong password, locked account), so the
 * answer never tells an outsider whether an account exists. It still tells the owner what to do.
 */
export const failedLoginMessage: AdminText = {
  en: `The email or password is incorrect. After ${MAX_LOGIN_ATTEMPTS} failed attempts in a row an account is locked for ${LOCK_MINUTES} minutes.`,
  zh: `邮箱或密码不正确。连续 ${MAX_LOGIN_ATTEMPTS} 次登录失败后，账户将被锁定 ${LOCK_MINUTES} 分钟。`,
}

/** Payload's own messages for the two cases, replaced by the one above (config `i18n.translations`). */
export const loginTranslations = {
  en: { error: { emailOrPasswordIncorrect: failedLoginMessage.en, userLocked: failedLoginMessage.en } },
  zh: { error: { emailOrPasswordIncorrect: failedLoginMessage.zh, userLocked: failedLoginMessage.zh } },
}
