/**
 * No import cycles, type-only imports included, in the folders this check covers. `npm run lint`
 * (import-x/no-cycle) covers the whole tree but only for imports that survive compilation.
 * extension/ is left out until its move into layers lands: extension/policy.ts and
 * extension/settings.ts import each other's types today.
 */
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { importCycles, sourceFiles } from './import-graph.js';

const repo = resolve(import.meta.dirname, '../..');
const COVERED = ['engine', 'compiler', 'cli', 'scripts', 'bench', 'tests'];

describe('import cycles', () => {
  it('finds a cycle made only of type imports (so an empty answer below means something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-cycles-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.js';\nexport interface A { b?: B }\n");
      writeFileSync(join(dir, 'b.ts'), "import { type A } from './a.js';\nexport interface B { a?: A }\n");
      writeFileSync(join(dir, 'c.ts'), "import type { A } from './a.js';\nexport type C = A;\n");
      expect(importCycles(dir, sourceFiles(dir))).toEqual([['a.ts', 'b.ts']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`none in ${COVERED.join(', ')}`, () => {
    const files = COVERED.flatMap((d) => sourceFiles(join(repo, d)));
    expect(files.length).toBeGreaterThan(100);
    expect(importCycles(repo, files)).toEqual([]);
  });
});
