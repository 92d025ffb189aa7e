'use client'

import { usePathname } from 'next/navigation'

import { htmlLang, type Locale, localeGroup } from '@/lib/i18n/routing'

interface LanguageSwitchProps {
  target: Locale
  label: string
  description: string
}

const LOCALE_PREFIX = new RegExp(`^/${localeGroup}(?=/|$)`)

/** Links to the same path in the other language; rendered on the server, so it works without JavaScript. */
export function LanguageSwitch({ target, label, description }: LanguageSwitchProps) {
  const pathname = usePathname() ?? '/'
  const rest = pathname.replace(LOCALE_PREFIX, '')
  return (
    <a
      className="language-switch"
      href={`/${target}${rest}`}
      hrefLang={htmlLang(target)}
      lang={htmlLang(target)}
      aria-label={description}
    >
      {label}
    </a>
  )
}
