import type { SnippetPart } from '@/lib/search/match'

/**
 * A passage with its matched terms in <mark>. Each part is a text node, which React escapes: markup
 * stored in an article body shows as the characters it is and never becomes HTML.
 */
export function SearchSnippet({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))
}
