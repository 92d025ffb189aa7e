import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { RankingChartFigure } from '@/components/charts/ranking-chart-figure'
import { isSafeUrl } from '@/lib/content/safe-url'
import type { Locale } from '@/lib/i18n/routing'
import type { Media, RankingChartBlock } from '@/payload-types'

import { listConverters } from './rich-text-lists'

interface ArticleBodyProps {
  body: SerializedEditorState
  locale: Locale
}

const BOLD = 1

/** A paragraph whose every text run is bold: how editors write an interview question. */
function isWhollyBold(node: { children?: { type?: string; format?: number; text?: string }[] }): boolean {
  const runs = (node.children ?? []).filter((child) => child.type === 'text' && child.text?.trim())
  return runs.length > 0 && runs.every((run) => ((run.format ?? 0) & BOLD) === BOLD)
}

/** Calls one of Payload's default converters (a function, or absent). */
function linkTo<A>(converter: unknown, args: A) {
  return typeof converter === 'function' ? (converter as (args: A) => React.ReactNode)(args) : null
}

/**
 * An image in the body, whole: only the uncropped sizes (`content`, `wide`) go into the srcset.
 * Payload's default converter offers every size by viewport, so a phone got the 16:9 `card` crop.
 */
function BodyImage({ media }: { media: Media }) {
  if (!media.url) return null
  if (!media.mimeType?.startsWith('image/')) return <a href={media.url}>{media.filename}</a>
  const whole = [media.sizes?.content, media.sizes?.wide].filter((size) => size?.url && size.width)
  return (
    // Payload already made these sizes; next/image would encode each a second time.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className="article-body__image"
      src={media.sizes?.content?.url ?? media.url}
      srcSet={whole.length ? whole.map((size) => `${size!.url} ${size!.width}w`).join(', ') : undefined}
      sizes="(max-width: 44rem) 100vw, 44rem"
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      alt={media.alt ?? ''}
      loading="lazy"
      decoding="async"
    />
  )
}

/**
 * The article's rich text. A wholly bold paragraph is an interview question and stands out from
 * the answer after it; embedded blocks get their own renderers.
 */
export function ArticleBody({ body, locale }: ArticleBodyProps) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...listConverters,
    paragraph: (args) => {
      const paragraph = typeof defaultConverters.paragraph === 'function' ? defaultConverters.paragraph(args) : null
      return isWhollyBold(args.node) ? <div className="interview-question">{paragraph}</div> : paragraph
    },
    // Saving refuses unsafe links; anything older that slipped in is shown as plain text.
    link: (args) =>
      isSafeUrl(args.node.fields.url) || args.node.fields.linkType === 'internal'
        ? linkTo(defaultConverters.link, args)
        : args.nodesToJSX({ nodes: args.node.children }),
    autolink: (args) =>
      isSafeUrl(args.node.fields.url)
        ? linkTo(defaultConverters.autolink, args)
        : args.nodesToJSX({ nodes: args.node.children }),
    upload: ({ node }) =>
      typeof node.value === 'object' && node.value ? <BodyImage media={node.value as Media} /> : null,
    blocks: {
      rankingChart: ({ node }: { node: { fields: RankingChartBlock } }) => (
        <RankingChartFigure block={node.fields} locale={locale} />
      ),
    },
  })
  return <RichText className="article-body" data={body} converters={converters} />
}
