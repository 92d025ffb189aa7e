/**
 * Whether a URL from an editor may become a link: web and mail/phone addresses and paths of this
 * site. `javascript:`, `data:`, `vbscript:` and anything unknown are refused, whatever their case
 * or the whitespace and control characters hidden in them.
 */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false
  const cleaned = url.replace(/[\p{Cc} ]/gu, '')
  if (!cleaned) return false
  if (/^(\/(?!\/)|#|\?)/.test(cleaned)) return true
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase()
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel'
}

interface LexicalNodeLike {
  type?: string
  fields?: { url?: unknown; linkType?: string }
  children?: LexicalNodeLike[]
}

/** The URLs of external links in a Lexical document that isSafeUrl refuses. */
export function unsafeLinks(state: unknown): string[] {
  const found: string[] = []
  const visit = (node: LexicalNodeLike | undefined) => {
    if (!node || typeof node !== 'object') return
    if (
      (node.type === 'link' || node.type === 'autolink') &&
      node.fields?.linkType !== 'internal' &&
      !isSafeUrl(node.fields?.url)
    ) {
      found.push(String(node.fields?.url ?? ''))
    }
    node.children?.forEach(visit)
  }
  visit((state as { root?: LexicalNodeLike } | null)?.root)
  return found
}
