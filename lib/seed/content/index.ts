import { moreArticles } from './articles'
import { giiArticle } from './gii-article'
import type { SeedArticle } from './types'

export { seedCategories, seedTags } from './taxonomy'
export { siteSeed } from './site'

export const seedArticles: SeedArticle[] = [giiArticle, ...moreArticles]
