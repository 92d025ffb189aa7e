import { getTranslations } from 'next-intl/server'

import { Pagination } from '@/components/ui/pagination'
import type { SearchResults } from '@/lib/data/search'
import type { Locale } from '@/lib/i18n/routing'

import { ArticleCard } from './article-card'
import { SearchSnippet } from './search-snippet'

interface SearchResultListProps {
  result: SearchResults
  locale: Locale
  href: (page: number) => string
}

/** Search results: article cards, each with the passage of its body where the words were found. */
export async function SearchResultList({ result, locale, href }: SearchResultListProps) {
  const t = await getTranslations({ locale, namespace: 'search' })
  return (
    <>
      <div className="card-list">
        {result.docs.map(({ article, snippet }) => (
          <ArticleCard key={article.id} article={article} locale={locale}>
            {snippet.length ? (
              <p className="card__snippet">
                <span className="visually-hidden">{t('snippet')} </span>
                <SearchSnippet parts={snippet} />
              </p>
            ) : null}
          </ArticleCard>
        ))}
      </div>
      <Pagination locale={locale} page={result.page} totalPages={result.totalPages} href={href} />
    </>
  )
}
