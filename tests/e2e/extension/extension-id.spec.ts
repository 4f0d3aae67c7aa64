/**
 * Chromium itself gives the built extension the id that its manifest key stands for and that
 * docs/deploy.md gives (the id a trust's ExtensionInstallForcelist and 3rdparty policy name).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, EXTENSION_DIR } from './fixtures.js';
import { extensionId } from '../../extension/extension-id.js';

test('the extension id Chromium gives the build is the documented one', async ({ browser2 }) => {
  const key = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).key;
  const documented = /extension id is `([a-p]{32})`/.exec(readFileSync('docs/deploy.md', 'utf8'))?.[1];
  expect(browser2.extensionId).toBe(extensionId(key));
  expect(browser2.extensionId).toBe(documented);
});
