import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { listCategories } from '@/lib/data/taxonomy'
import type { Locale } from '@/lib/i18n/routing'
import { categoryPath, newsPath } from '@/lib/paths'

/** Links to the whole news center and to each category; the current one is marked. */
export async function CategoryFilter({ locale, current }: { locale: Locale; current?: string }) {
  const [categories, t] = await Promise.all([listCategories(locale), getTranslations({ locale, namespace: 'news' })])
  return (
    <nav className="category-filter" aria-label={t('categories')}>
      <ul>
        <li>
          <Link href={newsPath(locale)} aria-current={current ? undefined : 'page'}>
            {t('allCategories')}
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={categoryPath(locale, category.slug ?? '')}
              aria-current={current === category.slug ? 'page' : undefined}
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
