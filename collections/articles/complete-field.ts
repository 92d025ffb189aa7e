import type { Locale } from '@/lib/i18n/routing'

/**
 * The checkbox that says an article is complete in one language: `completeEn`, `completeZh`. Not a
 * group with one field per locale code: Payload reads `complete.en` in a query as "the en value of a
 * localized field" and refuses the path.
 */
export const completeField = <L extends Locale>(locale: L) =>
  `complete${locale.charAt(0).toUpperCase()}${locale.slice(1)}` as `complete${Capitalize<L>}`
