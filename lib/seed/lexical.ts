import type { SeedBlock } from './content/types'

interface Node {
  type: string
  version: number
  [key: string]: unknown
}

interface ElementNode extends Node {
  format: ''
  indent: number
  direction: 'ltr'
  children: Node[]
}

const text = (value: string, format = 0): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})

const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): ElementNode => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children,
  ...extra,
})

const paragraph = (children: Node[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
const BOLD = 1

/**
 * Seed prose as a Lexical editor state. An interview question is a paragraph set wholly in bold, as
 * an editor would type it (the site shows it as a question); an answer opens with the speaker in bold.
 */
export function toLexical(blocks: readonly SeedBlock[], extraNodes: Node[] = []): { root: ElementNode } {
  const children = blocks.map((block): Node => {
    switch (block.type) {
      case 'paragraph':
        return paragraph([text(block.text)])
      case 'heading':
        return element('heading', [text(block.text)], { tag: 'h2' })
      case 'question':
        return paragraph([text(`${block.label}: ${block.text}`, BOLD)])
      case 'answer':
        return paragraph([text(`${block.speaker}: `, BOLD), text(block.text)])
      case 'list':
        return element(
          'list',
          block.items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
          { listType: 'bullet', tag: 'ul', start: 1 },
        )
    }
  })
  return { root: element('root', [...children, ...extraNodes]) }
}

/** A ranking chart block node for an article body. */
export function chartBlockNode(fields: Record<string, unknown> & { id: string }): Node {
  return { type: 'block', version: 2, format: '', fields: { blockName: '', blockType: 'rankingChart', ...fields } }
}
