import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { ArticlePage } from '@/lib/data/articles'
import type { Locale } from '@/lib/i18n/routing'
import { newsPath } from '@/lib/paths'

import { ArticleCard } from './article-card'

/** The news center's list with crawlable page links. */
export async function NewsList({ result, locale }: { result: ArticlePage; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'news' })
  if (!result.docs.length) return <p className="empty-state">{t('empty')}</p>
  const { page, totalPages } = result
  return (
    <>
      <div className="card-list">
        {result.docs.map((article) => (
          <ArticleCard key={article.id} article={article} locale={locale} />
        ))}
      </div>
      {totalPages > 1 ? (
        <nav className="pagination" aria-label={t('pagination')}>
          {page > 1 ? <Link href={newsPath(locale, page - 1)} rel="prev">{t('previous')}</Link> : null}
          <span aria-current="page">{t('pageOf', { page, total: totalPages })}</span>
          {page < totalPages ? <Link href={newsPath(locale, page + 1)} rel="next">{t('next')}</Link> : null}
        </nav>
      ) : null}
    </>
  )
}
