/** Output formats: eslint-like text lines for people, a stable JSON array for tools. */
import type { Audience, CandourChecklist, Finding, LetterSummary, Lens } from '../engine/types.js';
import type { PackedRule } from '../engine/pack/index.js';
import { jsonSafe, visible } from './visible.js';

/** The pack behind a rule id, if it comes from one (check --pack). */
export type PackOf = (ruleId: string) => PackedRule | undefined;
const noPacks: PackOf = () => undefined;

export interface FileReport {
  file: string;
  /** Who the file was checked as written to (--audience, or what the file says). */
  audience: Audience;
  findings: Finding[];
  summary: LetterSummary;
}

/** The JSON shape documented in the README. Keep it stable: tools depend on it. */
export function toJson(reports: readonly FileReport[], packOf: PackOf = noPacks): string {
  return jsonSafe(JSON.stringify(
    reports.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        lens: f.lens,
        severity: f.severity,
        start: f.start,
        end: f.end,
        line: f.line,
        column: f.column,
        actual: f.actual,
        message: f.message,
        suggestions: f.suggestions,
        // A pack rule has no page on the guidance site: its explanation is in the pack file.
        ...packFields(f.ruleId, f.url, packOf),
      })),
      summary: {
        audience: r.audience,
        findings: r.findings.length,
        counts: r.summary.counts,
        readingAge: r.summary.readability.readingAge,
        words: r.summary.readability.words,
        sentences: r.summary.readability.sentences,
        averageSentenceWords: r.summary.readability.averageSentenceWords,
        longestSentenceWords: r.summary.readability.longestSentenceWords,
        candour: r.summary.candour,
        checklist: r.summary.checklist.map((c) => ({ ruleId: c.ruleId, lens: c.lens, severity: c.severity, line: c.line, column: c.column, message: c.message, url: c.url })),
      },
    })),
    null,
    2,
  ));
}

function packFields(ruleId: string, url: string, packOf: PackOf): { url: string | null; pack?: { name: string; version: string; organisation: string } } {
  const packed = packOf(ruleId);
  if (!packed) return { url };
  const { name, version, organisation } = packed.pack;
  return { url: null, pack: { name, version, organisation } };
}

const CANDOUR_WORDS: Record<CandourChecklist['missing'][number], string> = {
  apology: 'apology',
  account: 'account of what happened',
  'next-steps': 'next steps',
  support: 'support',
  contact: 'named contact',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The first n characters of s, counting a surrogate pair as one (so none is cut in half). */
function firstChars(s: string, n: number): string {
  let end = 0;
  for (let k = 0; k < n && end < s.length; k++) end += s.codePointAt(end)! > 0xffff ? 2 : 1;
  return s.slice(0, end);
}

/**
 * file:line:col  severity  lens  message  rule-id, then a summary line per file. Every piece that
 * comes from a file name, a letter or the ruleset goes through visible(): it is printed on a terminal.
 */
export function toText(reports: readonly FileReport[], packOf: PackOf = noPacks): string {
  const lines: string[] = [];
  let total = 0;
  for (const r of reports) {
    const file = visible(r.file);
    for (const f of r.findings) {
      const fix = f.suggestions.length ? ` Try: ${f.suggestions.map((s) => (s === '' ? '(delete)' : `"${visible(s)}"`)).join(' or ')}.` : '';
      // Cut, then escape: an escape like \x1b is never cut in half, and a cut-off sequence is shown, not run.
      const actual = visible(firstChars(f.actual.replace(/\s+/g, ' '), 60));
      const packed = packOf(f.ruleId);
      const pack = packed ? `  (pack ${visible(packed.pack.name)} ${visible(packed.pack.version)})` : '';
      lines.push(`${file}:${f.line}:${f.column}  ${f.severity}  ${f.lens}  "${actual}": ${visible(f.message)}${fix}  ${visible(f.ruleId)}${pack}`);
    }
    total += r.findings.length;
    const byLens = (Object.entries(r.summary.counts) as Array<[Lens, number]>).filter(([, n]) => n > 0).map(([l, n]) => `${n} ${l}`);
    const read = r.summary.readability;
    // The audience is named when it is not the default, so a letter checked as one to a carer says so.
    const to = r.audience === 'patient' ? '' : ` (checked as written to: ${r.audience})`;
    let summary = `${file}${to}: ${plural(r.findings.length, 'finding')}${byLens.length ? ` (${byLens.join(', ')})` : ''}; reading age ${read.readingAge}; average sentence ${read.averageSentenceWords} words, longest ${read.longestSentenceWords}`;
    if (r.summary.candour.applies) {
      summary += r.summary.candour.missing.length
        ? `; candour: missing ${r.summary.candour.missing.map((m) => CANDOUR_WORDS[m]).join(', ')}`
        : '; candour: complete';
    }
    for (const c of r.summary.checklist) summary += `\n  letter: ${visible(c.message)}  ${c.ruleId}`;
    lines.push(summary, '');
  }
  lines.push(total ? `${plural(total, 'finding')} in ${plural(reports.length, 'file')}` : `No findings in ${plural(reports.length, 'file')}`);
  return lines.join('\n') + '\n';
}
