/**
 * Renders docs/store/icon.svg into the PNGs the browsers and the stores ask for, with Debian's
 * Chromium (no download). Run after changing the SVG; the PNGs are committed (a few KB), so a
 * build needs no browser. Manifest icons (public/icon/N.png, which WXT adds to the manifest):
 * 16 and 32 (toolbar), 48 (extensions page), 96 (addons.mozilla.org), 128 (install dialog, Chrome
 * Web Store). Store listing only (docs/store/): 300 (Edge Add-ons logo).
 *   npx tsx scripts/render-icons.ts
 */
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const repo = join(dirname(new URL(import.meta.url).pathname), '..');
const svg = readFileSync(join(repo, 'docs/store/icon.svg'), 'utf8');
const targets: Array<[number, string]> = [
  ...[16, 32, 48, 96, 128].map((n): [number, string] => [n, `public/icon/${n}.png`]),
  [300, 'docs/store/icon-300.png'],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const [size, out] of targets) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    mkdirSync(dirname(join(repo, out)), { recursive: true });
    await page.screenshot({ path: join(repo, out), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`${out} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
