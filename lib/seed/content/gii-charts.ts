/** The three figures of the GII article, drawn from the 2025 dataset (chart block fields per language). */
export const giiCharts = [
  {
    kind: 'rankMovement',
    topN: 10,
    highlight: [1],
    title: { en: 'Shenzhen–Hong Kong–Guangzhou moves to first place', zh: '深圳—香港—广州集群首次登顶' },
    caption: {
      en: 'Rank in 2025 against rank in 2024 for the ten largest clusters.',
      zh: '规模最大的十个集群2025年与2024年排名对比。',
    },
  },
  {
    kind: 'rankingBar',
    topN: 10,
    highlight: [1],
    title: {
      en: 'The world’s ten largest innovation clusters, GII 2025',
      zh: '2025年全球创新指数：全球规模最大的十个创新集群',
    },
    caption: { en: 'Ranked by size among the top 100 clusters.', zh: '按规模在全球百强集群中的排名。' },
  },
  {
    kind: 'keyMetrics',
    topN: 6,
    highlight: [],
    title: {
      en: 'Clusters in Asia, Europe and the Americas lead on key metrics',
      zh: '亚洲、欧洲和美洲经济体在关键指标上表现突出',
    },
    caption: {
      en: 'Share of the world total of PCT filings, scientific publications and VC deals, in percent; gaps are values not reported.',
      zh: '占全球PCT申请、科学出版物和风险投资交易总量的百分比；空缺表示未公布的数值。',
    },
  },
] as const
