import { getTranslations } from 'next-intl/server'

import { SEARCH_MAX_LENGTH } from '@/lib/search-query'
import type { Locale } from '@/lib/i18n/routing'

interface SearchFormProps {
  locale: Locale
  query?: string
  id: string
  /** Names the search landmark; the header's and the search page's must differ. */
  landmark: 'siteSearch' | 'title'
}

/** A plain GET form: works without JavaScript. */
export async function SearchForm({ locale, query, id, landmark }: SearchFormProps) {
  const t = await getTranslations({ locale, namespace: 'search' })
  return (
    <form className="search-form" role="search" aria-label={t(landmark)} action={`/${locale}/search`} method="get">
      <label className="visually-hidden" htmlFor={id}>
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t('placeholder')}
        autoComplete="off"
      />
      <button type="submit">{t('submit')}</button>
    </form>
  )
}
