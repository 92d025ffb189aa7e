import en from '@/messages/en.json'
import zh from '@/messages/zh.json'

import type { AdminLanguage } from '@/lib/site-time'

/** The admin's language as ours: Chinese or English (Payload falls back to English too). */
export const adminLanguage = (language: string | undefined): AdminLanguage => (language === 'zh' ? 'zh' : 'en')

/** Our admin words (messages/*.json, namespace "admin") in the admin's language. */
export const adminMessages = (language: string | undefined) => (adminLanguage(language) === 'zh' ? zh : en).admin

/** "{name}" placeholders filled in; unknown ones are left as they are. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
