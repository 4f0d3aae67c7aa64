/** The compiled ruleset and the example letters, for tests that check the extension's logic against real content. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledRuleset } from '../../engine/index.js';
import { CARD_CSS } from '../../extension/protocol/card-css.js';
import type { PageRuleset } from '../../extension/protocol/page-ruleset.js';

const repo = join(import.meta.dirname, '../..');

export function realRuleset(): CompiledRuleset {
  return JSON.parse(readFileSync(join(repo, 'generated/ruleset.json'), 'utf8')) as CompiledRuleset;
}

/** What the background sends a tab with no packs or phrases in force (content:get-ruleset). */
export function realPageRuleset(): PageRuleset {
  return { ruleset: realRuleset(), packRules: {}, css: CARD_CSS };
}

/** The body of every example letter (frontmatter dropped), as a clinician might paste it. */
export function exampleLetters(): string[] {
  const dir = join(repo, 'content/letters');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
}
