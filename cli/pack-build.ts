/**
 * values-lens pack build DIR [--out FILE]: builds a trust's rule pack (compiler/pack/build-pack.ts)
 * and writes the pack file. Errors go to standard error as file:line: problem, one per line, and
 * nothing is written.
 */
import { writeFileSync } from 'node:fs';
import { buildPack } from '../compiler/pack/build-pack.js';
import { ContentErrors } from '../compiler/errors.js';
import type { CompiledRuleset } from '../engine/types.js';
import { visible } from './visible.js';
import type { Io } from './io.js';

export function packBuild(dir: string, out: string | undefined, base: CompiledRuleset, io: Io): number {
  let built;
  try {
    built = buildPack(dir, base);
  } catch (e) {
    if (!(e instanceof ContentErrors)) throw e;
    for (const error of e.errors) io.stderr.write(`${visible(error.message)}\n`);
    io.stderr.write(`values-lens: ${e.errors.length} error${e.errors.length === 1 ? '' : 's'} in the pack; no pack file written\n`);
    return 1;
  }
  const { pack } = built;
  const file = out ?? `${pack.name}-${pack.version}.pack.json`;
  try {
    writeFileSync(file, built.json);
  } catch (e) {
    io.stderr.write(`values-lens: ${visible(file)}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const flagging = pack.phrases.filter((p) => !p.role).length;
  io.stdout.write(
    `${visible(pack.name)} ${visible(pack.version)} (${visible(pack.organisation)}): ${pack.rules.length} rule${pack.rules.length === 1 ? '' : 's'}, ` +
      `${flagging} phrasing${flagging === 1 ? '' : 's'}, ${built.examples} examples passed\n` +
      `wrote ${visible(file)} (${built.json.length.toLocaleString('en-GB')} bytes)\n`,
  );
  return 0;
}
