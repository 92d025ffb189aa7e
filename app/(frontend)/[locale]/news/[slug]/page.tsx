import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleBody } from '@/components/article/article-body'
import { ArticleCard } from '@/components/article/article-card'
import { TranslationQr } from '@/components/article/translation-qr'
import { CoverImage } from '@/components/ui/cover-image'
import { getArticle, getArticleLanguages } from '@/lib/data/articles'
import { formatReleaseDate, isoDay } from '@/lib/format'
import { type Locale, otherLocale } from '@/lib/i18n/routing'
import { articlePath, newsPath } from '@/lib/paths'
import { SLUG_PATTERN } from '@/lib/slug'
import { siteUrl } from '@/lib/site-url'
import type { Article } from '@/payload-types'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Params {
  params: Promise<{ locale: Locale; slug: string }>
}

async function load(locale: Locale, slug: string) {
  return SLUG_PATTERN.test(slug) ? getArticle(locale, slug) : null
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  const article = await load(locale, slug)
  if (!article) return {}
  return { title: article.title, description: article.summary ?? undefined }
}

const relatedOf = (article: Article) =>
  (article.related ?? []).filter(
    (item): item is Article => typeof item === 'object' && item !== null && item._status === 'published',
  )

export default async function ArticlePage({ params }: Params) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const article = await load(locale, slug)
  if (!article) notFound()
  const [t, languages] = await Promise.all([getTranslations({ locale, namespace: 'news' }), getArticleLanguages(slug)])
  const other = otherLocale(locale)
  const category = typeof article.category === 'object' ? article.category : null
  const related = relatedOf(article).slice(0, 6)

  return (
    <article className="article">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link href={newsPath(locale)}>{t('title')}</Link>
          </li>
          {category ? <li>{category.name}</li> : null}
        </ol>
      </nav>
      <h1 className="article__title">{article.title}</h1>
      <p className="article__meta">
        {t('releaseTime')} <time dateTime={isoDay(article.releaseDate)}>{formatReleaseDate(article.releaseDate, locale)}</time>
      </p>
      <CoverImage media={article.cover} size="wide" sizes="(min-width: 840px) 800px, 100vw" priority className="article__cover" />
      {article.body ? <ArticleBody body={article.body as SerializedEditorState} locale={locale} /> : null}
      {article.source?.text ? (
        <p className="article__source">
          {article.source.url ? <a href={article.source.url} rel="noopener">{article.source.text}</a> : article.source.text}
        </p>
      ) : null}
      {languages.includes(other) ? (
        <TranslationQr url={`${siteUrl()}${articlePath(other, slug)}`} label={t('scanOther')} />
      ) : null}
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
    </article>
  )
}
