/** The minimal shape of a Lexical node, enough to walk any editor state. */
export interface LexicalNodeLike {
  type?: string
  text?: string
  children?: LexicalNodeLike[]
  [key: string]: unknown
}

export interface LexicalStateLike {
  root?: LexicalNodeLike
}

/** All text of a rich-text value, paragraphs separated by newlines. */
export function lexicalPlainText(state: LexicalStateLike | null | undefined): string {
  const parts: string[] = []
  const walk = (node: LexicalNodeLike) => {
    if (typeof node.text === 'string') parts.push(node.text)
    node.children?.forEach(walk)
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem') parts.push('\n')
  }
  if (state?.root) walk(state.root)
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/** True when the body holds any text or block (an empty editor holds one empty paragraph). */
export function lexicalHasContent(state: LexicalStateLike | null | undefined): boolean {
  const hasAny = (node: LexicalNodeLike): boolean =>
    (typeof node.text === 'string' && node.text.trim() !== '') ||
    node.type === 'block' ||
    node.type === 'upload' ||
    Boolean(node.children?.some(hasAny))
  return Boolean(state?.root && hasAny(state.root))
}
