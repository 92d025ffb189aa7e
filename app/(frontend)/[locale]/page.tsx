import Link from 'next/link'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleCard } from '@/components/article/article-card'
import { listArticles } from '@/lib/data/articles'
import { type Locale } from '@/lib/i18n/routing'
import { newsPath } from '@/lib/paths'

export const revalidate = 3600

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, latest] = await Promise.all([getTranslations({ locale, namespace: 'home' }), listArticles(locale)])
  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('title')}</h1>
        <p className="page__intro">{t('intro')}</p>
      </header>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="section-title">
          {t('latest')}
        </h2>
        <div className="card-list">
          {latest.docs.slice(0, 6).map((article) => (
            <ArticleCard key={article.id} article={article} locale={locale} headingLevel="h3" />
          ))}
        </div>
        <p>
          <Link className="button" href={newsPath(locale)}>
            {t('allNews')}
          </Link>
        </p>
      </section>
    </div>
  )
}
