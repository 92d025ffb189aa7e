import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleBody } from '@/components/article/article-body'
import { RelatedNews } from '@/components/article/related-news'
import { TranslationQr } from '@/components/article/translation-qr'
import { CoverImage } from '@/components/ui/cover-image'
import { getArticle, getArticleLanguages } from '@/lib/data/articles'
import { formatReleaseDate, isoDay } from '@/lib/format'
import { type Locale, otherLocale } from '@/lib/i18n/routing'
import { articlePath, categoryPath, newsPath, tagPath, untranslatedPath } from '@/lib/paths'
import { SLUG_PATTERN } from '@/lib/slug'
import { siteUrl } from '@/lib/site-url'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; slug: string }>
}

const load = (locale: Locale, slug: string) => (SLUG_PATTERN.test(slug) ? getArticle(locale, slug) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const article = await load(locale, slug)
  if (!article) return {}
  return { title: article.title, description: article.summary ?? undefined }
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const article = await load(locale, slug)
  if (!article) {
    // Published in the other language only: the visitor lands on this language's news center, told why.
    if (SLUG_PATTERN.test(slug) && (await getArticleLanguages(slug)).length) redirect(untranslatedPath(locale, slug))
    notFound()
  }
  const [t, languages] = await Promise.all([getTranslations({ locale, namespace: 'news' }), getArticleLanguages(slug)])
  const other = otherLocale(locale)
  const category = typeof article.category === 'object' ? article.category : null
  const tags = (article.tags ?? []).filter((tag) => typeof tag === 'object' && tag.name && tag.slug)

  return (
    <article className="article">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link href={newsPath(locale)}>{t('title')}</Link>
          </li>
          {category?.slug ? (
            <li>
              <Link href={categoryPath(locale, category.slug)}>{category.name}</Link>
            </li>
          ) : null}
        </ol>
      </nav>
      <h1 className="article__title">{article.title}</h1>
      <p className="article__meta">
        {t('releaseTime')} <time dateTime={isoDay(article.releaseDate)}>{formatReleaseDate(article.releaseDate, locale)}</time>
      </p>
      <CoverImage media={article.cover} size="wide" sizes="(min-width: 46rem) 44rem, 100vw" priority className="article__cover" />
      {article.body ? <ArticleBody body={article.body as SerializedEditorState} locale={locale} /> : null}
      {article.source?.text ? (
        <p className="article__source">
          {article.source.url ? (
            <a href={article.source.url} rel="noopener">
              {article.source.text}
            </a>
          ) : (
            article.source.text
          )}
        </p>
      ) : null}
      {tags.length ? (
        <ul className="tag-list" aria-label={t('tags')}>
          {tags.map((tag) =>
            typeof tag === 'object' ? (
              <li key={tag.id}>
                <Link href={tagPath(locale, tag.slug ?? '')}>{tag.name}</Link>
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
      {languages.includes(other) ? (
        <TranslationQr url={`${siteUrl()}${articlePath(other, slug)}`} label={t('scanOther')} />
      ) : null}
      <RelatedNews locale={locale} article={article} />
    </article>
  )
}
