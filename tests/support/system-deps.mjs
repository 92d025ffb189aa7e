// Programs the test run needs from the operating system: Chromium for Playwright and Lighthouse,
// xmllint (libxml2-utils) to validate the sitemap against its XML schema, Java 17+ for the Nu HTML
// Checker (vnu-jar), Varnish with xkey and Redis for the system tests.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = () => fs.existsSync('/usr/bin/apt-get')
const onPath = (program) => (process.env.PATH ?? '').split(':').some((dir) => dir && fs.existsSync(`${dir}/${program}`))

const hasVarnish = () => onPath('varnishd') || fs.existsSync('/usr/sbin/varnishd')
/** Debian's varnish-modules puts the xkey module beside Varnish's own, under the machine's triplet. */
const hasXkey = () =>
  fs.existsSync('/usr/lib') &&
  fs.readdirSync('/usr/lib').some((dir) => fs.existsSync(`/usr/lib/${dir}/varnish/vmods/libvmod_xkey.so`))

export const findChromium = () => [process.env.CHROME_PATH, ...CHROMIUM_PATHS].find((p) => p && fs.existsSync(p))

/** On a Debian machine where we are root, installs what is missing; elsewhere says how to get it. */
export function ensureSystemPrograms() {
  const missing = []
  if (!findChromium()) missing.push({ pkg: 'chromium', why: 'Chromium for the end-to-end tests (or set CHROME_PATH)' })
  if (!onPath('xmllint')) missing.push({ pkg: 'libxml2-utils', why: 'xmllint to validate the sitemap' })
  // Without Java the HTML check skips itself (fails under CI), so it is installed only where we can.
  const canInstall = isRoot() && hasApt()
  if (!onPath('java') && !process.env.JAVA_HOME && canInstall)
    missing.push({ pkg: 'default-jre-headless', why: 'Java for the Nu HTML Checker' })
  // The system tests' front cache and shared cache: skipped without them (failing under CI), so
  // likewise installed only where we can.
  if (canInstall && (!hasVarnish() || !hasXkey()))
    missing.push({ pkg: 'varnish varnish-modules', why: 'Varnish with its xkey module for the edge-cache tests' })
  if (canInstall && !onPath('redis-server')) missing.push({ pkg: 'redis-server', why: 'Redis for the scale-out test' })
  if (!missing.length) return
  if (!isRoot() || !hasApt()) {
    throw new Error(
      `Needed for the end-to-end tests: ${missing.map(({ pkg, why }) => `${why} (Debian: apt-get install ${pkg})`).join('; ')}.`,
    )
  }
  console.log(`Installing Debian packages for the end-to-end tests: ${missing.map(({ pkg }) => pkg).join(', ')}…`)
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map(({ pkg }) => pkg)], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
