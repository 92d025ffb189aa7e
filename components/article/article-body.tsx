import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { RankingChartFigure } from '@/components/charts/ranking-chart-figure'
import type { Locale } from '@/lib/i18n/routing'
import type { RankingChartBlock } from '@/payload-types'

interface ArticleBodyProps {
  body: SerializedEditorState
  locale: Locale
}

/**
 * The article's rich text. Interview questions are h3 headings (styled to stand out from the
 * answers); embedded blocks get their own renderers.
 */
export function ArticleBody({ body, locale }: ArticleBodyProps) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      rankingChart: ({ node }: { node: { fields: RankingChartBlock } }) => (
        <RankingChartFigure block={node.fields} locale={locale} />
      ),
    },
  })
  return <RichText className="article-body" data={body} converters={converters} />
}
