import { getTranslations } from 'next-intl/server'

import { getSiteSettings } from '@/lib/data/site'
import type { Locale } from '@/lib/i18n/routing'

/** The firm's phones and offices from the site-settings global, for MDX pages. */
export async function ContactDetails({ locale }: { locale: Locale }) {
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations({ locale, namespace: 'footer' })])
  return (
    <div className="contact-details">
      <p>
        {t('telephone')}{' '}
        {(settings.telephones ?? []).map((phone, index) => (
          <span key={phone.id ?? phone.number}>
            {index > 0 ? (locale === 'zh' ? '、' : ', ') : null}
            <a href={`tel:${phone.number.replace(/[^\d+]/g, '')}`}>{phone.number}</a>
          </span>
        ))}
      </p>
      <dl>
        {(settings.offices ?? []).map((office) => (
          <div key={office.id ?? office.label}>
            <dt>{office.label}</dt>
            <dd>{office.address}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
