import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/lib/i18n/routing'

interface PaginationProps {
  locale: Locale
  page: number
  totalPages: number
  href: (page: number) => string
}

/** Crawlable page links: previous, numbered pages around the current one, next. */
export async function Pagination({ locale, page, totalPages, href }: PaginationProps) {
  if (totalPages <= 1) return null
  const t = await getTranslations({ locale, namespace: 'news' })
  const numbers = Array.from({ length: totalPages }, (_, index) => index + 1).filter(
    (n) => n === 1 || n === totalPages || Math.abs(n - page) <= 2,
  )
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      <ol>
        {numbers.map((n, index) => (
          <li key={n}>
            {index > 0 && n - numbers[index - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <Link href={href(n)} aria-label={t('pageOf', { page: n, total: totalPages })}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  )
}
