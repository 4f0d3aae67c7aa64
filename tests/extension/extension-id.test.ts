/**
 * The extension id is fixed by the public key in the built manifest (wxt.config.ts), so a trust's
 * policy can name it before installing (docs/deploy.md). Chrome's id: the SHA-256 of the key's DER
 * bytes, its first 32 hex digits written with the letters a-p for 0-f. The icons the stores ask
 * for are in the manifest, and the key is in the Chrome build only (Firefox uses its gecko id).
 * That Chromium gives the built extension this very id is checked in tests/e2e/extension/extension-id.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionId } from './extension-id.js';

const repo = join(import.meta.dirname, '../..');
const manifest = (dir: string) => JSON.parse(readFileSync(join(repo, '.output', dir, 'manifest.json'), 'utf8'));

describe('the extension id', () => {
  it('of the built Chrome/Edge extension is the one docs/deploy.md gives', () => {
    const key = manifest('chrome-mv3').key;
    expect(typeof key).toBe('string');
    const id = extensionId(key);
    const docs = readFileSync(join(repo, 'docs/deploy.md'), 'utf8');
    const documented = /extension id is `([a-p]{32})`/.exec(docs)?.[1];
    expect(documented, 'docs/deploy.md states "extension id is `...`"').toBeDefined();
    expect(id).toBe(documented);
    // Every example policy in the docs names that id, not another.
    const ids = new Set(docs.match(/\b[a-p]{32}\b/g));
    expect([...ids]).toEqual([id]);
  });

  it('the Firefox build carries no key (Firefox refuses it) and keeps its gecko id, which the docs give too', () => {
    const f = manifest('firefox-mv2');
    expect(f.key).toBeUndefined();
    const gecko = f.browser_specific_settings.gecko.id;
    expect(readFileSync(join(repo, 'docs/deploy.md'), 'utf8')).toContain(`"${gecko}"`);
  });

  it('the Firefox id is a real one in a form addons.mozilla.org accepts, not a placeholder, and does not claim to be the NHS\'s', () => {
    const gecko: string = manifest('firefox-mv2').browser_specific_settings.gecko.id;
    // AMO's two forms: a UUID in braces, or name@domain.
    expect(gecko).toMatch(/^(\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[a-zA-Z0-9-._]+@[a-zA-Z0-9-._]+)$/);
    expect(gecko).not.toMatch(/example\.(org|com|net)|\.invalid$|\.test$|\.localhost$|nhs/i);
  });

  it('both builds list the icons the browsers and stores ask for: 16, 32, 48, 96 and 128 pixels, each a PNG of that size', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const icons = manifest(dir).icons as Record<string, string>;
      expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
      for (const [size, file] of Object.entries(icons)) {
        const png = readFileSync(join(repo, '.output', dir, file));
        // PNG signature, then the IHDR chunk: width and height as 32-bit big-endian numbers at bytes 16 and 20.
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    }
  });
});
