import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { listConverters } from '@/components/article/rich-text-lists'

interface Node extends SerializedLexicalNode {
  [key: string]: unknown
}

const text = (value: string): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})
const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children,
  ...extra,
})
const list = (listType: 'bullet' | 'number' | 'check', items: Node[][], start = 1) =>
  element(
    'list',
    items.map((children, index) =>
      element('listitem', children, { value: start + index, checked: listType === 'check' ? index === 0 : undefined }),
    ),
    { listType, tag: listType === 'number' ? 'ol' : 'ul', start },
  )

function render(...nodes: Node[]) {
  const data: SerializedEditorState = {
    root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: nodes },
  }
  return renderToStaticMarkup(
    createElement(RichText, {
      data,
      converters: ({ defaultConverters }) => ({ ...defaultConverters, ...listConverters }),
    }),
  )
}

describe('rich-text lists', () => {
  it('a bullet list’s items carry no value (HTML allows it only in a numbered list)', () => {
    const html = render(list('bullet', [[text('One')], [text('Two')]]))
    expect(html).toContain('<ul class="list-bullet"><li>One</li><li>Two</li></ul>')
  })

  it('a numbered list keeps its numbers and its start', () => {
    expect(render(list('number', [[text('One')], [text('Two')]]))).toContain(
      '<ol class="list-number"><li value="1">One</li><li value="2">Two</li></ol>',
    )
    expect(render(list('number', [[text('Three')]], 3))).toContain(
      '<ol class="list-number" start="3"><li value="3">Three</li></ol>',
    )
  })

  it('a nested list sits in an item without a marker of its own', () => {
    const html = render(list('bullet', [[text('Outer')], [list('bullet', [[text('Inner')]])]]))
    expect(html).toContain(
      '<li class="nestedListItem" style="list-style-type:none"><ul class="list-bullet"><li>Inner</li></ul></li>',
    )
  })

  it('a check list item is a read-only checkbox labelled by its text, not an <li role="checkbox">', () => {
    const html = render(list('check', [[text('Done')], [text('To do')]]))
    expect(html).not.toContain('role=')
    expect(html).not.toContain('value=')
    expect(html).toContain(
      '<li class="list-item-checkbox list-item-checkbox-checked"><label><input type="checkbox" disabled="" checked=""/> Done</label></li>',
    )
    expect(html).toContain(
      '<li class="list-item-checkbox"><label><input type="checkbox" disabled=""/> To do</label></li>',
    )
  })
})
