/**
 * End-to-end tests in Debian's Chromium (nothing can download a browser here). Two projects: the
 * static site, served locally, and the built extension loaded into a persistent context.
 */
import { defineConfig } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** VL_SITE_PORT: another port, so two checkouts on one machine can run the site tests at once. */
export const SITE_PORT = Number(process.env.VL_SITE_PORT ?? 4173);
/** Chromium flags for this machine: root, no GPU, no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'artifacts/test-results',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  // Each extension test starts a fresh browser, whose first check waits for the background to send
  // the ruleset and the tab to build its checker: a second or two on a quiet machine, more than
  // Playwright's default 5 s on a loaded one (a fresh-clone CI run once failed there). Polls still
  // end as soon as they pass; this only moves the point at which a slow machine counts as broken.
  expect: { timeout: 12_000 },
  reporter: [['list'], ['json', { outputFile: 'artifacts/playwright.json' }]],
  use: {
    headless: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
  },
  projects: [
    { name: 'site', testDir: 'tests/e2e/site' },
    { name: 'extension', testDir: 'tests/e2e/extension' },
  ],
  webServer: {
    command: `node scripts/serve-static.mjs dist/site ${SITE_PORT}`,
    url: `http://127.0.0.1:${SITE_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
