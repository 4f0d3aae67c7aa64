/** Output formats: eslint-like text lines for people, a stable JSON array for tools. */
import type { CandourChecklist, Finding, LetterSummary, Lens } from '../engine/types.js';

export interface FileReport {
  file: string;
  findings: Finding[];
  summary: LetterSummary;
}

/** The JSON shape documented in the README. Keep it stable: tools depend on it. */
export function toJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
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
        url: f.url,
      })),
      summary: {
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
  );
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

/** file:line:col  severity  lens  message  rule-id, then a summary line per file. */
export function toText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  let total = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      const fix = f.suggestions.length ? ` Try: ${f.suggestions.map((s) => (s === '' ? '(delete)' : `"${s}"`)).join(' or ')}.` : '';
      lines.push(`${r.file}:${f.line}:${f.column}  ${f.severity}  ${f.lens}  "${f.actual.replace(/\s+/g, ' ').slice(0, 60)}": ${f.message}${fix}  ${f.ruleId}`);
    }
    total += r.findings.length;
    const byLens = (Object.entries(r.summary.counts) as Array<[Lens, number]>).filter(([, n]) => n > 0).map(([l, n]) => `${n} ${l}`);
    const read = r.summary.readability;
    let summary = `${r.file}: ${plural(r.findings.length, 'finding')}${byLens.length ? ` (${byLens.join(', ')})` : ''}; reading age ${read.readingAge}; average sentence ${read.averageSentenceWords} words, longest ${read.longestSentenceWords}`;
    if (r.summary.candour.applies) {
      summary += r.summary.candour.missing.length
        ? `; candour: missing ${r.summary.candour.missing.map((m) => CANDOUR_WORDS[m]).join(', ')}`
        : '; candour: complete';
    }
    for (const c of r.summary.checklist) summary += `\n  letter: ${c.message}  ${c.ruleId}`;
    lines.push(summary, '');
  }
  lines.push(total ? `${plural(total, 'finding')} in ${plural(reports.length, 'file')}` : `No findings in ${plural(reports.length, 'file')}`);
  return lines.join('\n') + '\n';
}
