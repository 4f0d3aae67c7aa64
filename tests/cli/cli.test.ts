/** The CLI's contract: exit codes, both formats, and one clear line per bad input with the rest still checked. */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { execFileSync, spawnSync } from 'node:child_process';
import { main } from '../../cli/main.js';
import { htmlToText } from '../../cli/html-text.js';
import { firstInvalidUtf8Byte } from '../../cli/inputs.js';

const LETTER = 'Dear Mrs Khan,\n\nMrs Khan came to clinic today. PLEASE BRING YOUR MEDICINES.\n\nYours sincerely,\nDr Patel\n';
const CLEAN = 'Dear Sam,\n\nYour blood test results are normal. You do not need to do anything.\n\nIf you have questions, call us on 0161 496 0000.\n\nYours sincerely,\nDr Patel\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-cli-'));
  writeFileSync(join(dir, 'letter.txt'), LETTER);
  writeFileSync(join(dir, 'clean.txt'), CLEAN);
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'nested', 'deeper', 'page.html'), `<html><body><p>${LETTER.replace(/\n/g, '<br>')}</p><script>var DO_NOT_READ = 1;</script></body></html>`);
  writeFileSync(join(dir, 'nested', 'ignored.pdf'), 'not a letter');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait', 'latin1'));
  mkdirSync(join(dir, 'folder.txt'));
});

async function run(args: string[], stdinText = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(args, { stdin: Readable.from([Buffer.from(stdinText)]), stdout, stderr });
  return { code, out, err };
}

describe('values-lens check', () => {
  it('exits 1 with eslint-like lines and a per-file summary when there are findings', async () => {
    const { code, out, err } = await run(['check', join(dir, 'letter.txt')]);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toMatch(new RegExp(`letter\\.txt:3:1  warning  respect  "Mrs Khan": .* third-person-name`));
    expect(out).toMatch(/letter\.txt: \d+ findings? \(.*\); reading age [\d.]+; average sentence/);
  });

  it('exits 0 on a clean letter', async () => {
    const { code, out } = await run(['check', join(dir, 'clean.txt')]);
    expect(out).toContain('No findings in 1 file');
    expect(code).toBe(0);
  });

  it('writes the documented JSON shape', async () => {
    const { code, out } = await run(['check', '--format', 'json', join(dir, 'letter.txt')]);
    expect(code).toBe(1);
    const [entry] = JSON.parse(out);
    expect(Object.keys(entry)).toEqual(['file', 'findings', 'summary']);
    const f = entry.findings[0];
    expect(Object.keys(f)).toEqual(['ruleId', 'lens', 'severity', 'start', 'end', 'line', 'column', 'actual', 'message', 'suggestions', 'url']);
    expect(LETTER.slice(f.start, f.end)).toBe(f.actual);
    expect(entry.summary.readingAge).toBeGreaterThan(0);
    expect(entry.summary.candour).toEqual({ applies: false, present: [], missing: [] });
  });

  it('walks folders recursively, checks .html with offsets into the file, and skips other types', async () => {
    const { out } = await run(['check', '--format', 'json', join(dir, 'nested')]);
    const reports = JSON.parse(out);
    expect(reports.map((r: { file: string }) => r.file)).toEqual([join(dir, 'nested', 'deeper', 'page.html')]);
    const html = `<html><body><p>${LETTER.replace(/\n/g, '<br>')}</p><script>var DO_NOT_READ = 1;</script></body></html>`;
    for (const f of reports[0].findings) expect(html.slice(f.start, f.end)).toBe(f.actual);
    expect(reports[0].findings.map((f: { actual: string }) => f.actual)).toContain('Mrs Khan');
  });

  it('filters by lens and severity', async () => {
    const { out } = await run(['check', '--format', 'json', '--lens', 'clarity', join(dir, 'letter.txt')]);
    const lenses = new Set(JSON.parse(out)[0].findings.map((f: { lens: string }) => f.lens));
    expect([...lenses]).toEqual(['clarity']);
    const strict = await run(['check', '--format', 'json', '--severity', 'warning', join(dir, 'letter.txt')]);
    expect(JSON.parse(strict.out)[0].findings.every((f: { severity: string }) => f.severity !== 'advice')).toBe(true);
  });

  it('reads standard input for "-"', async () => {
    const { code, out } = await run(['check', '--format', 'json', '-'], LETTER);
    expect(code).toBe(1);
    expect(JSON.parse(out)[0].file).toBe('-');
  });

  it.each([
    ['a missing file', 'missing.txt', /missing\.txt: no such file/],
    ['an empty file', 'empty.txt', /empty\.txt: is empty; nothing to check/],
    ['a binary file', 'binary.txt', /binary\.txt: looks like a binary file/],
    ['invalid UTF-8', 'latin1.txt', /latin1\.txt: is not valid UTF-8 text \(near byte 3\)/],
    ['a folder named like a file', 'folder.txt', /folder\.txt: folder has no \.txt, \.md, \.html or \.docx files/],
  ])('reports %s in one line, exits 2, and still checks the other files', async (_name, file, message) => {
    const { code, out, err } = await run(['check', '--format', 'json', join(dir, file), join(dir, 'letter.txt')]);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
    expect(JSON.parse(out).map((r: { file: string }) => r.file)).toEqual([join(dir, 'letter.txt')]);
  });

  it('refuses a 50 MB file without reading it, and checks the rest', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    // A sparse 50 MB file: the size is real, the disk use is not.
    execFileSync('truncate', ['-s', '50M', big]);
    const { code, err, out } = await run(['check', big, join(dir, 'clean.txt')]);
    expect(code).toBe(2);
    expect(err).toMatch(/big\.txt: too large \(50\.0 MB; the limit is 5 MB\)/);
    expect(out).toContain('clean.txt: 0 findings');
  });

  it('checks the text of a .docx template, and names a broken one', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Dear Mrs Khan,</w:t></w:r></w:p><w:p><w:r><w:t>Mrs Khan came to clinic today.</w:t></w:r></w:p></w:body></w:document>');
    writeFileSync(join(dir, 'template.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    writeFileSync(join(dir, 'broken.docx'), 'this is not a zip');
    const { code, out, err } = await run(['check', '--format', 'json', join(dir, 'template.docx'), join(dir, 'broken.docx')]);
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.docx: is not a valid \.docx file/);
    const [report] = JSON.parse(out);
    expect(report.findings.map((f: { ruleId: string; actual: string }) => `${f.ruleId}:${f.actual}`)).toContain('third-person-name:Mrs Khan');
  });

  it.each([
    [[], /nothing to do: give a command/],
    [['check'], /no files to check/],
    [['check', '--audience', 'doctor', 'x.txt'], /--audience "doctor" is not one of/],
    [['check', '--format', 'xml', 'x.txt'], /--format "xml"/],
    [['check', '--lens', 'kindness', 'x.txt'], /--lens "kindness"/],
    [['check', '--frobnicate', 'x.txt'], /unknown option "--frobnicate"/],
    [['lint', 'x.txt'], /unknown command "lint"/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const { code, err } = await run(args as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('works as the installed bin, straight from package.json', () => {
    const bin = JSON.parse(execFileSync('node', ['-e', 'process.stdout.write(JSON.stringify(require("./package.json").bin))'], { encoding: 'utf8' }));
    const result = spawnSync('node', [bin['values-lens'], 'check', join(dir, 'letter.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('third-person-name');
  });
});

describe('text extraction', () => {
  it('decodes HTML entities and maps offsets back to the file', () => {
    const html = '<p>Tom &amp; Jerry</p>';
    const { text, toSource } = htmlToText(html);
    expect(text.trim()).toBe('Tom & Jerry');
    const jerry = text.indexOf('Jerry');
    expect(html.slice(toSource(jerry), toSource(jerry + 5))).toBe('Jerry');
    const amp = text.indexOf('&');
    expect(html.slice(toSource(amp), toSource(amp + 1))).toBe('&amp;');
  });
  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0x62, 0xe9, 0x20]))).toBe(2);
    expect(firstInvalidUtf8Byte(Buffer.from('héllo'))).toBe(6);
  });
});

