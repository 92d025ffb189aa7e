import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API call that shares `req` (for its transaction) but reads another locale.
 * Payload's Local API writes the locale it is given onto the request it is passed, which would make
 * the save in progress write the wrong language: the request's locale is put back afterwards.
 */
export async function keepRequestLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
