#!/usr/bin/env node
/**
 * Sums vitest's (unit, Firefox) and Playwright's JSON reports into one closing line: "N passed, N
 * failed". The lint run, when test-all.sh passes its exit code as LINT_RC, counts as one check more.
 */
import { readFileSync } from 'node:fs';

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
let passed = 0;
let failed = 0;
let skipped = 0;
// vitest's reports: the unit and content tests, and the Firefox end-to-end suite.
for (const path of ['artifacts/vitest.json', 'artifacts/firefox.json']) {
  const unit = read(path);
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    failed += unit.numFailedTests ?? 0;
    // A file that failed before its tests ran (a hook, a launch) has no failed test to count.
    const filesFailedOutright = (unit.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
    failed += filesFailedOutright;
    skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  } else failed += 1;
}
const e2e = read('artifacts/playwright.json');
if (e2e) {
  const s = e2e.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  // Errors outside any test (the web server's port taken, a config error) run no test at all.
  failed += e2e.errors?.length ?? 0;
} else failed += 1;
if (process.env.LINT_RC !== undefined) {
  if (Number(process.env.LINT_RC) === 0) passed += 1;
  else failed += 1;
}
// A runner that exited non-zero failed, whatever its report says (test-all.sh passes the codes).
for (const name of ['VITEST_RC', 'FIREFOX_RC', 'PLAYWRIGHT_RC']) {
  if (Number(process.env[name] ?? 0) !== 0 && failed === 0) failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
