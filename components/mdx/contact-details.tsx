import { ContactList } from '@/components/layout/contact-list'
import { getSiteSettings } from '@/lib/data/site'
import type { Locale } from '@/lib/i18n/routing'

/** The firm's phones and offices from the site-settings global, for MDX pages. */
export async function ContactDetails({ locale }: { locale: Locale }) {
  const settings = await getSiteSettings(locale)
  return (
    <div className="contact-details">
      <ContactList settings={settings} locale={locale} />
    </div>
  )
}
