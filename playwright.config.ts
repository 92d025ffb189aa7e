import fs from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${port}`

/** Debian's Chromium (Playwright's own download does not work here), or CHROME_PATH. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[]
  const found = candidates.find((candidate) => fs.existsSync(candidate))
  if (!found && !process.env.PLAYWRIGHT_OWN_BROWSER) {
    throw new Error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH to a Chromium binary.')
  }
  return found
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // The production build that `npm test` made; `npm start` applies migrations first.
    // Longer than the test client keeps idle sockets, so a reused connection is never closed under it.
    command: `npm run start -- -p ${port} -H 127.0.0.1 --keepAliveTimeout 65000`,
    url: `${baseURL}/en`,
    timeout: 120_000,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
