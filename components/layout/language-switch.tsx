'use client'

import { usePathname } from 'next/navigation'

import type { Locale } from '@/lib/i18n/routing'

interface LanguageSwitchProps {
  target: Locale
  label: string
  description: string
}

/** Links to the same path in the other language; rendered on the server, so it works without JavaScript. */
export function LanguageSwitch({ target, label, description }: LanguageSwitchProps) {
  const pathname = usePathname() ?? '/'
  const rest = pathname.replace(/^\/(en|zh)(?=\/|$)/, '')
  return (
    <a className="language-switch" href={`/${target}${rest}`} hrefLang={target === 'zh' ? 'zh-CN' : 'en'} lang={target === 'zh' ? 'zh-CN' : 'en'} aria-label={description}>
      {label}
    </a>
  )
}
