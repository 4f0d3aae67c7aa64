/**
 * A .docx is a zip: 5 MB on disk can inflate to gigabytes of XML. What a .docx may expand to is
 * capped twice: by the sizes its zip declares (refused before inflating), and by what inflating
 * actually produces (a zip that lies about its sizes is refused as soon as it overruns them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docx, documentXml, withDeclaredSize } from './docx-fixture.js';
import { run, runProcess, tempDir } from './helpers.js';

const CLEAN = 'Dear Sam,\n\nYour blood test results are normal.\n\nIf you have questions, call us on 0161 496 0000.\n\nYours sincerely,\nDr Patel\n';
const MB = 1024 * 1024;

let dir: string;
let clean: string;
let bigXml: string;
beforeAll(() => {
  dir = tempDir();
  clean = join(dir, 'clean.txt');
  writeFileSync(clean, CLEAN);
  // 25 MB of XML that deflates to a few kilobytes.
  bigXml = documentXml(['Your results are normal. '.repeat(Math.ceil((25 * MB) / 25))]);
});

function refusedAlone(r: { code: number | null; out: string; err: string }, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(r.out).toContain('clean.txt: 0 findings');
  expect(r.out).toContain('No findings in 1 file');
}

describe('.docx expansion', () => {
  it('a small .docx with 25 MB of XML inside is refused before inflating it', async () => {
    const file = join(dir, 'bomb.docx');
    const bytes = await docx(bigXml);
    expect(bytes.length).toBeLessThan(MB);
    writeFileSync(file, bytes);
    const r = await runProcess(['check', file, clean], { timeoutMs: 15_000 });
    expect(r.timedOut).toBe(false);
    refusedAlone(r, /bomb\.docx: its XML would expand to 25\.0 MB \(the limit is 5 MB\)/);
  });

  it('parts under the limit one by one are refused when together over it', async () => {
    const part = `<x>${'a'.repeat(2 * MB - 7)}</x>`;
    const file = join(dir, 'parts.docx');
    writeFileSync(file, await docx(documentXml(['Hello']), { 'word/styles.xml': part, 'word/numbering.xml': part, 'word/footnotes.xml': part }));
    refusedAlone(await run(['check', file, clean]), /parts\.docx: its XML would expand to 6\.0 MB \(the limit is 5 MB\)/);
  });

  it('a zip that says its XML is small but inflates to 25 MB is refused when it overruns', async () => {
    const file = join(dir, 'liar.docx');
    writeFileSync(file, withDeclaredSize(await docx(bigXml), 'word/document.xml', 1000));
    const r = await runProcess(['check', file, clean], { timeoutMs: 15_000 });
    expect(r.timedOut).toBe(false);
    refusedAlone(r, /liar\.docx: is not a valid \.docx file \(word\/document\.xml inflates to more than the 1000 bytes its zip declares\)/);
  });

  it('an ordinary .docx with a picture in it is still checked, with its paragraphs as lines', async () => {
    const file = join(dir, 'letter.docx');
    const picture = Buffer.alloc(300 * 1024, 7); // parts that are not XML are never inflated
    writeFileSync(file, await docx(documentXml(['Dear Mrs Khan,', 'Mrs Khan came to clinic today.']), { 'word/media/image1.png': picture }));
    const r = await run(['check', '--format', 'json', file]);
    expect(r.err).toBe('');
    const [report] = JSON.parse(r.out);
    const found = report.findings.find((f: { ruleId: string }) => f.ruleId === 'third-person-name');
    expect(found).toMatchObject({ actual: 'Mrs Khan', line: 3, column: 1 });
  });
});
