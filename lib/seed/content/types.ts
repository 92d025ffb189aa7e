export type SeedBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string } // a sub-heading (h2) inside the body
  | { type: 'question'; label: string; text: string } // interview question; label 'Q1', 'Q2' … in both languages
  | { type: 'answer'; speaker: string; text: string } // first paragraph of an answer, speaker e.g. 'Yin' / '尹'
  | { type: 'list'; items: string[] }

export interface SeedLocaleText {
  title: string
  summary: string
  body: SeedBlock[]
}

export interface SeedArticle {
  key: string // stable kebab-case ASCII id, unique
  category: 'news-updates' | 'ip-insights' | 'firm-news' | 'policy-and-law'
  tags: string[] // keys from seedTags
  releaseDate: string // 'YYYY-MM-DD'
  status: 'published' | 'draft' | 'scheduled'
  featured?: boolean
  en?: SeedLocaleText // omitted when the article exists only in Chinese
  zh?: SeedLocaleText // omitted when the article exists only in English
  source?: { en: string; zh: string; url?: string } // the "data source" line
  related?: string[] // keys of hand-picked related articles
  cover: { hue: number; motif: 'bars' | 'globe' | 'patent' | 'network' | 'building' | 'scales' } // drives a generated SVG cover image
}

export interface SeedTaxonomy {
  key: string
  en: string
  zh: string
}
