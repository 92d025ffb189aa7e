import createMDX from '@next/mdx'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')
const withMDX = createMDX({})

const config: NextConfig = {
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  // harfbuzzjs finds its .wasm with require.resolve, which a bundle turns into a module id.
  serverExternalPackages: ['subset-font', 'harfbuzzjs'],
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  experimental: {
    turbopackFileSystemCacheForBuild: false,
  },
}

export default withPayload(withNextIntl(withMDX(config)), { devBundleServerPackages: false })
