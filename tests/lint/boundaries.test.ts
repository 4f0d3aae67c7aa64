/**
 * The layers in eslint.config.js still hold: the real config (lintConfig), run through ESLint's
 * Node API on a scratch tree with one small file in every layer, reports each forbidden import and
 * passes each allowed one. The scratch tree has the target layout of extension/ (protocol, in-page,
 * background, pages), so the rules are proven before the move lands; a rule that stopped matching
 * (a renamed folder, a glob typo, a plugin that stopped resolving .js to .ts) fails here.
 */
import { ESLint, type Linter } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
/** eslint.config.js is plain JavaScript (Node 20 cannot load a TypeScript config without jiti). */
interface LintConfigModule {
  LAYERS: Array<{ layer: string; temporary?: boolean }>;
  lintConfig(root: string): Linter.Config[];
}
const { LAYERS, lintConfig } = (await import(pathToFileURL(join(repo, 'eslint.config.js')).href)) as LintConfigModule;
const BOUNDARY_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports']);

/** One file in each folder, for the probes below to import. */
const TARGETS: Record<string, string> = {
  'engine/e.ts': 'export const e = 1;\n',
  'compiler/c.ts': 'export const c = 1;\n',
  'cli/x.ts': 'export const x = 1;\n',
  'site/s.ts': 'export const s = 1;\n',
  'generated/ruleset.json': '{}\n',
  'extension/protocol/p.ts': 'export const p = 1;\n',
  'extension/in-page/i.ts': 'export const i = 1;\n',
  'extension/background/b.ts': 'export const b = 1;\n',
  'extension/pages/g.ts': 'export const g = 1;\n',
  'components/C.tsx': 'export const C = () => null;\n',
  'entrypoints/w.ts': 'export const w = 1;\n',
  'scripts/build.ts': 'export const build = 1;\n',
  'tests/t.ts': 'export const t = 1;\n',
  'bench/m.ts': 'export const m = 1;\n',
  // Two engine modules that import each other, for no-cycle.
  'engine/ping.ts': "import { pong } from './pong.js';\nexport const ping = () => pong();\n",
  'engine/pong.ts': "import { ping } from './ping.js';\nexport const pong = () => ping;\n",
};

/** [the importing file, what it imports]: each must be reported. */
const FORBIDDEN: Array<[string, string]> = [
  ['engine/probe.ts', '../compiler/c.js'],
  ['engine/probe.ts', '../extension/protocol/p.js'],
  ['engine/probe.ts', 'node:fs'],
  ['engine/probe.ts', 'fs'],
  ['engine/probe.ts', 'dexie'],
  ['compiler/probe.ts', '../site/s.js'],
  ['compiler/probe.ts', '../cli/x.js'],
  ['cli/probe.ts', '../site/s.js'],
  ['cli/probe.ts', '../extension/background/b.js'],
  ['site/probe.ts', '../components/C.js'],
  ['site/probe.ts', '../extension/protocol/p.js'],
  ['extension/protocol/probe.ts', '../background/b.js'],
  ['extension/protocol/probe.ts', '../../components/C.js'],
  ['extension/protocol/probe.ts', 'dexie'],
  ['extension/in-page/probe.ts', 'dexie'],
  ['extension/in-page/probe.ts', '../background/b.js'],
  ['extension/in-page/probe.ts', '../pages/g.js'],
  ['extension/background/probe.ts', '../in-page/i.js'],
  ['extension/background/probe.ts', '../pages/g.js'],
  ['extension/background/probe.ts', '../../components/C.js'],
  ['extension/pages/probe.tsx', 'dexie'],
  ['extension/pages/probe.tsx', '../background/b.js'],
  ['extension/pages/probe.tsx', '../in-page/i.js'],
  ['components/probe.tsx', 'dexie'],
  ['components/probe.tsx', '../extension/background/b.js'],
  ['components/probe.tsx', '../extension/in-page/i.js'],
  ['components/probe.tsx', '../extension/pages/g.js'],
  ['entrypoints/probe.ts', '../scripts/build.js'],
  ['entrypoints/probe.ts', '../tests/t.js'],
  ['scripts/probe.ts', '../tests/t.js'],
  ['scripts/probe.ts', '../bench/m.js'],
  ['tests/probe.ts', '../bench/m.js'],
];

/** Each must pass: what the layer is for. */
const ALLOWED: Array<[string, string]> = [
  ['engine/probe.ts', './e.js'],
  ['compiler/probe.ts', '../engine/e.js'],
  ['compiler/probe.ts', 'node:fs'],
  ['cli/probe.ts', '../compiler/c.js'],
  ['cli/probe.ts', '../generated/ruleset.json'],
  ['site/probe.ts', '../compiler/c.js'],
  ['site/probe.ts', '../engine/e.js'],
  ['extension/protocol/probe.ts', '../../engine/e.js'],
  ['extension/in-page/probe.ts', '../protocol/p.js'],
  ['extension/in-page/probe.ts', '../../components/C.js'],
  ['extension/background/probe.ts', '../protocol/p.js'],
  ['extension/background/probe.ts', 'dexie'],
  ['extension/pages/probe.tsx', '../protocol/p.js'],
  ['extension/pages/probe.tsx', '../../components/C.js'],
  ['components/probe.tsx', '../extension/protocol/p.js'],
  ['components/probe.tsx', 'preact'],
  ['entrypoints/probe.ts', '../extension/background/b.js'],
  ['entrypoints/probe.ts', '../extension/in-page/i.js'],
  ['entrypoints/probe.ts', '../components/C.js'],
  ['scripts/probe.ts', '../compiler/c.js'],
  ['tests/probe.ts', '../extension/background/b.js'],
  ['bench/probe.ts', '../tests/t.js'],
];

let root = '';
let eslint: ESLint;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vl-layers-'));
  for (const [path, text] of Object.entries(TARGETS)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', jsxImportSource: 'preact' } }));
  // Packages resolve as in the repo (dexie, preact).
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: lintConfig(root) });
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The messages a boundary rule gives for `file` importing `spec`. */
async function boundaryProblems(file: string, spec: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${spec}';\n`, { filePath: join(root, file) });
  return result.messages.filter((m) => m.fatal || BOUNDARY_RULES.has(m.ruleId ?? '')).map((m) => `${m.ruleId}: ${m.message}`);
}

// The first lint resolves packages and loads the parser: slow on a loaded machine, so a roomy limit.
describe('layer boundaries (eslint.config.js)', { timeout: 60_000 }, () => {
  it.each(FORBIDDEN)('%s may not import %s', async (file, spec) => {
    expect(await boundaryProblems(file, spec)).not.toEqual([]);
  });

  it.each(ALLOWED)('%s may import %s', async (file, spec) => {
    expect(await boundaryProblems(file, spec)).toEqual([]);
  });

  it('has a forbidden case for every layer', () => {
    const probed = new Set(FORBIDDEN.map(([file]) => dirname(file)));
    const layers = LAYERS.filter((l) => !l.temporary).map((l) => l.layer);
    expect(layers.filter((l) => !probed.has(l))).toEqual([]);
  });

  it('reports an import cycle', async () => {
    const [result] = await eslint.lintFiles([join(root, 'engine/ping.ts')]);
    expect(result.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
