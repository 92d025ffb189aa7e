import type { PayloadRequest } from 'payload'

export interface AdminText {
  en: string
  zh: string
}

/** A message in the language of the admin user who made the request (English otherwise). */
export const adminText = (req: Pick<PayloadRequest, 'i18n'> | undefined, text: AdminText): string =>
  req?.i18n?.language === 'zh' ? text.zh : text.en
