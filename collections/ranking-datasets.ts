import type { CollectionConfig, NumberField } from 'payload'

import { rankingEntryProblems } from '@/lib/rankings/validate'

import { anyone, staff } from './access'
import { datasetCsvEndpoint } from './endpoints/dataset-csv'
import { datasetImportEndpoint } from './endpoints/dataset-import'
import { revalidateDatasets } from './hooks/revalidate'

export const RANKING_METRICS = [
  { value: 'pctShare', label: { en: 'Share of PCT filings (%)', zh: 'PCT国际专利申请占比（%）' } },
  { value: 'publicationsShare', label: { en: 'Share of scientific publications (%)', zh: '科学出版物占比（%）' } },
  { value: 'vcDealsShare', label: { en: 'Share of VC deals (%)', zh: '风险投资交易占比（%）' } },
] as const

export type RankingMetric = (typeof RANKING_METRICS)[number]['value']

/** A share in percent; empty means unknown, never zero. */
const shareField = (metric: (typeof RANKING_METRICS)[number]): NumberField => ({
  name: metric.value,
  type: 'number',
  min: 0,
  max: 100,
  label: metric.label,
  admin: { width: '33%', step: 0.1 },
})

export const RankingDatasets: CollectionConfig = {
  slug: 'ranking-datasets',
  labels: {
    singular: { en: 'Ranking dataset', zh: '排名数据集' },
    plural: { en: 'Ranking datasets', zh: '排名数据集' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'updatedAt'], group: { en: 'Data', zh: '数据' } },
  access: { read: anyone, create: staff, update: staff, delete: staff },
  hooks: { afterChange: [revalidateDatasets], afterDelete: [revalidateDatasets] },
  endpoints: [datasetCsvEndpoint, datasetImportEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', zh: '标题' } },
    {
      name: 'year',
      type: 'number',
      required: true,
      min: 1900,
      max: 2100,
      index: true,
      label: { en: 'Year', zh: '年份' },
    },
    {
      name: 'source',
      type: 'group',
      label: { en: 'Source', zh: '数据来源' },
      fields: [
        { name: 'text', type: 'text', localized: true, label: { en: 'Source line', zh: '来源说明' } },
        { name: 'url', type: 'text', label: { en: 'Source URL', zh: '来源链接' } },
      ],
    },
    {
      name: 'metrics',
      type: 'select',
      hasMany: true,
      label: { en: 'Metrics carried', zh: '包含的指标' },
      options: RANKING_METRICS.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'csvImport',
      type: 'ui',
      label: { en: 'Import from CSV', zh: '从CSV导入' },
      admin: { disableListColumn: true, components: { Field: '/components/admin/dataset-import#DatasetImport' } },
    },
    {
      name: 'entries',
      type: 'array',
      label: { en: 'Entries', zh: '条目' },
      labels: { singular: { en: 'Entry', zh: '条目' }, plural: { en: 'Entries', zh: '条目' } },
      validate: (value, { req }) => {
        const problems = rankingEntryProblems((value ?? []) as Parameters<typeof rankingEntryProblems>[0], req)
        return problems.length ? problems.join(' ') : true
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'rank',
              type: 'number',
              required: true,
              min: 1,
              label: { en: 'Rank', zh: '排名' },
              admin: { width: '20%' },
            },
            {
              name: 'previousRank',
              type: 'number',
              min: 1,
              label: { en: 'Previous rank', zh: '上年排名' },
              admin: { width: '20%' },
            },
            {
              name: 'nameEn',
              type: 'text',
              required: true,
              label: { en: 'Cluster (English)', zh: '集群（英文）' },
              admin: { width: '30%' },
            },
            {
              name: 'nameZh',
              type: 'text',
              label: { en: 'Cluster (Chinese)', zh: '集群（中文）' },
              admin: { width: '30%' },
            },
          ],
        },
        {
          name: 'economies',
          type: 'text',
          hasMany: true,
          label: { en: 'Economies (ISO codes)', zh: '经济体（ISO代码）' },
        },
        { type: 'row', fields: RANKING_METRICS.map(shareField) },
        {
          name: 'reference',
          type: 'text',
          label: { en: 'Reported in', zh: '数据出处' },
          admin: { description: { en: "Where this row's figures were reported.", zh: '本行数据的报道来源。' } },
        },
      ],
    },
  ],
}
