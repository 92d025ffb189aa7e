import { getTranslations } from 'next-intl/server'

import { Pagination } from '@/components/ui/pagination'
import type { ArticlePage } from '@/lib/data/articles'
import type { Locale } from '@/lib/i18n/routing'

import { ArticleCard } from './article-card'

interface ArticleListProps {
  result: ArticlePage
  locale: Locale
  href: (page: number) => string
}

/** A list of article cards with crawlable page links, or the empty state. */
export async function ArticleList({ result, locale, href }: ArticleListProps) {
  const t = await getTranslations({ locale, namespace: 'news' })
  if (!result.docs.length) return <p className="empty-state">{t('empty')}</p>
  return (
    <>
      <div className="card-list">
        {result.docs.map((article) => (
          <ArticleCard key={article.id} article={article} locale={locale} />
        ))}
      </div>
      <Pagination locale={locale} page={result.page} totalPages={result.totalPages} href={href} />
    </>
  )
}
