/** The build refuses bad content and names the file and line, from the API and the command line. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../compiler/errors.js';
import { buildSiteFiles } from '../../site/build.js';
import { FIXTURE } from './helpers.js';

/** A copy of the fixture with one file changed; returns the folder. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vl-site-content-'));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('build errors', () => {
  it('fails on a link to a page that does not exist, naming file and line', async () => {
    const dir = brokenCopy('values/respect.md', (t) => `${t}\nMore in [the missing rule](../rules/no-such-rule.md).\n`);
    const line = lineOf(readFileSync(join(dir, 'values/respect.md'), 'utf8'), 'no-such-rule');
    const error = await buildSiteFiles(dir).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    const messages = (error as ContentErrors).errors.map((e) => e.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`values/respect\\.md:${line}: link to "../rules/no-such-rule.md"`));
  });

  it('fails on an unknown frontmatter field, naming file and line', async () => {
    const dir = brokenCopy('values/respect.md', (t) => t.replace('lens: respect', 'lens: respect\ncolour: red'));
    const error = await buildSiteFiles(dir).then(() => null, (e: unknown) => e);
    expect((error as ContentErrors).errors.map((e) => e.message)).toEqual([expect.stringMatching(/values\/respect\.md:4: unknown field "colour"/)]);
  });

  it('exits non-zero from the command line, prints file:line and writes nothing', () => {
    const dir = brokenCopy('rules/prior-to.md', (t) => t.replace('## Why', '## Why\n\nSee [this](./gone.md).'));
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'site/build.ts', '--content', dir, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/rules\/prior-to\.md:\d+: link to "\.\/gone\.md"/);
    expect(existsSync(out)).toBe(false);
  });
});
