import { ArticleCard } from '@/components/article/article-card'
import { listArticles } from '@/lib/data/articles'
import type { Locale } from '@/lib/i18n/routing'

/** The newest articles in a language, for MDX pages. */
export async function LatestNews({ locale, count = 3 }: { locale: Locale; count?: number }) {
  const { docs } = await listArticles(locale)
  return (
    <div className="card-list card-list--compact">
      {docs.slice(0, count).map((article) => (
        <ArticleCard key={article.id} article={article} locale={locale} headingLevel="h3" />
      ))}
    </div>
  )
}
