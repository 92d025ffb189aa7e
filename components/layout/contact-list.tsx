import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/lib/i18n/routing'
import type { SiteSetting } from '@/payload-types'

const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`

/** The firm's telephones (as tel: links) and offices from the site-settings global. */
export async function ContactList({
  settings,
  locale,
  officesClassName,
}: {
  settings: SiteSetting
  locale: Locale
  officesClassName?: string
}) {
  const t = await getTranslations({ locale, namespace: 'footer' })
  const phones = settings.telephones ?? []
  return (
    <>
      {phones.length ? (
        <p>
          {t('telephone')}{' '}
          {phones.map((phone, index) => (
            <span key={phone.id ?? phone.number}>
              {index > 0 ? (locale === 'zh' ? '、' : ', ') : null}
              <a href={telHref(phone.number)}>{phone.number}</a>
            </span>
          ))}
        </p>
      ) : null}
      <dl className={officesClassName}>
        {(settings.offices ?? []).map((office) => (
          <div key={office.id ?? office.label}>
            <dt>{office.label}</dt>
            <dd>{office.address}</dd>
          </div>
        ))}
      </dl>
    </>
  )
}
