import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'
import Link from 'next/link'
import { draftMode } from 'next/headers'
import { notFound, permanentRedirect, redirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleBody } from '@/components/article/article-body'
import { RelatedNews } from '@/components/article/related-news'
import { TranslationQr } from '@/components/article/translation-qr'
import { CoverImage } from '@/components/ui/cover-image'
import { findRedirect, getArticle, getArticleLanguages } from '@/lib/data/articles'
import { previewedArticle } from '@/lib/data/preview'
import { formatReleaseDate, isoDay } from '@/lib/format'
import { type Locale, otherLocale } from '@/lib/i18n/routing'
import { articlePath, categoryPath, newsPath, tagPath, untranslatedPath } from '@/lib/paths'
import { isSlug } from '@/lib/slug'
import { isSafeUrl } from '@/lib/content/safe-url'
import { JsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { seoText } from '@/lib/seo/page'
import { articleImage, breadcrumbs, newsArticle } from '@/lib/seo/structured-data'
import { siteUrl } from '@/lib/site-url'
import type { Article } from '@/payload-types'
import { notFoundMetadata } from '@/lib/seo/not-found-metadata'

export const revalidate = 3600
export const generateStaticParams = () => []

interface Props {
  params: Promise<{ locale: Locale; slug: string }>
}

/** The published article, or its latest draft for a visitor whose preview covers it. */
async function load(locale: Locale, slug: string) {
  if (!isSlug(slug)) return null
  return (await previewedArticle(locale, slug)) ?? getArticle(locale, slug)
}

/** The SEO plugin's description when an editor wrote one, else the summary. */
const describe = (article: Article) => article.meta?.description || article.summary || ''

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const article = await load(locale, slug)
  if (!article) return notFoundMetadata(locale)
  const [preview, languages, { company }] = await Promise.all([draftMode(), getArticleLanguages(slug), seoText(locale)])
  const image = articleImage(locale, article)
  return pageMetadata({
    locale,
    path: (code) => (code === locale || languages.includes(code) ? articlePath(code, slug) : null),
    title: article.meta?.title || article.title || slug,
    description: describe(article),
    noindex: preview.isEnabled,
    siteName: company,
    image: { ...image, alt: article.title },
    openGraph: {
      type: 'article',
      publishedTime: new Date(article.releaseDate).toISOString(),
      modifiedTime: new Date(article.updatedAt).toISOString(),
      section: typeof article.category === 'object' ? (article.category?.name ?? undefined) : undefined,
      tags: (article.tags ?? []).flatMap((tag) => (typeof tag === 'object' && tag.name ? [tag.name] : [])),
    },
  })
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const article = await load(locale, slug)
  if (!article) {
    // An old slug of a published article: its new address, permanently.
    const moved = isSlug(slug) ? await findRedirect(slug) : null
    if (moved) permanentRedirect(articlePath(locale, moved))
    // Published in the other language only: the visitor lands on this language's news center, told why.
    if (isSlug(slug) && (await getArticleLanguages(slug)).length) redirect(untranslatedPath(locale, slug))
    notFound()
  }
  const [t, tPreview, languages, { settings }] = await Promise.all([
    getTranslations({ locale, namespace: 'news' }),
    getTranslations({ locale, namespace: 'preview' }),
    getArticleLanguages(slug),
    seoText(locale),
  ])
  const other = otherLocale(locale)
  const category = typeof article.category === 'object' ? article.category : null
  const tags = (article.tags ?? []).filter((tag) => typeof tag === 'object' && tag.name && tag.slug)

  return (
    <article className="article">
      <JsonLd
        data={[
          newsArticle(locale, article, settings, describe(article)),
          breadcrumbs([
            { name: t('title'), path: newsPath(locale) },
            ...(category?.slug && category.name
              ? [{ name: category.name, path: categoryPath(locale, category.slug) }]
              : []),
            { name: article.title, path: articlePath(locale, slug) },
          ]),
        ]}
      />
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
      <h1 className="article__title">{article.title || tPreview('untitled')}</h1>
      <p className="article__meta">
        {t('releaseTime')}{' '}
        <time dateTime={isoDay(article.releaseDate)}>{formatReleaseDate(article.releaseDate, locale)}</time>
      </p>
      <CoverImage
        media={article.cover}
        size="wide"
        sizes="(min-width: 46rem) 44rem, 100vw"
        priority
        className="article__cover"
      />
      {article.body ? <ArticleBody body={article.body as SerializedEditorState} locale={locale} /> : null}
      {article.source?.text ? (
        <p className="article__source">
          {isSafeUrl(article.source.url) ? (
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
