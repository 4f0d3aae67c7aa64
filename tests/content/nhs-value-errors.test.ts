/**
 * The NHS value pages (content/nhs-values/) are checked like every other content file: file, line,
 * problem. The real content is loaded once; each case re-reads one value file with one thing wrong.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentErrors, ErrorList } from '../../compiler/errors.js';
import { loadContent, type Content } from '../../compiler/load-content.js';
import { parseContentFile } from '../../compiler/markdown.js';
import { checkNhsValues, readNhsValue } from '../../compiler/nhs-value-file.js';
import { inlineText } from '../../compiler/markdown.js';
import { createChecker } from '../../engine/index.js';

const REAL = join(process.cwd(), 'content');
let content: Content;
beforeAll(() => {
  content = loadContent(REAL, { verifyExamples: false });
}, 120_000);

/** The errors for one value file edited, checked against the real rules, letters and other values. */
function errorsFor(id: string, edit: (text: string) => string, fileIds?: string[]): string[] {
  const errors = new ErrorList();
  const file = `content/nhs-values/${id}.md`;
  const doc = readNhsValue(parseContentFile(file, edit(readFileSync(join(REAL, 'nhs-values', `${id}.md`), 'utf8')), errors), id, errors);
  const values = [...content.nhsValues.filter((v) => v.id !== id), ...(doc ? [doc] : [])];
  const ids = new Set(fileIds ?? [...content.nhsValues.map((v) => v.id), id]);
  checkNhsValues(values, 'content/nhs-values', ids, content.rules, new Set(content.letters.map((l) => l.id)), errors);
  return errors.errors.map((e) => e.message);
}

describe('NHS value page errors', () => {
  it('accepts the real pages, all six', () => {
    expect(content.nhsValues.map((v) => v.id).sort()).toEqual(['commitment-to-quality', 'compassion', 'everyone-counts', 'improving-lives', 'respect-and-dignity', 'working-together']);
    expect(errorsFor('compassion', (t) => t)).toEqual([]);
  });

  it('names an unknown rule id with its line', () => {
    expect(errorsFor('compassion', (t) => t.replace('rules: [denies,', 'rules: [no-such-rule, denies,'))).toEqual([
      'content/nhs-values/compassion.md:4: rule "no-such-rule" does not exist',
    ]);
  });

  it('refuses a rule that does not serve the value', () => {
    expect(errorsFor('improving-lives', (t) => t.replace('rules: [poorly-controlled,', 'rules: [renal-hepatic, poorly-controlled,'))).toEqual([
      'content/nhs-values/improving-lives.md:4: rule "renal-hepatic" does not serve improving-lives (its values: commitment-to-quality, everyone-counts)',
    ]);
  });

  it('refuses a rule with no before and after to show', () => {
    expect(errorsFor('working-together', (t) => t.replace('rules: [the-patient,', 'rules: [candour-checklist, the-patient,'))).toEqual([
      'content/nhs-values/working-together.md:4: rule "candour-checklist" has no Flag example with a "Fixed:" line to show as a before and after',
    ]);
  });

  it('names a missing section, and a questions section with too few questions', () => {
    expect(errorsFor('everyone-counts', (t) => t.replace('## Questions for a group', '## Questions'))).toEqual([
      'content/nhs-values/everyone-counts.md:1: needs a "## Questions for a group" section',
    ]);
    expect(errorsFor('everyone-counts', (t) => t.replace(/## Questions for a group[\s\S]*$/, '## Questions for a group\n\n- Only one?\n'))).toEqual([
      expect.stringMatching(/^content\/nhs-values\/everyone-counts\.md:\d+: "## Questions for a group" needs a list of at least 3 questions$/),
    ]);
  });

  it('names an unknown field, and an unknown letter', () => {
    expect(errorsFor('compassion', (t) => t.replace('letters: [', 'colour: red\nletters: ['))).toEqual([
      'content/nhs-values/compassion.md:5: unknown field "colour" (allowed: title, summary, rules, letters)',
    ]);
    expect(errorsFor('compassion', (t) => t.replace('letters: [', 'letters: [no-such-letter, '))).toEqual([
      'content/nhs-values/compassion.md:5: letter "no-such-letter" does not exist',
    ]);
  });

  it('needs a page for every one of the six values', () => {
    const ids = content.nhsValues.map((v) => v.id).filter((v) => v !== 'improving-lives');
    expect(errorsFor('compassion', (t) => t, ids)).toEqual([
      'content/nhs-values:1: no page for the NHS value "improving-lives": add improving-lives.md (every NHS Constitution value needs one)',
    ]);
  });

  it('refuses a file named after something that is not an NHS value', () => {
    const errors = new ErrorList();
    readNhsValue(parseContentFile('content/nhs-values/kindness.md', readFileSync(join(REAL, 'nhs-values', 'compassion.md'), 'utf8'), errors), 'kindness', errors);
    expect(errors.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^content\/nhs-values\/kindness\.md:1: file name "kindness\.md" is not an NHS Constitution value/)]);
  });

  it('stops the build through loadContent with the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-nv-'));
    mkdirSync(join(dir, 'rules'));
    mkdirSync(join(dir, 'nhs-values'));
    writeFileSync(join(dir, 'sources.yml'), 'X: { title: "x", url: "https://example.org" }\n');
    writeFileSync(join(dir, 'nhs-values', 'compassion.md'), '---\ntitle: Compassion\n---\n');
    const error = (() => {
      try {
        loadContent(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContentErrors);
    const messages = (error as ContentErrors).errors.map((e) => e.message.replace(dir, ''));
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/nhs-values\/compassion\.md:\d+: "summary" is required and must be text$/),
      expect.stringMatching(/nhs-values:1: no page for the NHS value "everyone-counts"/),
    ]));
  });

  it("practises what it preaches: the value pages' own words raise no error or warning", () => {
    const checker = createChecker(content.ruleset);
    for (const v of content.nhsValues) {
      const prose = [...v.tree.children, ...v.questions.flat()].map((n) => inlineText([n])).join('\n\n');
      const found = checker.check(prose, { audience: 'clinician' }).filter((f) => f.severity !== 'advice');
      expect(found.map((f) => `${f.ruleId}: ${f.actual}`), v.id).toEqual([]);
    }
  });
});
