import type { Block } from 'payload'

import { RANKING_METRICS } from '../ranking-datasets'

/** A chart drawn from a ranking dataset; editors insert it anywhere in an article body. */
export const RankingChartBlock: Block = {
  slug: 'rankingChart',
  interfaceName: 'RankingChartBlock',
  labels: { singular: { en: 'Ranking chart', zh: '排名图表' }, plural: { en: 'Ranking charts', zh: '排名图表' } },
  fields: [
    {
      name: 'dataset',
      type: 'relationship',
      relationTo: 'ranking-datasets',
      required: true,
      label: { en: 'Dataset', zh: '数据集' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'rankingBar',
          label: { en: 'Chart kind', zh: '图表类型' },
          options: [
            { value: 'rankingBar', label: { en: 'Ranking bar', zh: '排名条形图' } },
            { value: 'keyMetrics', label: { en: 'Key metrics', zh: '关键指标' } },
            { value: 'rankMovement', label: { en: 'Rank movement', zh: '排名变化' } },
          ],
        },
        {
          name: 'topN',
          type: 'number',
          required: true,
          defaultValue: 10,
          min: 1,
          max: 50,
          label: { en: 'Entries shown (top N)', zh: '显示条目数（前N名）' },
        },
        {
          name: 'metric',
          type: 'select',
          label: { en: 'Bar length (ranking bar)', zh: '条形长度（排名条形图）' },
          options: RANKING_METRICS.map(({ value, label }) => ({ value, label })),
          admin: { description: { en: 'Empty: bars show rank.', zh: '留空则按排名显示。' } },
        },
      ],
    },
    {
      name: 'highlight',
      type: 'number',
      hasMany: true,
      label: { en: 'Highlight ranks', zh: '突出显示的排名' },
      admin: { description: { en: 'Ranks of clusters to emphasise, e.g. 1.', zh: '需要突出显示的集群排名，例如 1。' } },
    },
    { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' } },
    { name: 'caption', type: 'textarea', label: { en: 'Caption', zh: '说明' } },
  ],
}
