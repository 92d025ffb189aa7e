import type { TextFieldSingleValidation } from 'payload'

import { isSafeUrl } from '@/lib/content/safe-url'
import { adminText } from '@/lib/i18n/admin-text'

/** For link fields: empty, or an address isSafeUrl accepts (no `javascript:` and the like). */
export const safeUrl: TextFieldSingleValidation = (value, { req }) =>
  !value || isSafeUrl(value)
    ? true
    : adminText(req, {
        en: 'Use a web address (https://…), mailto:, tel: or a path on this site (/…).',
        zh: '请填写网址（https://…）、mailto:、tel: 或本站路径（/…）。',
      })
