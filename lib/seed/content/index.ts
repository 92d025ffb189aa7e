import { moreArticles } from './articles'
import { giiArticle } from './gii-article'
import type { SeedArticle } from './types'

export { GII_ARTICLE_SLUG } from './gii-article'
export { seedCategories, seedTags } from './taxonomy'
export { siteSeed } from './site'

export const seedArticles: SeedArticle[] = [giiArticle, ...moreArticles]
