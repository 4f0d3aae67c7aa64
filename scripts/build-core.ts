/**
 * The core build, run by `npm install` (prepare) and `npm run build`: compiles content/ into
 * generated/ruleset.json and generated/medical-vocabulary.json, and bundles the CLI, ruleset
 * included, into dist/cli.mjs.
 */
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { buildMedicalVocabularyOrExit } from './build-medical-vocabulary.js';
import { buildRulesetOrExit } from './build-ruleset.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');

// The vocabulary first: the ruleset carries it for the medical-words check.
buildMedicalVocabularyOrExit();
buildRulesetOrExit();
await build({
  entryPoints: [join(repo, 'cli/main.ts')],
  outfile: join(repo, 'dist/cli.mjs'),
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
