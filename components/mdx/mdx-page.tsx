import type { ComponentType } from 'react'

import type { Locale } from '@/lib/i18n/routing'

/** Renders the MDX file written for this language. */
export function MdxPage({ locale, content }: { locale: Locale; content: Record<Locale, ComponentType> }) {
  const Content = content[locale]
  return (
    <div className="page page--narrow prose">
      <Content />
    </div>
  )
}
