import Link from 'next/link'
import type { ReactNode } from 'react'

import { CoverImage } from '@/components/ui/cover-image'
import type { ArticleSummary } from '@/lib/data/articles'
import { formatReleaseDate, isoDay } from '@/lib/format'
import type { Locale } from '@/lib/i18n/routing'
import { articlePath } from '@/lib/paths'

interface ArticleCardProps {
  article: ArticleSummary
  locale: Locale
  headingLevel?: 'h2' | 'h3'
  /** "row": thumbnail beside the text (lists); "tile": image above (home page features). */
  layout?: 'row' | 'tile'
  priority?: boolean
  /** Shown under the summary (search results: where the words were found). */
  children?: ReactNode
}

export function ArticleCard({
  article,
  locale,
  headingLevel: Heading = 'h2',
  layout = 'row',
  priority = false,
  children,
}: ArticleCardProps) {
  if (!article.slug) return null
  const category = typeof article.category === 'object' ? article.category?.name : null
  return (
    <article className={`card card--${layout}`}>
      <CoverImage
        media={article.cover}
        size="card"
        sizes={
          layout === 'tile'
            ? '(min-width: 60rem) 22rem, (min-width: 40rem) 45vw, 100vw'
            : '(min-width: 48rem) 15rem, 100vw'
        }
        className="card__image"
        priority={priority}
      />
      <div className="card__body">
        <p className="card__meta">
          {category ? <span className="card__category">{category}</span> : null}
          <time dateTime={isoDay(article.releaseDate)}>{formatReleaseDate(article.releaseDate, locale)}</time>
        </p>
        <Heading className="card__title">
          <Link href={articlePath(locale, article.slug)}>{article.title}</Link>
        </Heading>
        {article.summary ? <p className="card__summary">{article.summary}</p> : null}
        {children}
      </div>
    </article>
  )
}
