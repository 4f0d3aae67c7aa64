/**
 * scripts/summarise-tests.mjs writes the closing "N passed, N failed" line CI reads. The lint run
 * (LINT_RC from test-all.sh) counts as one check in it: a lint failure must fail the run even
 * when every test passed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/summarise-tests.mjs');
let dir = '';

/** Runs the summary in a scratch folder holding reports of 2 passed unit, 1 passed Firefox and 2 passed Chromium e2e tests. */
function summarise(env: Record<string, string>): { line: string; status: number | null } {
  dir = mkdtempSync(join(tmpdir(), 'vl-summary-'));
  mkdirSync(join(dir, 'artifacts'));
  writeFileSync(join(dir, 'artifacts/vitest.json'), JSON.stringify({ numPassedTests: 2, numFailedTests: 0 }));
  writeFileSync(join(dir, 'artifacts/firefox.json'), JSON.stringify({ numPassedTests: 1, numFailedTests: 0 }));
  writeFileSync(join(dir, 'artifacts/playwright.json'), JSON.stringify({ stats: { expected: 2, unexpected: 0 }, errors: [] }));
  const run = spawnSync(process.execPath, [SCRIPT], { cwd: dir, env: { ...process.env, VITEST_RC: '0', FIREFOX_RC: '0', PLAYWRIGHT_RC: '0', ...env }, encoding: 'utf8' });
  return { line: run.stdout.trim(), status: run.status };
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the closing summary line', () => {
  it('counts a failed lint as a failure and exits non-zero', () => {
    expect(summarise({ LINT_RC: '1' })).toEqual({ line: '5 passed, 1 failed', status: 1 });
  });

  it('counts a clean lint as one passed check', () => {
    expect(summarise({ LINT_RC: '0' })).toEqual({ line: '6 passed, 0 failed', status: 0 });
  });

  it('leaves lint out when it did not run', () => {
    expect(summarise({})).toEqual({ line: '5 passed, 0 failed', status: 0 });
  });

  it('counts a Firefox suite that left no report as a failure', () => {
    const result = summarise({ LINT_RC: '0' });
    expect(result.status).toBe(0);
    rmSync(join(dir, 'artifacts/firefox.json'));
    const run = spawnSync(process.execPath, [SCRIPT], { cwd: dir, env: { ...process.env, VITEST_RC: '0', FIREFOX_RC: '0', PLAYWRIGHT_RC: '0' }, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('4 passed, 1 failed');
    expect(run.status).toBe(1);
  });
});
