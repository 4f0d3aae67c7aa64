/** --severity and --lens narrow everything the user sees the same way: findings, counts, the checklist and the exit code. */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './helpers.js';

// Three warnings (third-person-name "Mrs Khan", reader-as-he-or-she "She": the reader was named
// just before it, failed-to-attend), two advice findings (block-capitals, do-not-hesitate), and
// an advice checklist item (no contact details).
const MIXED = 'Dear Mrs Khan,\n\nMrs Khan came to clinic today. PLEASE BRING YOUR MEDICINES. She failed to attend last time. Do not hesitate to contact us.\n\nYours sincerely,\nDr Patel\n';

let file: string;
beforeAll(() => {
  file = join(tempDir(), 'mixed.txt');
  writeFileSync(file, MIXED);
});

interface Report {
  findings: Array<{ severity: string; lens: string }>;
  summary: { findings: number; counts: Record<string, number>; checklist: Array<{ severity: string; lens: string }> };
}

async function json(args: string[]): Promise<{ code: number | null; report: Report }> {
  const { code, out } = await run(['check', '--format', 'json', ...args, file]);
  return { code, report: JSON.parse(out)[0] };
}

describe('--severity', () => {
  it('the letter has findings of both severities (so the filters below have something to remove)', async () => {
    const { report } = await json([]);
    expect(new Set(report.findings.map((f) => f.severity))).toEqual(new Set(['warning', 'advice']));
    expect(report.summary.checklist.length).toBeGreaterThan(0);
  });

  it('text summary counts only the findings shown', async () => {
    const { code, out } = await run(['check', '--severity', 'warning', file]);
    expect(code).toBe(1);
    const shown = out.split('\n').filter((l) => /:\d+:\d+ {2}/.test(l));
    expect(shown).toHaveLength(3);
    expect(out).toContain('mixed.txt: 3 findings (1 compassion, 2 respect); reading age');
    expect(out).not.toContain('clarity');
    expect(out).not.toContain('letter:'); // the checklist item is advice
  });

  it('with nothing at or above the threshold: 0 findings, no lens counts, exit 0', async () => {
    const { code, out } = await run(['check', '--severity', 'error', file]);
    expect(code).toBe(0);
    expect(out).toMatch(/mixed\.txt: 0 findings; reading age/);
    expect(out).toContain('No findings in 1 file');
  });

  it.each([['advice'], ['warning'], ['error']])('JSON at %s: summary.findings and counts add up to the findings listed', async (severity) => {
    const { report } = await json(['--severity', severity]);
    const rank = { advice: 0, warning: 1, error: 2 } as Record<string, number>;
    for (const f of [...report.findings, ...report.summary.checklist]) expect(rank[f.severity]).toBeGreaterThanOrEqual(rank[severity]);
    expect(report.summary.findings).toBe(report.findings.length);
    expect(Object.values(report.summary.counts).reduce((a, b) => a + b, 0)).toBe(report.findings.length);
  });

  it('--lens narrows the same way (findings, counts, checklist)', async () => {
    const { report } = await json(['--lens', 'compassion']);
    expect(report.findings.map((f) => f.lens)).toEqual(['compassion']);
    expect(report.summary.counts).toEqual({ candour: 0, compassion: 1, respect: 0, clarity: 0 });
    expect(report.summary.checklist.every((c) => c.lens === 'compassion')).toBe(true);
  });
});
