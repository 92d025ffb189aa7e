import type { DocumentId } from '@/lib/db/document-id'

export interface RelatedCandidate {
  id: DocumentId
  releaseDate: string
}

export const RELATED_LIMIT = 6

/**
 * Related news: hand-picked articles first (in the editor's order), then automatic ones (sharing a
 * tag or the category) newest first; never the article itself, no duplicates, at most six. Both
 * lists must already hold only articles readable in the current language.
 */
export function pickRelated<T extends RelatedCandidate>(
  currentId: DocumentId,
  handPicked: readonly T[],
  automatic: readonly T[],
  limit = RELATED_LIMIT,
): T[] {
  const seen = new Set<string>([String(currentId)])
  const result: T[] = []
  const byNewest = [...automatic].sort((a, b) => Date.parse(b.releaseDate) - Date.parse(a.releaseDate))
  for (const candidate of [...handPicked, ...byNewest]) {
    if (result.length >= limit) break
    const key = String(candidate.id)
    if (seen.has(key)) continue
    seen.add(key)
    result.push(candidate)
  }
  return result
}
