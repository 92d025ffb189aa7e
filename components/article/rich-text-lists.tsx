import type { SerializedListItemNode, SerializedListNode } from '@payloadcms/richtext-lexical'
import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

/**
 * Lists from the rich text as valid HTML. Payload's own converter writes `value` on every <li>, which
 * HTML allows only inside an <ol>, and draws a check list item as an <li role="checkbox"> holding an
 * <input> (a role an <li> may not take, around an interactive element). Here an item keeps its number
 * only in a numbered list, and a check list item is a read-only checkbox with its text as the label.
 */
export const listConverters: JSXConverters<SerializedListItemNode | SerializedListNode> = {
  list: ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: node.children })
    const className = `list-${node.listType}`
    if (node.tag === 'ol') {
      return (
        <ol className={className} start={node.start > 1 ? node.start : undefined}>
          {children}
        </ol>
      )
    }
    return <ul className={className}>{children}</ul>
  },
  listitem: ({ node, nodesToJSX, parent }) => {
    const nested = node.children.some((child) => child.type === 'list')
    const children = nodesToJSX({ nodes: node.children })
    // A nested list sits in an item of its own, without a marker of its own.
    const style = nested ? { listStyleType: 'none' } : undefined
    if ('listType' in parent && parent.listType === 'check') {
      return (
        <li
          className={node.checked ? 'list-item-checkbox list-item-checkbox-checked' : 'list-item-checkbox'}
          style={style}
        >
          {nested ? (
            children
          ) : (
            <label>
              <input type="checkbox" defaultChecked={node.checked === true} disabled /> {children}
            </label>
          )}
        </li>
      )
    }
    const ordered = 'tag' in parent && parent.tag === 'ol'
    return (
      <li className={nested ? 'nestedListItem' : undefined} style={style} value={ordered ? node.value : undefined}>
        {children}
      </li>
    )
  },
}
