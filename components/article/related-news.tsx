import { getTranslations } from 'next-intl/server'

import { getRelatedArticles } from '@/lib/data/articles'
import type { Locale } from '@/lib/i18n/routing'
import type { Article } from '@/payload-types'

import { ArticleCard } from './article-card'

/** "Related News": hand-picked first, then articles sharing a tag or the category; empty state otherwise. */
export async function RelatedNews({ locale, article }: { locale: Locale; article: Article }) {
  const [t, related] = await Promise.all([
    getTranslations({ locale, namespace: 'news' }),
    getRelatedArticles(locale, article),
  ])
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="section-title">
        {t('relatedNews')}
      </h2>
      {related.length ? (
        <div className="card-list card-list--compact">
          {related.map((item) => (
            <ArticleCard key={item.id} article={item} locale={locale} headingLevel="h3" />
          ))}
        </div>
      ) : (
        <p className="empty-state">{t('empty')}</p>
      )}
    </section>
  )
}
