/**
 * values-lens pack build DIR and values-lens check --pack FILE: the worked example pack builds to
 * a file, a letter checked with it gets the pack's findings, and the text and JSON output name the
 * pack. A pack that cannot be used stops the run (exit 2) rather than checking without it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, runProcess, tempDir } from './helpers.js';

const repo = join(import.meta.dirname, '../..');
const EXAMPLE = join(repo, 'examples/packs/example-trust');
const LETTER = join(EXAMPLE, 'sample-letter.txt');

async function builtExample(): Promise<string> {
  const out = join(tempDir(), 'example-trust.pack.json');
  const r = await run(['pack', 'build', EXAMPLE, '--out', out]);
  expect(r).toMatchObject({ code: 0, err: '' });
  return out;
}

describe('values-lens pack build', () => {
  it('builds the example pack into one versioned file and says what it holds', async () => {
    const out = join(tempDir(), 'p.json');
    const r = await run(['pack', 'build', EXAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^example-trust 1\.0\.0 \(Example NHS Foundation Trust \(a made-up trust\)\): 4 rules, \d+ phrasings, \d+ examples passed\nwrote .*p\.json \([\d,]+ bytes\)\n$/);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack).toMatchObject({ format: 'values-lens-pack', formatVersion: 1, name: 'example-trust', version: '1.0.0' });
  });

  it('writes NAME-VERSION.pack.json in the current folder without --out', async () => {
    const dir = tempDir();
    const r = await runProcess(['pack', 'build', EXAMPLE], { timeoutMs: 60_000, cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'example-trust-1.0.0.pack.json'))).toBe(true);
  });

  it('a pack with errors: each on standard error as file:line, exit 1, no file written', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    const r = await run(['pack', 'build', join(dir, 'no-such-pack'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/no-such-pack\/pack\.md:1: cannot read: ENOENT\n/);
    expect(r.err).toMatch(/values-lens: 2 errors in the pack; no pack file written\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['pack'], 'pack needs a command: values-lens pack build DIR'],
    [['pack', 'make', 'x'], 'unknown pack command "make"'],
    [['pack', 'build'], 'pack build needs one folder'],
    [['pack', 'build', 'a', 'b'], 'pack build needs one folder'],
    [['pack', 'build', 'a', '--out'], '--out needs a file name'],
    [['pack', 'build', 'a', '--zip'], 'unknown option "--zip" for pack build'],
    [['check', '--pack'], '--pack needs a pack file'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('values-lens check --pack', () => {
  it('finds the pack\'s wording, and the text output names the pack on each of its findings', async () => {
    const pack = await builtExample();
    const without = await run(['check', LETTER]);
    expect(without.out).not.toMatch(/ {2}example-trust\//);
    const r = await run(['check', '--pack', pack, LETTER]);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n').filter((l) => / {2}example-trust\//.test(l));
    expect(lines.map((l) => l.match(/ (example-trust\/[a-z-]+) /)?.[1])).toEqual([
      'example-trust/old-trust-name',
      'example-trust/missed-appointments-policy',
      'example-trust/booking-office-renamed',
      'example-trust/iapt-renamed',
    ]);
    for (const l of lines) expect(l).toMatch(/ {2}\(pack example-trust 1\.0\.0\)$/);
    expect(r.out).toContain('sample-letter.txt:3:1  warning  clarity  "Westmoor Hospitals NHS Trust": Westmoor Hospitals NHS Trust became part of Example NHS Foundation Trust in 2025.');
  });

  it('JSON output: pack findings carry the pack (name, version, organisation) and no site url; built-in findings are unchanged', async () => {
    const pack = await builtExample();
    const r = await run(['check', '--format', 'json', '--pack', pack, LETTER]);
    const [report] = JSON.parse(r.out);
    const own = report.findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('example-trust/'));
    expect(own).toHaveLength(4);
    for (const f of own) {
      expect(f.pack).toEqual({ name: 'example-trust', version: '1.0.0', organisation: 'Example NHS Foundation Trust (a made-up trust)' });
      expect(f.url).toBeNull();
    }
    const builtIn = report.findings.filter((f: { ruleId: string }) => !f.ruleId.includes('/'));
    expect(builtIn.length).toBeGreaterThan(0);
    for (const f of builtIn) {
      expect(f).not.toHaveProperty('pack');
      expect(f.url).toBe(`rules/${f.ruleId}.html`);
    }
    const fix = own.find((f: { ruleId: string }) => f.ruleId === 'example-trust/booking-office-renamed');
    expect(fix).toMatchObject({ actual: 'the Central Booking Office', suggestions: ['the Patient Access Centre'] });
  });

  it('--pack is repeatable: the rules of every pack apply', async () => {
    const first = await builtExample();
    const second = join(tempDir(), 'other.pack.json');
    const other = {
      format: 'values-lens-pack', formatVersion: 1, name: 'other-trust', version: '0.1.0', organisation: 'Other NHS Trust', description: '',
      rules: [{ id: 'memory-clinic', title: 'Memory clinic', lens: 'clarity', severity: 'advice', audiences: ['patient'], values: [], message: 'Our memory clinic is now the Brain Health Service.', suggestions: ['Brain Health Service'], explanation: [], sources: [], related: [] }],
      phrases: [{ rule: 0, phrasing: 'memory clinic' }],
    };
    writeFileSync(second, JSON.stringify(other));
    const r = await run(['check', '--format', 'json', '--pack', first, `--pack=${second}`, LETTER]);
    const ids: string[] = JSON.parse(r.out)[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids.filter((id) => id.includes('/')).sort()).toEqual([
      'example-trust/booking-office-renamed', 'example-trust/iapt-renamed', 'example-trust/missed-appointments-policy', 'example-trust/old-trust-name', 'other-trust/memory-clinic',
    ]);
  });

  it.each([
    ['not JSON', '{"format": "values-lens-pack", ', 'this pack cannot be used: the file is not JSON'],
    ['a settings file', JSON.stringify({ format: 'values-lens-settings', version: 1, customPhrases: [] }), 'this pack cannot be used: the file is not a Values Lens rule pack'],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'is not a pack file (not UTF-8 text)'],
  ])('a pack file that is %s: one line naming it, exit 2, nothing checked', async (_what, content, message) => {
    const file = join(tempDir(), 'bad.pack.json');
    writeFileSync(file, content);
    const r = await run(['check', '--pack', file, LETTER]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`values-lens: ${file}: ${r.err.slice(`values-lens: ${file}: `.length)}`);
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('a pack with several problems lists them on one line; escapes in them are shown, not run', async () => {
    const pack = JSON.parse(readFileSync(await builtExample(), 'utf8'));
    pack.version = '1.0';
    pack.rules[0].message = 'Red \u001b[31malert';
    const file = join(tempDir(), 'bad.pack.json');
    writeFileSync(file, JSON.stringify(pack));
    const r = await run(['check', '--pack', file, LETTER]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('version "1.0" is not a semantic version (such as 1.0.0 or 2.1.0-beta.1); rules[0].message holds a control character');
    expect(r.err).not.toContain('\u001b');
  });

  it('the same pack twice is refused, naming both files', async () => {
    const pack = await builtExample();
    const r = await run(['check', '--pack', pack, '--pack', pack, LETTER]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('these packs cannot be used together: two packs are named "example-trust"');
  });

  it('a missing pack file is exit 2', async () => {
    const r = await run(['check', '--pack', join(tempDir(), 'nope.json'), LETTER]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nope\.json/);
  });
});
