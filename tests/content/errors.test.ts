/**
 * Each kind of content error names its file and line, and the build emits nothing while there are
 * errors. Each test writes a tiny content folder with one thing wrong.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadContent } from '../../compiler/load-content.js';
import { ContentErrors } from '../../compiler/errors.js';

const SOURCES = 'NHSR: { title: "NHS Resolution: Saying sorry", url: "https://example.org/sorry" }\n';

function rule(fields: Record<string, string>, body?: string): string {
  const front = {
    title: 'Failed to attend',
    lens: 'compassion',
    values: '[compassion]',
    severity: 'warning',
    message: 'Saying someone failed to attend sounds like blame; a missed visit can signal need.',
    phrases: '\n  - "{fail|failed} to attend"',
    suggestions: '["did not come to"]',
    sources: '[NHSR]',
    ...fields,
  };
  const yaml = Object.entries(front).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`).join('\n');
  return `---\n${yaml}\n---\n\n${body ?? `## Why

It blames.

## Examples

### Flag

- You **failed to attend** on Monday.
- If you **fail to attend** again, call us.

### Fine

- You were not able to come on Monday.
- "I failed to attend," you said.
`}`;
}

function contentDir(rules: Record<string, string>, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vl-content-'));
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'sources.yml'), SOURCES);
  for (const [name, text] of Object.entries(rules)) writeFileSync(join(dir, 'rules', name), text);
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function errorsFor(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (e) {
    if (e instanceof ContentErrors) return e.errors.map((x) => x.message.replace(/^.*?(rules|values|letters)\//, '$1/'));
    throw e;
  }
  return [];
}

describe('content errors name the file and line', () => {
  it('accepts a correct rule', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({}) }))).toEqual([]);
  });

  it('an unknown lens', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ lens: 'kindness' }) }))).toEqual([
      'rules/failed-to-attend.md:3: lens "kindness" is not one of: candour, compassion, respect, clarity',
    ]);
  });

  it('an unknown field', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ colour: 'red' }) }))).toEqual([
      expect.stringMatching(/^rules\/failed-to-attend\.md:11: unknown field "colour"/),
    ]);
  });

  it('an unknown source', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ sources: '\n  - NHSR\n  - XYZ' }) }))).toEqual([
      'rules/failed-to-attend.md:12: unknown source "XYZ" (add it to content/sources.yml)',
    ]);
  });

  it('invalid YAML', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ title: '"unclosed' }) }))).toEqual([
      expect.stringMatching(/^rules\/failed-to-attend\.md:\d+: invalid YAML/),
    ]);
  });

  it('a bad pattern', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ phrases: '\n  - "ok phrase"\n  - "{fail|failed to attend"' }) }))).toEqual([
      expect.stringMatching(/^rules\/failed-to-attend\.md:9: "\{fail\|failed to attend" has an unclosed "\{"/),
    ]);
  });

  it('a word class that is not a list of words (YAML reads 12 and null as other things)', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ params: '\n  words:\n    fine-verbs: [sent, 12, null]' }) }))).toEqual([
      expect.stringMatching(/^rules\/failed-to-attend\.md:\d+: word class "fine-verbs" must be a list of words/),
    ]);
  });

  it("a sense's pattern that is not a regular expression (a typo must fail the build, not a letter's check)", () => {
    const params = "\n  senses:\n    bases:\n      before: '/\\b(?:both|the\\s+$/i'\n    film:\n      after: 'blood film'\n    tone:\n      both: true";
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ params }) }))).toEqual([
      expect.stringMatching(/^rules\/failed-to-attend\.md:\d+: sense "bases": "before" must be a regular expression written \/like this\/i/),
      expect.stringMatching(/^rules\/failed-to-attend\.md:\d+: sense "film": "after" must be a regular expression/),
      expect.stringMatching(/^rules\/failed-to-attend\.md:\d+: sense "tone" needs a "before" or an "after" pattern/),
    ]);
  });

  it('one word class named in two rules (checks find a class by its name alone)', () => {
    const errors = errorsFor(contentDir({
      'failed-to-attend.md': rule({ params: '\n  words:\n    fine-verbs: [sent]' }),
      'was-not-brought.md': rule({ title: 'Was not brought', phrases: '\n  - "was not brought"', params: '\n  words:\n    fine-verbs: [given]' }, `## Why\n\nIt blames.\n\n## Examples\n\n### Flag\n\n- He **was not brought** in.\n- She **was not brought** today.\n\n### Fine\n\n- He came.\n- She came.\n`),
    }));
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/was-not-brought\.md:\d+: word class "fine-verbs" is already defined in .*failed-to-attend\.md/));
  });

  it('a message that is not text, and one message named in two rules (checks find a message by its name alone)', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ params: '\n  messages:\n    unit: [a, b]' }) }))).toEqual([
      expect.stringMatching(/^rules\/failed-to-attend\.md:\d+: "messages" must map names to the text of a message/),
    ]);
    const errors = errorsFor(contentDir({
      'failed-to-attend.md': rule({ params: "\n  messages:\n    unit: '\"{0}\" is a unit.'" }),
      'was-not-brought.md': rule({ title: 'Was not brought', phrases: '\n  - "was not brought"', params: "\n  messages:\n    unit: 'Another.'" }, `## Why\n\nIt blames.\n\n## Examples\n\n### Flag\n\n- He **was not brought** in.\n- She **was not brought** today.\n\n### Fine\n\n- He came.\n- She came.\n`),
    }));
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/was-not-brought\.md:\d+: message "unit" is already defined in .*failed-to-attend\.md/));
  });

  it('a duplicate rule id (file names differing only in case)', () => {
    const errors = errorsFor(contentDir({ 'failed-to-attend.md': rule({}), 'Failed-To-Attend.md': rule({}) }));
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/failed-to-attend\.md:1: duplicate rule id "failed-to-attend" \(also .*Failed-To-Attend\.md\)/));
  });

  it('two rules claiming the same phrasing for the same audience', () => {
    const errors = errorsFor(contentDir({
      'failed-to-attend.md': rule({}),
      'fail-to-attend.md': rule({ phrases: '\n  - "fail to attend"' }),
    }));
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/failed-to-attend\.md:8: "fail to attend" is also claimed by .*fail-to-attend\.md for patient, parent, carer, clinician/));
  });

  it('allows one phrasing for two rules whose audiences do not overlap', () => {
    const errors = errorsFor(contentDir({
      'failed-to-attend.md': rule({ audiences: '[patient, carer]' }),
      'was-not-brought.md': rule({ audiences: '[parent]', title: 'Was not brought' }).replace(/^- (You|If|")/gm, '- (audience: parent) $1'),
    }));
    expect(errors).toEqual([]);
  });

  it('a Flag example the rule does not flag, and a Fine example it does', () => {
    const body = `## Why\n\nIt blames.\n\n## Examples\n\n### Flag\n\n- You **failed to attend** on Monday.\n- You **did not come** on Monday.\n\n### Fine\n\n- You were not able to come.\n- You failed to attend on Tuesday.\n`;
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({}, body) }))).toEqual([
      'rules/failed-to-attend.md:22: Flag example: expected "did not come" to be flagged, got nothing',
      'rules/failed-to-attend.md:27: Fine example is flagged: "failed to attend"',
    ]);
  });

  it('too few examples, and missing sections', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({}, '## Examples\n\n### Flag\n\n- You **failed to attend**.\n') }))).toEqual([
      'rules/failed-to-attend.md:1: missing "## Why" section',
      'rules/failed-to-attend.md:13: needs at least 2 "### Flag" examples (has 1)',
      'rules/failed-to-attend.md:13: needs at least 2 "### Fine" examples (has 0)',
    ]);
  });

  it('a link to a rule or value that does not exist, and a related rule that does not exist', () => {
    const body = rule({ related: '[no-such-rule]' }).replace('It blames.', 'It blames. See [respect](../values/respect.md) and [denies](denies.md).');
    expect(errorsFor(contentDir({ 'failed-to-attend.md': body }))).toEqual([
      'rules/failed-to-attend.md:16: link to "../values/respect.md" does not point at a rule, value or letter that exists',
      'rules/failed-to-attend.md:16: link to "denies.md" does not point at a rule, value or letter that exists',
      'rules/failed-to-attend.md:11: related rule "no-such-rule" does not exist',
    ]);
  });

  it('a letter whose After text still raises a warning, or links a rule that does not fire', () => {
    const letter = `---\ntitle: Missed\ntype: missed-appointment\naudience: patient\nlenses: [compassion]\nsummary: A missed appointment.\n---\n\n## Before\n\n\`\`\`text\nYou missed it.\n\`\`\`\n\n## After\n\n\`\`\`text\nDear Sam,\nYou failed to attend.\n\`\`\`\n\n## What changed\n\n- [Failed to attend](../rules/failed-to-attend.md): kinder.\n`;
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({}) }, { 'letters/missed.md': letter }))).toEqual([
      'letters/missed.md:24: rule "failed-to-attend" does not fire on the Before letter',
      'letters/missed.md:19: After letter still raises failed-to-attend (warning) on "failed to attend"',
    ]);
  });

  it('suggestions by audience that leave out an audience, name a wrong one, or meet a phrase with one list for all', () => {
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ audiences: '[patient, carer]', suggestions: '{ patient: ["did not come to"] }' }) }))).toEqual([
      'rules/failed-to-attend.md:9: "suggestions" has no suggestions for carer: add it, or "others"',
    ]);
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ suggestions: '{ pupil: ["did not come to"], others: ["missed"] }' }) }))).toEqual([
      'rules/failed-to-attend.md:9: "suggestions": "pupil" is not an audience (patient, parent, carer, clinician, others)',
    ]);
    const phrases = '\n  - match: "{fail|failed} to attend"\n    suggest: ["did not come to"]';
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ phrases, suggestions: '{ parent: ["was not brought to"], others: ["did not come to"] }' }) }))).toEqual([
      'rules/failed-to-attend.md:8: the rule\'s suggestions differ by audience, so this phrase\'s "suggest" must too (lists by audience, or "others")',
    ]);
  });

  it('a suggestion repeating a group the pattern does not have, or a rule-wide one repeating any', () => {
    const phrases = '\n  - match: "{fail|failed} to attend"\n    suggest: ["$1 to come", "$2 to come"]';
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ phrases }) }))).toEqual([
      'rules/failed-to-attend.md:8: a suggestion uses $2, but "{fail|failed} to attend" has 1 group ({…} or […])',
    ]);
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({ suggestions: '["$1 not come to"]' }) }))).toEqual([
      'rules/failed-to-attend.md:9: a suggestion for the whole rule cannot use $1 (each phrase has its own groups): give the phrase its own "suggest"',
    ]);
  });

  it('a "Fixed:" sub-item under a Fine example, and a sub-item that is not "Fixed:"', () => {
    const body = `## Why\n\nIt blames.\n\n## Examples\n\n### Flag\n\n- You **failed to attend** on Monday.\n- If you **fail to attend** again, call us.\n  - Fixed: If you did not come to again, call us.\n  - Note: this one is hard.\n\n### Fine\n\n- You were not able to come on Monday.\n  - Fixed: You came.\n- "I failed to attend," you said.\n`;
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({}, body) }))).toEqual([
      'rules/failed-to-attend.md:24: an example\'s sub-item must be "Fixed: " and the text after the fix',
      'rules/failed-to-attend.md:29: a Fine example has nothing to fix: "Fixed:" belongs under a Flag example',
    ]);
  });

  it('a "Fixed:" line that is not what a click on the first suggestion gives', () => {
    const body = `## Why\n\nIt blames.\n\n## Examples\n\n### Flag\n\n- You **failed to attend** on Monday.\n  - Fixed: You missed Monday.\n- If you **fail to attend** again, call us.\n  - Fixed: If you did not come to again, call us.\n\n### Fine\n\n- You were not able to come on Monday.\n- "I failed to attend," you said.\n`;
    expect(errorsFor(contentDir({ 'failed-to-attend.md': rule({}, body) }))).toEqual([
      'rules/failed-to-attend.md:22: "Fixed:" does not match the first suggestion applied, which gives: "You did not come to on Monday."',
    ]);
  });

  it('the build prints every error and writes no ruleset', () => {
    const dir = contentDir({ 'failed-to-attend.md': rule({ lens: 'kindness' }) });
    const out = join(dir, 'out');
    const script = `import { loadContent } from ${JSON.stringify(join(process.cwd(), 'compiler/load-content.ts'))};\nimport { writeFileSync, mkdirSync } from 'node:fs';\ntry { const c = loadContent(${JSON.stringify(dir)}); mkdirSync(${JSON.stringify(out)}); writeFileSync(${JSON.stringify(join(out, 'ruleset.json'))}, JSON.stringify(c.ruleset)); } catch (e) { console.error(e.message); process.exit(1); }`;
    writeFileSync(join(dir, 'build.ts'), script);
    const r = spawnSync('npx', ['tsx', join(dir, 'build.ts')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/failed-to-attend\.md:3: lens "kindness"/);
    expect(existsSync(join(out, 'ruleset.json'))).toBe(false);
  });
});
