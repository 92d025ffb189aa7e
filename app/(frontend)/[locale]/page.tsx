import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleCard } from '@/components/article/article-card'
import { listArticles } from '@/lib/data/articles'
import { listCategories } from '@/lib/data/taxonomy'
import { type Locale, isLocale } from '@/lib/i18n/routing'
import { categoryPath, homePath, newsPath } from '@/lib/paths'
import { JsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'
import { organization, website } from '@/lib/seo/structured-data'

export const revalidate = 3600

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  // Only a language reaches here through the proxy; anything else must not query the database with it.
  if (!isLocale(locale)) notFound()
  const [home, { t, company }] = await Promise.all([getTranslations({ locale, namespace: 'home' }), seoText(locale)])
  return pageMetadata({
    locale,
    path: (code) => homePath(code),
    title: { absolute: `${t('homeTitle')} | ${company}` },
    description: home('intro'),
    siteName: company,
  })
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, featured, latest, categories, { settings }] = await Promise.all([
    getTranslations({ locale, namespace: 'home' }),
    listArticles(locale, { featured: true, limit: 3 }),
    listArticles(locale, { limit: 7 }),
    listCategories(locale),
    seoText(locale),
  ])
  const featuredIds = new Set(featured.docs.map((article) => article.id))
  const rest = latest.docs.filter((article) => !featuredIds.has(article.id)).slice(0, 5)
  return (
    <div className="page">
      <JsonLd data={[organization(locale, settings), website(locale, settings)]} />
      <header className="page__header">
        <h1>{t('title')}</h1>
        <p className="page__intro">{t('intro')}</p>
      </header>
      {featured.docs.length ? (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="section-title">
            {t('featured')}
          </h2>
          <div className="card-grid">
            {featured.docs.map((article, index) => (
              <ArticleCard
                key={article.id}
                article={article}
                locale={locale}
                headingLevel="h3"
                layout="tile"
                priority={index === 0}
              />
            ))}
          </div>
        </section>
      ) : null}
      <div className="home-columns">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="section-title">
            {t('latest')}
          </h2>
          <div className="card-list">
            {rest.map((article) => (
              <ArticleCard key={article.id} article={article} locale={locale} headingLevel="h3" />
            ))}
          </div>
          <p>
            <Link className="button" href={newsPath(locale)}>
              {t('more')}
            </Link>
          </p>
        </section>
        <aside aria-labelledby="categories-heading" className="home-categories">
          <h2 id="categories-heading" className="section-title">
            {t('categories')}
          </h2>
          <ul>
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={categoryPath(locale, category.slug ?? '')}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  )
}
