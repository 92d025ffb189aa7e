import type { Endpoint } from 'payload'

import { rankingCsvStream } from '@/lib/rankings/export'

/** GET /api/ranking-datasets/:id/csv — the dataset as CSV, with the same columns the importer reads. */
export const datasetCsvEndpoint: Endpoint = {
  path: '/:id/csv',
  method: 'get',
  handler: async (req) => {
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number')
      return Response.json({ error: 'Missing dataset id' }, { status: 400 })
    const dataset = await req.payload
      .findByID({ collection: 'ranking-datasets', id, depth: 0, overrideAccess: false, req, locale: 'en' })
      .catch(() => null)
    if (!dataset) return Response.json({ error: 'Dataset not found' }, { status: 404 })
    return new Response(rankingCsvStream(dataset), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="ranking-${dataset.year}-${dataset.id}.csv"`,
        'Cache-Control': 'public, max-age=60',
      },
    })
  },
}
