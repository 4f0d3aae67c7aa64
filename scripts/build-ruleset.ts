/**
 * Compiles content/ into generated/ruleset.json. On any content error it prints every error
 * (file:line: problem), writes nothing, and exits 1: nothing half-built is emitted.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadContent } from '../compiler/load-content.js';
import { ContentErrors } from '../compiler/errors.js';
import { countPhrasings } from '../compiler/compile-ruleset.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');

export function buildRuleset(outDir = join(repo, 'generated')): void {
  const started = performance.now();
  const content = loadContent(join(repo, 'content'));
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, 'ruleset.json');
  writeFileSync(`${target}.tmp`, JSON.stringify(content.ruleset));
  renameSync(`${target}.tmp`, target);
  const ms = Math.round(performance.now() - started);
  console.log(
    `ruleset: ${content.rules.length} rules, ${countPhrasings(content.ruleset)} phrasings, ${content.letters.length} letters -> generated/ruleset.json (${ms} ms)`,
  );
}

/** buildRuleset for command lines: content errors are printed (file:line: problem) and exit 1. */
export function buildRulesetOrExit(): void {
  try {
    buildRuleset();
  } catch (e) {
    if (e instanceof ContentErrors) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) buildRulesetOrExit();
