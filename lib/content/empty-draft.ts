import { type LexicalStateLike, lexicalHasContent } from './lexical'

/**
 * A document read with `locale: 'all'`: each localized field is an object with one entry per
 * language (Payload's generated types describe one language, hence `unknown` here).
 */
export interface DraftContent {
  title?: unknown
  summary?: unknown
  body?: unknown
  cover?: unknown
}

const perLanguage = (value: unknown): unknown[] => (value && typeof value === 'object' ? Object.values(value) : [])
const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''
const isLexicalState = (value: unknown): value is LexicalStateLike =>
  Boolean(value && typeof value === 'object' && 'root' in value)

/**
 * A draft nobody wrote anything in: no title, summary or body in any language and no cover (what
 * the admin's "Create New" stores before the editor types). Such drafts are removed after a day.
 */
export function isEmptyDraft(doc: DraftContent): boolean {
  if (doc.cover || perLanguage(doc.title).some(hasText) || perLanguage(doc.summary).some(hasText)) return false
  return !perLanguage(doc.body).some((body) => isLexicalState(body) && lexicalHasContent(body))
}
