import type { Endpoint } from 'payload'

import { adminText } from '@/lib/i18n/admin-text'
import { importRankingCsv } from '@/lib/rankings/import'

import { hasRole } from '../access'

/**
 * POST /api/ranking-datasets/:id/import with { csv, dryRun } — a preview of the changes (dryRun) or
 * the import itself, all or nothing. Errors are listed by row and column in the editor's language.
 */
export const datasetImportEndpoint: Endpoint = {
  path: '/:id/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req, 'admin', 'editor')) {
      const problem = adminText(req, {
        en: 'Only editors and admins may import rankings.',
        zh: '只有编辑和管理员可以导入排名数据。',
      })
      return Response.json({ ok: false, problems: [problem] }, { status: 403 })
    }
    const id = req.routeParams?.id
    const body = (await req.json?.().catch(() => null)) as { csv?: unknown; dryRun?: unknown } | null
    if ((typeof id !== 'string' && typeof id !== 'number') || typeof body?.csv !== 'string') {
      const problem = adminText(req, {
        en: 'Send JSON { "csv": "…", "dryRun": true|false }.',
        zh: '请求须为 JSON：{ "csv": "…", "dryRun": true|false }。',
      })
      return Response.json({ ok: false, problems: [problem] }, { status: 400 })
    }
    const language = req.i18n?.language === 'zh' ? 'zh' : 'en'
    const result = await importRankingCsv(req.payload, {
      id,
      csv: body.csv,
      dryRun: body.dryRun !== false,
      req,
      language,
    })
    return Response.json(result, { status: result.ok ? 200 : result.status })
  },
}
