/**
 * The browser extension's build: Chrome/Edge (MV3) and Firefox from the same entrypoints.
 * Permissions are as narrow as the job allows; docs/extension.md justifies each one.
 */
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { MANAGED_SCHEMA } from './extension/background/managed-schema.js';
import type { CompiledRuleset } from './engine/index.js';

/**
 * `virtual:rule-list`: each rule's id, title and lens from generated/ruleset.json, for the
 * background and the options page, which never match phrases and so need not carry the tries.
 * Only the content script bundles the whole ruleset.
 */
function rulesetModules() {
  const modules: Record<string, (r: CompiledRuleset) => unknown> = {
    'virtual:rule-list': (r) => ({ rules: r.rules.map(({ id, title, lens }) => ({ id, title, lens })) }),
  };
  return {
    name: 'values-lens-ruleset-modules',
    resolveId: (source: string) => (source in modules ? `\0${source}` : null),
    load(loaded: string) {
      const make = modules[loaded.replace(/^\0/, '')];
      if (!make || !loaded.startsWith('\0')) return null;
      const ruleset = JSON.parse(readFileSync(resolve('generated/ruleset.json'), 'utf8')) as CompiledRuleset;
      return `export default ${JSON.stringify(make(ruleset))};`;
    },
  };
}

/**
 * The Content-Security-Policy of every extension page (options, popup, side panel, guidance).
 * No 'unsafe-inline' for styles: Preact sets style properties through the CSSOM, which the
 * policy does not govern, and every style sheet is a file. No data: images: none are used.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The public half of the extension's signing key, as Chrome and Edge read it from `key`: it fixes
 * the extension id (epjhijedckjbfjoplhcpjnpoeicjokhh) for unpacked and policy installs, so a
 * managed policy can name it before anyone installs it. The private key is not in the repository.
 * A trust that signs its own CRX builds with its own public key in VL_EXTENSION_KEY; a build for the
 * Chrome Web Store, which refuses a manifest with a key, sets VL_EXTENSION_KEY=none (docs/deploy.md).
 */
export const EXTENSION_PUBLIC_KEY = process.env.VL_EXTENSION_KEY === 'none' ? undefined : process.env.VL_EXTENSION_KEY ||
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAt+urKpfAtQJ0/Kap1tihPSbUN85QMyeqeffOmSBTroIG/QMWzCWxJKV9wSEaRSExoa3h2+1+2lf1gvn9Ln4T9DIYSxHfqQEEkbczB9uGNiqgUKvZpoI54x4E029MQwJl/0Ed1adfIoNn+oK9b4XHO4vVtKUHgk8EeoTbbzYRnIs00Y1aU0zEri/n7cT8foyY86N6mdLO3CWpa3+stNc0wCqInbdbzJsLWjpROon+OpwPtrUPflZt2c3D/6eTtUHkw+81RjBKDtdzQjdzbKUUbiGEMoK8/kZwrPs/gNmHSMM3ZRprz3yH2dYkVXE83I6RDOHjbDZXoJ2E4g2oT7XsHwIDAQAB';

/** Where scripts/build-extension.ts writes the guidance pages before WXT copies them in. */
export const GUIDANCE_DIR = resolve('.output/guidance-pages');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // Explicit imports only: the entrypoints stay readable without knowing WXT's auto-import list.
  imports: false,
  vite: () => ({
    plugins: [preact(), rulesetModules()],
    // No modulepreload polyfill: it fetch()es chunks, and our pages make no requests at all.
    // VL_NO_MINIFY=1 keeps function names, for a readable profile (bench/extension-profile.ts).
    build: { target: 'es2022', modulePreload: { polyfill: false }, ...(process.env.VL_NO_MINIFY ? { minify: false } : {}) },
  }),
  manifest: ({ browser }) => ({
    name: 'Values Lens',
    description: 'Checks what you write to patients against guidance on candour, compassion, respect and clarity. Nothing leaves your device.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: 'Values Lens' },
    ...(browser === 'firefox'
      ? {
          // Firefox reads managed storage from policies.json under this id. A UUID of the project's own,
          // in the form addons.mozilla.org accepts; docs/deploy.md says why not name@domain.
          browser_specific_settings: {
            gecko: {
              id: '{0dd0868f-4930-4660-b4ab-f87f8e636bcf}',
              // 140 (the current ESR) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Firefox's declaration that the add-on collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          storage: { managed_schema: 'managed-schema.json' },
          ...(EXTENSION_PUBLIC_KEY ? { key: EXTENSION_PUBLIC_KEY } : {}),
          // A self-hosted CRX updates from the trust's own update manifest (docs/deploy.md); store builds leave it out.
          ...(process.env.VL_UPDATE_URL ? { update_url: process.env.VL_UPDATE_URL } : {}),
        }),
    // The strictest policy every page of ours works under: our own files only, no connections, no
    // plugins, forms, <base> or framing. default-src and img-src matter as much as connect-src: an
    // <img> or stylesheet injected through a bug would otherwise load from anywhere.
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ contents: JSON.stringify(MANAGED_SCHEMA, null, 2), relativeDest: 'managed-schema.json' });
      if (!existsSync(GUIDANCE_DIR)) return;
      for (const file of filesUnder(GUIDANCE_DIR)) {
        files.push({ absoluteSrc: file, relativeDest: join('guidance', relative(GUIDANCE_DIR, file)) });
      }
    },
  },
});
