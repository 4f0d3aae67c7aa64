/**
 * The manifest settings a deployment changes (wxt.config.ts, docs/deploy.md): the fixed key in
 * Chrome and Edge builds and never in Firefox's; a self-hosted build's update_url, which Chrome and
 * Edge use for every update after the first (the force-install list's URL serves the first only).
 */
import { afterEach, describe, expect, it } from 'vitest';
import config, { EXTENSION_PUBLIC_KEY } from '../../wxt.config.js';
import { extensionId } from './extension-id.js';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;
const manifest = (browser: 'chrome' | 'firefox') =>
  (config.manifest as unknown as ManifestFn)({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });

afterEach(() => {
  delete process.env.VL_UPDATE_URL;
});

describe('the manifest for deployment', () => {
  it('Chrome and Edge get the public key, whose id is the documented one; Firefox gets none', () => {
    expect(manifest('chrome').key).toBe(EXTENSION_PUBLIC_KEY);
    expect(extensionId(EXTENSION_PUBLIC_KEY!)).toBe('epjhijedckjbfjoplhcpjnpoeicjokhh');
    expect(manifest('firefox')).not.toHaveProperty('key');
  });

  it('VL_UPDATE_URL sets update_url for a self-hosted build; without it there is none (store builds)', () => {
    expect(manifest('chrome')).not.toHaveProperty('update_url');
    process.env.VL_UPDATE_URL = 'https://software.example.org/values-lens/updates.xml';
    expect(manifest('chrome').update_url).toBe('https://software.example.org/values-lens/updates.xml');
    expect(manifest('firefox')).not.toHaveProperty('update_url');
  });
});
