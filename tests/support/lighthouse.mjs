// Runs Lighthouse (npm `lighthouse`) in one headless Chromium (Debian's, or CHROME_PATH) over a
// list of URLs. Shared by the SEO test and the benchmark.
import fs from 'node:fs'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export function chromePath() {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate) => candidate && fs.existsSync(candidate),
  )
  if (!found) throw new Error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH.')
  return found
}

/**
 * @param {string[]} urls
 * @param {{ categories: string[], formFactor?: 'mobile' | 'desktop' }} options
 * @returns {Promise<{ url: string, lhr: any }[]>}
 */
export async function runLighthouse(urls, { categories, formFactor = 'mobile' }) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const results = []
    for (const url of urls) {
      const config = {
        extends: 'lighthouse:default',
        settings: {
          onlyCategories: categories,
          formFactor,
          screenEmulation:
            formFactor === 'desktop'
              ? { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }
              : undefined,
          // Mobile defaults otherwise: simulated slow 4G and a 4× slower CPU.
        },
      }
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config)
      results.push({ url, lhr: result.lhr })
    }
    return results
  } finally {
    await chrome.kill()
  }
}
