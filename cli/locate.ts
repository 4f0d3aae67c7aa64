/**
 * Moves the engine's findings from the text it checked to the file: offsets through the input's
 * map, `actual` as the file's own characters (so source.slice(start, end) === actual holds for
 * every format), and line and column from the file's own line breaks.
 */
import type { CheckResult, Finding } from '../engine/types.js';
import { LineIndex } from './lines.js';
import type { Input } from './inputs.js';

export function locate(result: CheckResult, input: Input): CheckResult {
  const lines = new LineIndex(input.source);
  const move = <F extends Finding>(f: F): F => {
    const start = input.toSource(f.start);
    const end = input.toSource(f.end);
    return { ...f, start, end, ...lines.at(start), actual: input.source.slice(start, end) };
  };
  return { findings: result.findings.map(move), summary: { ...result.summary, checklist: result.summary.checklist.map(move) } };
}
