// Programs the test run needs from the operating system: Chromium for Playwright.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = () => fs.existsSync('/usr/bin/apt-get')

export const findChromium = () => [process.env.CHROME_PATH, ...CHROMIUM_PATHS].find((p) => p && fs.existsSync(p))

/** On a Debian machine where we are root, installs Debian's Chromium; elsewhere says how to get one. */
export function ensureChromium() {
  if (findChromium()) return
  if (!isRoot() || !hasApt()) {
    throw new Error('Chromium is needed for the end-to-end tests: install it (Debian: apt-get install chromium) or set CHROME_PATH.')
  }
  console.log('Installing Debian’s chromium for the end-to-end tests (apt-get)…')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
