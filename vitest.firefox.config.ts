/**
 * The Firefox end-to-end suite (tests/e2e/firefox): Debian's Firefox ESR driven over WebDriver
 * BiDi. One file at a time, since each launches its own Firefox on the same pages port.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
