#!/usr/bin/env bash
# The whole suite, as CI runs it: build everything, typecheck, lint, unit and content tests, then
# end-to-end tests in a real Chromium and in Firefox ESR. Ends with one line "N passed, N failed"
# (lint counts as one).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
rm -f artifacts/vitest.json artifacts/firefox.json artifacts/playwright.json
bash scripts/ensure-chromium.sh || exit 1
bash scripts/ensure-firefox.sh || { echo "0 passed, 1 failed"; exit 1; }
npm run build || { echo "0 passed, 1 failed"; exit 1; }
npm run typecheck || { echo "0 passed, 1 failed"; exit 1; }
# A lint failure fails the run, but the tests still run so one report shows everything.
npm run lint
LINT_RC=$?
npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json
VITEST_RC=$?
# The Firefox suite: its own vitest config (it launches Firefox ESR, one test file at a time).
npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile.json=artifacts/firefox.json
FIREFOX_RC=$?
npx playwright test
PLAYWRIGHT_RC=$?
LINT_RC=$LINT_RC VITEST_RC=$VITEST_RC FIREFOX_RC=$FIREFOX_RC PLAYWRIGHT_RC=$PLAYWRIGHT_RC node scripts/summarise-tests.mjs
