import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { GraphQLError, type ValidationRule, getNamedType, getNullableType, isCompositeType, isListType } from 'graphql'
import { type ComplexityEstimator, createComplexityRule } from 'graphql-query-complexity'

import { MAX_PAGE_SIZE } from '@/collections/hooks/request-guards'

/**
 * How much one GraphQL request may ask for. Payload's own `maxComplexity` scores a relationship at
 * a fixed cost however many documents it returns, so `related { related { … } }` 30 deep passed
 * it and expanded exponentially (one such request took the server's heap to 4 GB). These limits
 * count what a query can expand to:
 * - `depth`: fields nested inside each other (fragments included);
 * - `cost`: documents and objects the query may resolve, each list multiplied by its length: a
 *   paginated query by its `limit` (default 10, at most MAX_PAGE_SIZE as the API enforces), any
 *   other list (hasMany relationships, arrays, blocks) by `listLength`. `related`, the one
 *   relationship that leads back to articles, holds at most RELATED_LIMIT (6) entries.
 */
export const GRAPHQL_LIMITS = { depth: 10, cost: 5000, listLength: 10, richTextDepthCost: 10 } as const

const DEFAULT_PAGE_SIZE = 10

const pageSize = (limit: unknown) =>
  typeof limit === 'number' && Number.isFinite(limit) && limit > 0
    ? Math.min(Math.floor(limit), MAX_PAGE_SIZE)
    : DEFAULT_PAGE_SIZE

/** The cost of one field from its type, its arguments and the cost of what is selected inside it. */
export const expansionEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const named = getNamedType(field.type)
  // Scalars cost nothing, except rich text asked to populate its uploads and links to some depth.
  if (!isCompositeType(named))
    return typeof args.depth === 'number' ? Math.max(0, args.depth) * GRAPHQL_LIMITS.richTextDepthCost : 0
  // Introspection (closed in production by Payload) walks a finite schema.
  if (field.name.startsWith('__')) return 1 + childComplexity
  // A paginated query or join: `limit` documents.
  if (field.args.some((arg) => arg.name === 'limit')) return 1 + childComplexity * pageSize(args.limit)
  if (isListType(getNullableType(field.type))) {
    // The `docs` of a paginated result: already multiplied by the query's limit.
    const paginated = 'getFields' in type && 'totalDocs' in type.getFields() && field.name === 'docs'
    return 1 + childComplexity * (paginated ? 1 : GRAPHQL_LIMITS.listLength)
  }
  return 1 + childComplexity
}

const about = (count: number) =>
  !Number.isFinite(count)
    ? 'unboundedly many'
    : count < 1e9
      ? Math.round(count).toLocaleString('en')
      : count.toExponential(1)

/** Validation rules for Payload's `graphQL.validationRules`: an over-limit query fails before it runs. */
export const graphqlLimitRules = (variables: Record<string, unknown> | null | undefined): ValidationRule[] => [
  maxDepthRule({
    n: GRAPHQL_LIMITS.depth,
    // Reported like any validation error (the library's default would throw out of validation: a 500).
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'DEPTH_LIMIT' } }),
        ),
    ],
  }),
  createComplexityRule({
    maximumComplexity: GRAPHQL_LIMITS.cost,
    variables: variables ?? {},
    estimators: [expansionEstimator],
    createError: (max, actual) =>
      new GraphQLError(
        `This query could return about ${about(actual)} documents and objects; ` +
          `the limit is ${max}. Ask for fewer documents (a smaller limit) or fewer nested relationships.`,
        { extensions: { code: 'COST_LIMIT' } },
      ),
  }),
]
