import { getTranslations } from 'next-intl/server'

import type { RankingMetric } from '@/collections/ranking-datasets'
import { formatNumber } from '@/lib/format'
import type { Locale } from '@/lib/i18n/routing'
import type { ChartRow } from '@/lib/rankings/chart-data'
import { economyName } from '@/lib/rankings/economies'

interface RankingTableProps {
  rows: ChartRow[]
  metrics: RankingMetric[]
  showPrevious: boolean
  locale: Locale
}

/** The chart's figures as a table: the same numbers, readable without the picture. */
export async function RankingTable({ rows, metrics, showPrevious, locale }: RankingTableProps) {
  const t = await getTranslations({ locale, namespace: 'chart' })
  const value = (n: number | null) => (n === null ? t('notAvailable') : formatNumber(n, locale))
  return (
    <div className="chart__scroll">
      <table className="chart__table">
        <thead>
          <tr>
            <th scope="col">{t('rank')}</th>
            {showPrevious ? <th scope="col">{t('previousRank')}</th> : null}
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
          {rows.map((row) => (
            <tr key={row.rank} className={row.highlighted ? 'is-highlighted' : undefined}>
              <td>{row.rank}</td>
              {showPrevious ? <td>{row.previousRank ?? t('new')}</td> : null}
              <th scope="row">{row.name}</th>
              <td>{row.economies.map((code) => economyName(code, locale)).join(locale === 'zh' ? '、' : ', ')}</td>
              {metrics.map((metric) => (
                <td key={metric} data-metric={metric}>
                  {value(row.values[metric])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
