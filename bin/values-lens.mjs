#!/usr/bin/env node
// The values-lens command. The CLI and its ruleset are built into dist/ by `npm install` (prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('values-lens: the CLI is not built yet. Run `npm run build:core` in the project folder.');
  process.exit(2);
}
const { main } = await import(cli);
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
