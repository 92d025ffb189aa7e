import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardApi } from '@/lib/http/api-guard'
import { requestErrorsAs400 } from '@/lib/http/graphql-response'

const graphql = GRAPHQL_POST(config)

// Depth and cost limits are validation rules in payload.config.ts; the body limit is the guard's.
export const POST = guardApi(async (request: Request) => requestErrorsAs400(await graphql(request)), config, 'graphql')
export const OPTIONS = REST_OPTIONS(config)
