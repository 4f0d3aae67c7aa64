/**
 * HTML is checked as the reader would see it (tags out, entities decoded), while every finding's
 * offsets, line and column point into the file itself, and actual is the file's own characters.
 * Reading is linear: unclosed tags, comments and scripts do not make it quadratic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess, tempDir, jsonFindings, lineColumn, type CliFinding } from './helpers.js';

type F = CliFinding;

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

const check = (name: string, content: string | Buffer): Promise<F[]> => jsonFindings(dir, name, content);


/** Every finding's offsets, line and column are the file's. */
function expectInFile(html: string, fs: F[]) {
  for (const f of fs) {
    expect(html.slice(f.start, f.end)).toBe(f.actual);
    expect([f.line, f.column]).toEqual(lineColumn(html, f.start));
  }
}

describe('HTML entities are decoded for checking', () => {
  it('finds "don&rsquo;t hesitate" and points at it in the file', async () => {
    const html = '<html><body>\n<p>Dear Sam,</p>\n<p>If you have questions, please don&rsquo;t hesitate to call.</p>\n</body></html>\n';
    const fs = await check('rsquo.html', html);
    const f = fs.find((x) => x.ruleId === 'do-not-hesitate');
    expect(f).toBeDefined();
    expect(f!.actual).toBe('please don&rsquo;t hesitate to');
    expect(f!.line).toBe(3);
    expectInFile(html, fs);
  });

  it.each([
    ['decimal', '&#39;'],
    ['hex', '&#x27;'],
    ['named, upper case', '&APOS;'],
  ])('finds the phrase through a %s entity', async (_kind, entity) => {
    const html = `<p>Please don${entity}t hesitate to call us.</p>`;
    const fs = await check(`apos-${_kind.replace(/\W/g, '')}.html`, html);
    expect(fs.map((f) => f.ruleId)).toContain('do-not-hesitate');
    expectInFile(html, fs);
  });

  it('&nbsp; between words is a space: "failed&nbsp;to&nbsp;attend" is found', async () => {
    const html = '<p>We are sorry Sam failed&nbsp;to&nbsp;attend.</p>';
    const fs = await check('nbsp.html', html);
    expect(fs.find((f) => f.ruleId === 'failed-to-attend')?.actual).toBe('failed&nbsp;to&nbsp;attend');
    expectInFile(html, fs);
  });

  it('numeric entities for characters outside the BMP are characters, not ampersands', async () => {
    const fs = await check('emoji.html', '<p>Smile &#128512; today &#x1F600; and &#9731; too.</p>');
    expect(fs.filter((f) => f.ruleId === 'ampersand')).toEqual([]);
  });

  it('&amp; is an ampersand, reported at the entity', async () => {
    const html = '<p>Come to A&amp;E or Tom &amp; Jerry.</p>';
    const fs = await check('amp.html', html);
    expect(fs.filter((f) => f.ruleId === 'ampersand').map((f) => f.actual)).toEqual(['&amp;']);
    expectInFile(html, fs);
  });

  it('findings after many entities keep their place', async () => {
    const html = `<p>${'&ldquo;Hello&rdquo; &mdash; &eacute;&#233;&#xe9; '.repeat(50)}</p>\n<p>Sam failed to attend.</p>`;
    const fs = await check('many.html', html);
    const f = fs.find((x) => x.ruleId === 'failed-to-attend')!;
    expect([f.line, f.column]).toEqual([2, 8]);
    expectInFile(html, fs);
  });
});

describe('HTML reading is linear', () => {
  // Sizes at which the old regexes, rescanning to the end from each "<", took 40 s or more.
  it.each([
    ['unclosed tags', '<a ', 512],
    ['unclosed comments', '<!--', 512],
    ['unclosed scripts', '<script>', 2048],
    ['bare ampersands', '&amp', 1024],
  ])('%s (%s, %i KB) are read in seconds', async (kind, piece, kb) => {
    const file = join(dir, `slow-${kind.replace(/\W/g, '')}.html`);
    writeFileSync(file, `<p>Dear Sam,</p>${piece.repeat(Math.ceil((kb * 1024) / piece.length))}`);
    const r = await runProcess(['check', '--format', 'json', file], { timeoutMs: 15_000 });
    expect(r.timedOut).toBe(false);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toHaveLength(1);
  });

  it('script and style contents are not checked', async () => {
    const fs = await check('script.html', '<p>Hello.</p><script>var failed_to_attend = "you failed to attend";</script><style>.x{content:"you failed to attend"}</style>');
    expect(fs.filter((f) => f.ruleId === 'failed-to-attend')).toEqual([]);
  });
});
