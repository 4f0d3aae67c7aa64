/**
 * check --pack FILE: reads each pack file (at most 5 MB read, as for letters; the pack reader then
 * holds it to its own limit) and merges them into the ruleset. A pack that cannot be used stops the
 * run: checking without a rule the trust asked for would pass letters it should not.
 */
import { PackError, readPack, withPacks, type PackFile, type RulesetWithPacks } from '../engine/pack/index.js';
import type { CompiledRuleset } from '../engine/types.js';
import { InputError } from './input-error.js';
import { readFileCapped } from './read-capped.js';

export async function loadPacks(base: CompiledRuleset, files: readonly string[]): Promise<RulesetWithPacks> {
  const packs: PackFile[] = [];
  for (const file of files) {
    const bytes = await readFileCapped(file);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(file, 'is not a pack file (not UTF-8 text)');
    }
    try {
      packs.push(readPack(text));
    } catch (e) {
      // One line (the CLI escapes line breaks in what it prints): the problems joined by "; ".
      if (e instanceof PackError) throw new InputError(file, `this pack cannot be used: ${e.problems.join('; ')}`);
      throw e;
    }
  }
  try {
    return withPacks(base, packs);
  } catch (e) {
    if (e instanceof PackError) throw new InputError(files.join(', '), `these packs cannot be used together: ${e.problems.join('; ')}`);
    throw e;
  }
}
