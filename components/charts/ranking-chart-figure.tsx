import { getTranslations } from 'next-intl/server'

import { formatNumber } from '@/lib/format'
import type { Locale } from '@/lib/i18n/routing'
import { economyName } from '@/lib/rankings/economies'
import type { RankingChartBlock, RankingDataset } from '@/payload-types'

const METRICS = ['pctShare', 'publicationsShare', 'vcDealsShare'] as const

interface RankingChartFigureProps {
  block: RankingChartBlock
  locale: Locale
}

/**
 * A ranking chart block. Until the charts land, it renders the same figures as an accessible table:
 * top N entries of the dataset, unknown values shown as "n/a", the dataset's source line below.
 */
export async function RankingChartFigure({ block, locale }: RankingChartFigureProps) {
  const dataset = typeof block.dataset === 'object' ? (block.dataset as RankingDataset) : null
  if (!dataset) return null
  const t = await getTranslations({ locale, namespace: 'chart' })
  const entries = [...(dataset.entries ?? [])].sort((a, b) => a.rank - b.rank).slice(0, block.topN ?? 10)
  const metrics = block.kind === 'keyMetrics' ? METRICS : block.metric ? [block.metric] : []
  const value = (n: number | null | undefined) => (typeof n === 'number' ? formatNumber(n, locale) : t('notAvailable'))
  return (
    <figure className="chart">
      {block.title ? <figcaption className="chart__title">{block.title}</figcaption> : null}
      <div className="chart__scroll">
        <table className="chart__table">
          {block.caption ? <caption>{block.caption}</caption> : null}
          <thead>
            <tr>
              <th scope="col">{t('rank')}</th>
              {block.kind === 'rankMovement' ? <th scope="col">{t('previousRank')}</th> : null}
              <th scope="col">{t('cluster')}</th>
              <th scope="col">{t('economies')}</th>
              {metrics.map((metric) => (
                <th scope="col" key={metric}>
                  {t(metric)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.rank} className={block.highlight?.includes(entry.rank) ? 'is-highlighted' : undefined}>
                <td>{entry.rank}</td>
                {block.kind === 'rankMovement' ? <td>{entry.previousRank ?? '–'}</td> : null}
                <th scope="row">{locale === 'zh' && entry.nameZh ? entry.nameZh : entry.nameEn}</th>
                <td>{(entry.economies ?? []).map((code) => economyName(code, locale)).join(locale === 'zh' ? '、' : ', ')}</td>
                {metrics.map((metric) => (
                  <td key={metric}>{value(entry[metric])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dataset.source?.text ? <p className="chart__source">{dataset.source.text}</p> : null}
    </figure>
  )
}
