/**
 * `npm run lint`: typescript-eslint's recommended rules, unused code, no import cycles, and the
 * project's layers (who may import whom, the LAYERS table below). `lintConfig(root)` builds the
 * config for a checkout at `root`, so tests/lint/boundaries.test.ts runs this same config on a
 * scratch tree with every layer in it and proves each boundary is still enforced.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/**
 * Each layer: the folders it may import besides itself and npm packages. A layer's files may import
 * nothing else of this repo. `noPackages` lists npm packages it may not import (`'*'`: none at all).
 */
export const LAYERS = [
  // The pure checker that site, extension and CLI share: no DOM, no Node, no packages.
  { layer: 'engine', may: [], noPackages: ['*'] },
  { layer: 'compiler', may: ['engine'] },
  { layer: 'cli', may: ['engine', 'compiler', 'generated'] },
  // The site builds guidance pages from the content; it shares no UI with the extension today.
  { layer: 'site', may: ['engine', 'compiler'] },
  // Message types and guards: the one contract between the extension's parts.
  { layer: 'extension/protocol', may: ['engine'], noPackages: ['dexie'] },
  // Runs inside other people's pages: IndexedDB there belongs to the page, so no Dexie; it talks to
  // the background by messages only. It renders the finding card and badge from components/.
  { layer: 'extension/in-page', may: ['engine', 'extension/protocol', 'components'], noPackages: ['dexie'] },
  // Router, settings, storage (Dexie), policy.
  { layer: 'extension/background', may: ['engine', 'extension/protocol'] },
  // Popup, side panel, options: clients of the background, through messages.
  { layer: 'extension/pages', may: ['engine', 'extension/protocol', 'components'], noPackages: ['dexie'] },
  // Preact UI, for pages and the in-page card: no extension internals but the protocol.
  { layer: 'components', may: ['engine', 'extension/protocol'], noPackages: ['dexie'] },
  // WXT entrypoints wire the layers together.
  { layer: 'entrypoints', may: ['engine', 'extension', 'components', 'generated'] },
];

/** Development code: who may not import whom (everything else is allowed). */
export const DEV_ZONES = [
  // A build must not depend on test code; a test must not depend on a benchmark's internals.
  { target: 'scripts', from: ['tests', 'bench'], message: 'Scripts build the product: move what they share with tests out of tests/ and bench/.' },
  { target: 'tests', from: ['bench'], message: 'Tests do not depend on the benchmark: move what they share into tests/.' },
];

const SOURCE = '{js,mjs,ts,tsx}';
/** A layer name as a glob of the files it covers, relative to the root. */
const filesOf = (layer) => (layer.includes('*') ? layer : `${layer}/**/*.${SOURCE}`);

function layerZones(root) {
  // One allow-list per layer (a layer listed twice adds to its list).
  const allowed = new Map();
  for (const { layer, may } of LAYERS) allowed.set(layer, [...(allowed.get(layer) ?? []), ...may]);
  return [...allowed].map(([layer, may]) => ({
    target: `${root}/${filesOf(layer)}`,
    from: `${root}/**`,
    // The layer itself, what it may import, and npm packages (restricted by name below).
    except: [layer, ...may, 'node_modules'].map((p) => `${root}/${p.includes('*') ? p : `${p}/**`}`),
    message: `${layer} may import only ${may.length ? may.join(', ') : 'itself'} of this repo (see LAYERS in eslint.config.js).`,
  }));
}

function packageRules() {
  return LAYERS.filter((l) => l.noPackages).map(({ layer, noPackages }) => ({
    files: [filesOf(layer)],
    rules: {
      'no-restricted-imports': ['error', noPackages.includes('*')
        ? { patterns: [{ regex: '^(?!\\.{1,2}/)', message: `${layer}/ imports only its own files: no packages, no node: modules.` }] }
        : { paths: noPackages.map((name) => ({ name, message: `${layer}/ may not use ${name}.` })) }],
    },
  }));
}

/** @param {string} root the checkout's absolute path */
export function lintConfig(root) {
  return defineConfig(
    {
      ignores: ['node_modules/', 'dist/', '.output/', '.wxt/', 'generated/', 'artifacts/', 'test-results/', '.scratch/'],
    },
    js.configs.recommended,
    tseslint.configs.recommended,
    {
      files: [`**/*.${SOURCE}`],
      plugins: { 'import-x': importX },
      languageOptions: { globals: { ...globals.node, ...globals.browser } },
      settings: {
        // import-x reads (for no-cycle) only files with these extensions, with this parser.
        'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
        // Resolves `./x.js` to `./x.ts` as TypeScript's Bundler resolution does.
        'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
      },
      rules: {
        // The whole tree: a cycle means two modules that cannot be understood (or loaded) apart.
        // import-x skips `import type` lines here: they vanish at runtime.
        'import-x/no-cycle': 'error',
        'import-x/no-restricted-paths': ['error', {
          basePath: root,
          zones: [
            ...layerZones(root),
            ...DEV_ZONES.map((z) => ({ ...z, target: `${root}/${z.target}`, from: z.from.map((f) => `${root}/${f}`) })),
          ],
        }],
        // `void x;` only hid an unused import or parameter from the compiler: remove the thing instead.
        'no-restricted-syntax': ['error', {
          selector: "ExpressionStatement > UnaryExpression[operator='void'] > Identifier.argument",
          message: '`void x;` keeps dead code alive: remove the unused import, variable or parameter.',
        }],
        // `_name` marks a parameter an interface requires but this implementation does not read.
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      },
    },
    ...packageRules(),
  );
}

export default lintConfig(import.meta.dirname);
