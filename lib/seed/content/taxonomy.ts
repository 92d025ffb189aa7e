import type { SeedTaxonomy } from './types'

export const seedCategories: SeedTaxonomy[] = [
  { key: 'news-updates', en: 'News Updates', zh: '新闻动态' },
  { key: 'ip-insights', en: 'IP Insights', zh: '知产观察' },
  { key: 'firm-news', en: 'Firm News', zh: '公司动态' },
  { key: 'policy-and-law', en: 'Policy & Law', zh: '政策法规' },
]

export const seedTags: SeedTaxonomy[] = [
  { key: 'innovation-clusters', en: 'Innovation Clusters', zh: '创新集群' },
  { key: 'wipo', en: 'WIPO', zh: '世界知识产权组织' },
  { key: 'global-innovation-index', en: 'Global Innovation Index', zh: '全球创新指数' },
  { key: 'pct', en: 'PCT Applications', zh: 'PCT国际申请' },
  { key: 'venture-capital', en: 'Venture Capital', zh: '风险投资' },
  { key: 'greater-bay-area', en: 'Greater Bay Area', zh: '粤港澳大湾区' },
  { key: 'shenzhen', en: 'Shenzhen', zh: '深圳' },
  { key: 'trademarks', en: 'Trademarks', zh: '商标' },
  { key: 'patent-drafting', en: 'Patent Drafting', zh: '专利撰写' },
  { key: 'ip-protection', en: 'IP Protection', zh: '知识产权保护' },
  { key: 'utility-models', en: 'Utility Models', zh: '实用新型' },
  { key: 'trade-secrets', en: 'Trade Secrets', zh: '商业秘密' },
  { key: 'cross-border-ecommerce', en: 'Cross-Border E-Commerce', zh: '跨境电商' },
]
