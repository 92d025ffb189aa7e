import Image from 'next/image'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { isSafeUrl } from '@/lib/content/safe-url'
import { getSiteSettings } from '@/lib/data/site'
import type { Locale } from '@/lib/i18n/routing'
import type { Media } from '@/payload-types'

import { ContactList } from './contact-list'

function QrCode({ image, caption }: { image?: Media | number | string | null; caption?: string | null }) {
  if (!image || typeof image !== 'object' || !image.url) return null
  return (
    <figure className="site-footer__qr">
      <Image src={image.url} alt={image.alt ?? ''} width={112} height={112} unoptimized />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations({ locale, namespace: 'footer' })])
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <section className="site-footer__contact" aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="site-footer__heading">
            {t('contact')}
          </h2>
          <ContactList settings={settings} locale={locale} officesClassName="site-footer__offices" />
        </section>
        <section className="site-footer__wechat" aria-label={t('followUs')}>
          <QrCode image={settings.wechatService?.image} caption={settings.wechatService?.caption} />
          <QrCode image={settings.wechatSubscription?.image} caption={settings.wechatSubscription?.caption} />
        </section>
      </div>
      <div className="site-footer__legal">
        <span>{settings.copyright}</span>
        {settings.icp?.number ? (
          <a
            href={isSafeUrl(settings.icp.url) ? settings.icp.url : 'https://beian.miit.gov.cn/'}
            rel="noopener"
            target="_blank"
          >
            {settings.icp.number}
          </a>
        ) : null}
        {settings.seoTagsLink?.label ? (
          <Link href={`/${locale}${settings.seoTagsLink.href ?? '/tags'}`}>{settings.seoTagsLink.label}</Link>
        ) : null}
      </div>
    </footer>
  )
}
