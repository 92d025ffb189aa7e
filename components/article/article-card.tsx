import Link from 'next/link'

import { CoverImage } from '@/components/ui/cover-image'
import type { ArticleSummary } from '@/lib/data/articles'
import { formatReleaseDate, isoDay } from '@/lib/format'
import type { Locale } from '@/lib/i18n/routing'
import { articlePath } from '@/lib/paths'

interface ArticleCardProps {
  article: ArticleSummary
  locale: Locale
  headingLevel?: 'h2' | 'h3'
}

export function ArticleCard({ article, locale, headingLevel: Heading = 'h2' }: ArticleCardProps) {
  if (!article.slug) return null
  const category = typeof article.category === 'object' ? article.category?.name : null
  return (
    <article className="card">
      <CoverImage media={article.cover} size="card" sizes="(min-width: 768px) 240px, 100vw" className="card__image" />
      <div className="card__body">
        <p className="card__meta">
          {category ? <span className="card__category">{category}</span> : null}
          <time dateTime={isoDay(article.releaseDate)}>{formatReleaseDate(article.releaseDate, locale)}</time>
        </p>
        <Heading className="card__title">
          <Link href={articlePath(locale, article.slug)}>{article.title}</Link>
        </Heading>
        {article.summary ? <p className="card__summary">{article.summary}</p> : null}
      </div>
    </article>
  )
}
