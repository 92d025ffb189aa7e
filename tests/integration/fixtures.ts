import { toLexical } from '@/lib/seed/lexical'

let counter = 0

/** A value no other test run or case has used: prefix, time, and a running number. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

/** A one-paragraph Lexical body. */
export const body = (text: string) => toLexical([{ type: 'paragraph', text }])
