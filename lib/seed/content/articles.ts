import type { SeedArticle } from './types'
import { articlesPart1 } from './articles-1'
import { articlesPart2 } from './articles-2'

export const moreArticles: SeedArticle[] = [...articlesPart1, ...articlesPart2]
