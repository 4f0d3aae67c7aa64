/**
 * Where a finding is, in the file's own terms. start and end are offsets into the file's text as
 * readFileSync(file, 'utf8') gives it (a BOM is U+FEFF at offset 0), so text.slice(start, end) is
 * actual; line and column are what an editor shows (the BOM takes no column). \r\n, \r and \n
 * each end one line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir, jsonFindings, lineColumn, type CliFinding } from './helpers.js';

type F = CliFinding;

// Lines without full stops: if line breaks were missed, they would run together into one sentence.
const LETTER = [
  'Dear Mrs Khan,',
  '',
  'Mrs Khan came to clinic today',
  'PLEASE BRING YOUR MEDICINES',
  'She failed to attend last time and we were worried about her and so we wrote to her doctor',
  'Do not hesitate to contact us',
  '',
  'Yours sincerely,',
  'Dr Patel',
  '',
];

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

const findings = (name: string, content: string | Buffer): Promise<F[]> => jsonFindings(dir, name, content);


describe('line endings', () => {
  it('\\n, \\r\\n and \\r letters give the same findings on the same lines and columns', async () => {
    const lf = await findings('lf.txt', LETTER.join('\n'));
    const crlf = await findings('crlf.txt', LETTER.join('\r\n'));
    const cr = await findings('cr.txt', LETTER.join('\r'));
    const where = (fs: F[]) => fs.map((f) => `${f.ruleId}@${f.line}:${f.column}`);
    expect(where(lf).length).toBeGreaterThanOrEqual(4);
    expect(where(crlf)).toEqual(where(lf));
    expect(where(cr)).toEqual(where(lf));
  });

  it('a file mixing all three counts each as one line break', async () => {
    const text = 'Dear Sam,\r\n\rWe are sorry\nSam failed to attend.\r\rPLEASE CALL US ON 0161 496 0000.\n';
    const fs = await findings('mixed.txt', text);
    expect(fs.length).toBeGreaterThanOrEqual(2);
    for (const f of fs) {
      expect(text.slice(f.start, f.end)).toBe(f.actual);
      expect([f.line, f.column]).toEqual(lineColumn(text, f.start));
    }
    expect(fs.find((f) => f.ruleId === 'failed-to-attend')).toMatchObject({ line: 4, column: 5 });
  });
});

describe('a UTF-8 byte order mark', () => {
  it('counts in offsets (as readFileSync gives the text) but not in columns', async () => {
    const file = 'bom.txt';
    const fs = await findings(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('We are sorry Sam failed to attend.\nPLEASE CALL US.\n')]));
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const f = fs.find((x) => x.ruleId === 'failed-to-attend')!;
    expect(text.slice(f.start, f.end)).toBe(f.actual);
    expect(f.actual).toBe('failed to attend');
    expect([f.line, f.column]).toEqual([1, 18]); // "We are sorry you " is 17 characters
    for (const x of fs) expect(text.slice(x.start, x.end)).toBe(x.actual);
  });

  it('text output shows the same line and column', async () => {
    const file = join(dir, 'bom-text.txt');
    writeFileSync(file, '\ufeffWe are sorry Sam failed to attend.\n');
    const { out } = await run(['check', file]);
    expect(out).toContain(`${file}:1:18  warning  compassion  "failed to attend"`);
  });
});

describe('HTML line and column point into the file', () => {
  it('block tags do not move findings to other lines', async () => {
    const html = '<html><body>\n<p>Dear Mrs Khan,</p><p>Thank you. We are sorry Sam failed to attend.</p>\n<ul><li>PLEASE BRING</li><li>YOUR MEDICINES</li></ul>\n</body></html>\n';
    const fs = await findings('page.html', html);
    const f = fs.find((x) => x.ruleId === 'failed-to-attend')!;
    expect([f.line, f.column]).toEqual([2, html.split('\n')[1].indexOf('failed to attend') + 1]);
    for (const x of fs) {
      expect([x.line, x.column]).toEqual(lineColumn(html, x.start));
      expect(html.slice(x.start, x.end)).toBe(x.actual);
    }
  });
});
