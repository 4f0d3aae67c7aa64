/**
 * Text output is for a terminal: control characters and bidi overrides from a letter or a file
 * name are shown as visible escapes (\x1b, \u202e), never sent raw, and a newline in a file name
 * cannot break the file:line:col shape. JSON keeps every value exact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './helpers.js';

// Anything a terminal would act on or reorder: C0 but tab, DEL, C1, bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job.
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** No line of the output holds anything unsafe (newlines only end lines). */
function expectSafe(out: string) {
  for (const line of out.split('\n')) expect(line).not.toMatch(UNSAFE);
}

// One sentence of 31 words, so sentence-length flags it and prints its start: the escape sequence
// that hides text (ESC[8m) sits inside the first 60 characters, and nothing after it turns it off.
const HIDDEN = 'Dear Sam,\n\nWe are writing \x1b[8mabout your appointment and the results of the tests that were done when you came to see us at the clinic in the spring of this year.\n\nYours sincerely,\nDr Patel\n';
const BIDI = 'Dear Sam,\n\nSam failed to attend \u202eyour appointment\u202c on Monday. Please call us on 0161 496 0000.\n\nYours sincerely,\nDr Patel\n';

let dir: string;
let hidden: string;
let evilName: string;
beforeAll(() => {
  dir = tempDir();
  hidden = join(dir, 'hidden.txt');
  writeFileSync(hidden, HIDDEN);
  evilName = join(dir, 'a\x1b]0;pwned\x07\nfake.txt:1:1  error\u202e.txt');
  writeFileSync(evilName, BIDI);
});

describe('text output escapes what a terminal would act on', () => {
  it('control characters in the letter are shown, not sent (ESC[8m cut at 60 characters)', async () => {
    const { code, out } = await run(['check', hidden]);
    expect(code).toBe(1);
    expectSafe(out);
    expect(out).toContain('We are writing \\x1b[8mabout your appointment');
  });

  it('a file name with escapes, a newline and a bidi override keeps one line per finding', async () => {
    const { code, out } = await run(['check', evilName]);
    expect(code).toBe(1);
    expectSafe(out);
    const lines = out.split('\n');
    const shown = 'a\\x1b]0;pwned\\x07\\nfake.txt:1:1  error\\u202e.txt';
    // Every line naming the file is either a finding (file:line:col) or its summary (file: N findings).
    const naming = lines.filter((l) => l.startsWith(join(dir, shown))).map((l) => l.slice(join(dir, shown).length));
    expect(naming.filter((rest) => /^:\d+:\d+ {2}(advice|warning|error) {2}/.test(rest)).length).toBeGreaterThan(0);
    expect(naming.filter((rest) => /^: \d+ findings?/.test(rest))).toHaveLength(1);
    expect(naming.every((rest) => /^:\d+:\d+ {2}|^: \d+ finding/.test(rest))).toBe(true);
    expect(out).toContain('"failed to attend"');
  });

  it('bidi overrides in the letter are shown as \\u escapes', async () => {
    const letter = join(dir, 'bidi.txt');
    writeFileSync(letter, 'Dear Sam,\n\nWe are writing about \u202eupside down\u202c the results of the tests that were done when you came to see us at the clinic in the spring of this year and the year before.\n\nYours sincerely,\nDr Patel\n');
    const { out } = await run(['check', letter]);
    expect(out).toContain('about \\u202eupside down\\u202c the results');
    expectSafe(out);
  });

  it('an unreadable file with such a name is one escaped line on stderr', async () => {
    const empty = join(dir, 'empty\x1b[2J\n.txt');
    writeFileSync(empty, '');
    const { code, err } = await run(['check', empty, hidden]);
    expect(code).toBe(2);
    expect(err).toBe(`values-lens: ${join(dir, 'empty\\x1b[2J\\n.txt')}: is empty; nothing to check\n`);
  });

  it('a usage error echoing an argument escapes it', async () => {
    const { code, err } = await run(['check', '--\x1b[31mred', 'x.txt']);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe('values-lens: unknown option "--\\x1b[31mred"');
  });
});

describe('JSON output', () => {
  it('keeps file names and letter text exact, and has no raw C1 or bidi characters for a terminal to act on', async () => {
    const { out } = await run(['check', '--format', 'json', evilName]);
    expectSafe(out);
    const [report] = JSON.parse(out);
    expect(report.file).toBe(evilName);
    for (const f of report.findings) expect(BIDI.slice(f.start, f.end)).toBe(f.actual);
  });
});
