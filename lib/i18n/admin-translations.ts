import { loginTranslations } from '../../collections/users/login-policy'

/**
 * Where Payload's own admin words say something untrue of this site, they are replaced here (both
 * languages, same keys). Restoring an article's version makes a draft (see the articles' restore
 * endpoint), and the dialog says so before the editor confirms.
 */
export const adminTranslations = {
  en: {
    // One message for every failed login.
    ...loginTranslations.en,
    version: {
      aboutToRestore:
        'The version of {{versionDate}} becomes a new draft of this {{label}}. The live page and its address stay as they are until you publish the draft.',
      aboutToRestoreGlobal: 'The {{label}} go back to the version of {{versionDate}}, live on the site at once.',
    },
  },
  zh: {
    ...loginTranslations.zh,
    version: {
      aboutToRestore:
        '{{versionDate}} 的版本将成为这篇{{label}}的新草稿。在您发布该草稿之前，线上页面及其网址保持不变。',
      aboutToRestoreGlobal: '{{label}}将恢复为 {{versionDate}} 的版本，并立即在网站上生效。',
    },
  },
}