describe('a file that names its own audience', () => {
  // "Mum" for a parent and "the patient" are decided by the audience; jargon is not flagged for colleagues.
  const TO_GP = 'audience: clinician\n\nDear Dr Shah,\n\nI reviewed Mrs Okafor today. Her HbA1c is 74 and she has peripheral neuropathy.\n\nYours sincerely,\nDr Patel\n';
  const TO_PARENT_MD = '---\ntitle: Missed appointment\naudience: parent\n---\nDear Ms Ali,\n\nSara did not attend her appointment on 3 May.\n';

  it('is checked as written to that audience, with the audience line itself not checked', async () => {
    const d = mkdtempSync(join(tmpdir(), 'vl-cli-aud-'));
    writeFileSync(join(d, 'gp.txt'), TO_GP);
    writeFileSync(join(d, 'parent.md'), TO_PARENT_MD);
    const { out } = await run(['check', '--format', 'json', d]);
    const byFile = Object.fromEntries(JSON.parse(out).map((e: { file: string }) => [e.file.replace(/.*[\\/]/, ''), e]));
    expect(byFile['gp.txt'].summary.audience).toBe('clinician');
    expect(byFile['gp.txt'].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('medical-words');
    expect(byFile['gp.txt'].findings.every((f: { start: number }) => f.start >= 'audience: clinician'.length)).toBe(true);
    expect(byFile['parent.md'].summary.audience).toBe('parent');
    expect(byFile['parent.md'].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('child-did-not-attend');
  });

  it('is checked as --audience says when that is given, and the text summary names a non-patient audience', async () => {
    const d = mkdtempSync(join(tmpdir(), 'vl-cli-aud-'));
    writeFileSync(join(d, 'gp.txt'), TO_GP);
    const json = JSON.parse((await run(['check', '--format', 'json', '--audience', 'patient', d])).out);
    expect(json[0].summary.audience).toBe('patient');
    expect(json[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('medical-words');
    const text = (await run(['check', d])).out;
    expect(text).toMatch(/gp\.txt \(checked as written to: clinician\): /);
  });

  it('an unknown audience word is not an audience: the line is letter text and the default applies', async () => {
    const { out } = await run(['check', '--format', 'json', '-'], 'audience: everyone\n\nI reviewed Mrs Okafor today. She has peripheral neuropathy.\n');
    expect(JSON.parse(out)[0].summary.audience).toBe('patient');
  });
});
