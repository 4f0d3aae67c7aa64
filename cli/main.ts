/**
 * values-lens check: runs the engine over files, folders or standard input. Unreadable files are
 * reported one line each on stderr and the rest are still checked.
 */
import { createChecker } from '../engine/checker.js';
import type { CompiledRuleset } from '../engine/types.js';
import ruleset from '../generated/ruleset.json' with { type: 'json' };
import { parseArgs, UsageError, USAGE } from './args.js';
import { InputError, readInput } from './inputs.js';
import { collectPaths } from './walk.js';
import { toJson, toText, type FileReport } from './format.js';
import { atOrAbove } from './severity.js';
import { locate } from './locate.js';
import { visible } from './visible.js';
import { loadPacks } from './load-packs.js';
import type { RulesetWithPacks } from '../engine/pack/index.js';

import type { Io } from './io.js';

export type { Io };

const VERSION = '0.1.0';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`values-lens: ${visible(e.message)}\n\n${USAGE}\n`);
    return 2;
  }
  if (opts.command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (opts.command === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }

  const base = ruleset as unknown as CompiledRuleset;
  if (opts.command === 'pack-build') {
    // Imported when asked for: only pack build needs the content compiler (unified, remark, yaml).
    const { packBuild } = await import('./pack-build.js');
    return packBuild(opts.paths[0], opts.out, base, io);
  }

  let withPacks: RulesetWithPacks;
  try {
    withPacks = await loadPacks(base, opts.packs);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr.write(`values-lens: ${visible(e.message)}\n`);
    return 2;
  }
  const checker = createChecker(withPacks.ruleset);
  const reports: FileReport[] = [];
  let unreadable = 0;
  for (const item of collectPaths(opts.paths)) {
    if (item.kind === 'error') {
      io.stderr.write(`values-lens: ${visible(item.error.message)}\n`);
      unreadable++;
      continue;
    }
    try {
      const input = await readInput(item.file, io.stdin);
      const audience = opts.audienceGiven ? opts.audience : (input.audience ?? opts.audience);
      const result = locate(atOrAbove(checker.analyse(input.text, { audience, lenses: opts.lenses }), opts.minSeverity), input);
      reports.push({ file: item.file, audience, findings: result.findings, summary: result.summary });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr.write(`values-lens: ${visible(e.message)}\n`); // file names can hold escape sequences
      unreadable++;
    }
  }
  io.stdout.write(opts.format === 'json' ? `${toJson(reports, withPacks.packRule)}\n` : toText(reports, withPacks.packRule));
  if (unreadable) return 2;
  return reports.some((r) => r.findings.length > 0) ? 1 : 0;
}
