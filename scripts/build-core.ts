/**
 * The core build, run by `npm install` (prepare) and `npm run build`: compiles content/ into
 * generated/ruleset.json and generated/medical-vocabulary.json, and bundles the CLI, ruleset
 * included, into dist/cli.mjs (and dist/cli-chunks/, loaded by `pack build` only).
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildMedicalVocabularyOrExit } from './build-medical-vocabulary.js';
import { buildRulesetOrExit } from './build-ruleset.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');

// The vocabulary first: the ruleset carries it for the medical-words check.
buildMedicalVocabularyOrExit();
buildRulesetOrExit();
// Chunk names carry a hash: clear the last build's, so old ones do not pile up.
rmSync(join(repo, 'dist/cli-chunks'), { recursive: true, force: true });
await build({
  entryPoints: [join(repo, 'cli/main.ts')],
  outdir: join(repo, 'dist'),
  entryNames: 'cli',
  // `pack build` (the content compiler: unified, remark, yaml) is a chunk of its own, loaded only
  // when asked for: bundled in, it made every `check` start about 200 ms later.
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // mammoth (for .docx) is CommonJS with many files: load it from node_modules at run time.
  external: ['mammoth'],
  banner: { js: "import { createRequire as __vlRequire } from 'node:module'; const require = __vlRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log('cli: dist/cli.mjs');
