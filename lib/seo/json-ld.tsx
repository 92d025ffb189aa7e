import type { Thing, WithContext } from 'schema-dts'

/**
 * Serializes structured data for a <script type="application/ld+json">. Text from editors cannot
 * close the tag or open a comment: every `<`, `>` and `&` becomes a JSON unicode escape, which
 * parses back to the same characters.
 */
export function serializeJsonLd(data: WithContext<Thing> | WithContext<Thing>[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
