/** The worked example pack (examples/packs/example-trust), built once by the real CLI from its TypeScript source. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = process.cwd();
let built: string | null = null;

/** The path of example-trust.pack.json, as `values-lens pack build` writes it. */
export function examplePack(): string {
  if (built) return built;
  const out = join(mkdtempSync(join(tmpdir(), 'vl-pack-')), 'example-trust.pack.json');
  const tsx = pathToFileURL(join(repo, 'node_modules/tsx/dist/esm/index.mjs')).href;
  execFileSync(process.execPath, ['--import', tsx, join(repo, 'tests/cli/source-bin.ts'), 'pack', 'build', join(repo, 'examples/packs/example-trust'), '--out', out], { stdio: 'pipe', timeout: 120_000 });
  return (built = out);
}

export const EXAMPLE_LETTER = readFileSync(join(repo, 'examples/packs/example-trust/sample-letter.txt'), 'utf8');
