/**
 * values-lens pack build: a trust's rules are validated with the content compiler's own checks
 * (each error names the file and line), their examples run as tests against the built-in rules
 * plus the pack, and the pack file that comes out is what the loader accepts. Each test writes a
 * tiny pack with one thing wrong; the worked example pack in examples/packs must build.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildPack } from '../../compiler/pack/build-pack.js';
import { ContentErrors } from '../../compiler/errors.js';
import { createChecker } from '../../engine/checker.js';
import { readPack, withPacks } from '../../engine/pack/index.js';
import type { CompiledRuleset } from '../../engine/types.js';
import { makeRuleset } from '../engine/make-ruleset.js';

const repo = join(import.meta.dirname, '../..');
const realRuleset = () => JSON.parse(readFileSync(join(repo, 'generated/ruleset.json'), 'utf8')) as CompiledRuleset;
const SMALL_BASE = makeRuleset([{ id: 'dna', phrases: [{ match: 'DNA', case: 'sensitive' }], suggestions: ['missed'] }]);

const MANIFEST = `---
name: test-trust
version: "1.2.0"
organisation: Test NHS Trust
description: Test rules.
sources:
  STYLE: { title: "Test trust style guide", url: "https://example.org/style" }
---

For the maintainers.
`;

function rule(fields: Record<string, string> = {}, examples?: string): string {
  const front = {
    title: 'Old trust name',
    lens: 'clarity',
    values: '[working-together]',
    severity: 'warning',
    message: 'Westmoor Hospitals NHS Trust is now Test NHS Trust.',
    phrases: '\n  - "Westmoor {Hospital|Hospitals} NHS Trust"',
    suggestions: '["Test NHS Trust"]',
    sources: '[STYLE]',
    ...fields,
  };
  const yaml = Object.entries(front).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`).join('\n');
  return `---\n${yaml}\n---\n\n## Why\n\nPatients look for the name we <strong>use</strong> now.\n\n## Better wording\n\n- Before: Westmoor Hospitals NHS Trust\n- After: Test NHS Trust\n\n## Examples\n\n${examples ?? `### Flag

- Welcome to **Westmoor Hospitals NHS Trust**.
  - Fixed: Welcome to Test NHS Trust.
- Your care at **Westmoor Hospital NHS Trust** is our priority.

### Fine

- Welcome to Test NHS Trust.
- Westmoor Road is closed.
`}`;
}

function packDir(rules: Record<string, string>, manifest: string | null = MANIFEST): string {
  const dir = mkdtempSync(join(tmpdir(), 'vl-pack-'));
  if (manifest !== null) writeFileSync(join(dir, 'pack.md'), manifest);
  mkdirSync(join(dir, 'rules'));
  for (const [name, text] of Object.entries(rules)) writeFileSync(join(dir, 'rules', name), text);
  return dir;
}

function errorsFor(dir: string, base: CompiledRuleset = SMALL_BASE): string[] {
  try {
    buildPack(dir, base);
  } catch (e) {
    if (!(e instanceof ContentErrors)) throw e;
    // Paths relative to the pack folder, so the expectations read as the author sees them.
    return e.errors.map((x) => `${relative(dir, join(process.cwd(), x.file))}:${x.line}: ${x.problem}`);
  }
  throw new Error('the pack built');
}

describe('pack build', () => {
  it('builds a pack file the loader accepts, with the rule explanation as plain text', () => {
    const { pack, json } = buildPack(packDir({ 'old-name.md': rule() }), SMALL_BASE);
    expect(readPack(json)).toEqual(pack);
    expect(pack).toMatchObject({ format: 'values-lens-pack', formatVersion: 1, name: 'test-trust', version: '1.2.0', organisation: 'Test NHS Trust', description: 'Test rules.' });
    expect(pack.rules[0]).toMatchObject({ id: 'old-name', sources: [{ title: 'Test trust style guide', url: 'https://example.org/style' }] });
    expect(pack.rules[0].explanation).toEqual([
      { type: 'heading', text: 'Why' },
      // Raw HTML tags in the Markdown are left out: the words stay, the markup goes.
      { type: 'paragraph', text: 'Patients look for the name we use now.' },
      { type: 'heading', text: 'Better wording' },
      { type: 'list', items: ['Before: Westmoor Hospitals NHS Trust', 'After: Test NHS Trust'] },
    ]);
    expect(pack.phrases.map((p) => p.phrasing)).toEqual(['Westmoor Hospital NHS Trust', 'Westmoor Hospitals NHS Trust']);
  });

  it('the worked example pack builds, and each of its rules flags a letter under its namespaced id', () => {
    const base = realRuleset();
    const { pack, examples } = buildPack(join(repo, 'examples/packs/example-trust'), base);
    expect(pack.name).toBe('example-trust');
    expect(pack.rules.length).toBeGreaterThanOrEqual(3);
    expect(examples).toBeGreaterThanOrEqual(pack.rules.length * 4);
    const checker = createChecker(withPacks(base, [pack]).ruleset);
    const letter = readFileSync(join(repo, 'examples/packs/example-trust/sample-letter.txt'), 'utf8');
    const fromPack = new Set(checker.check(letter).map((f) => f.ruleId).filter((id) => id.startsWith('example-trust/')));
    expect([...fromPack].sort()).toEqual(pack.rules.map((r) => `example-trust/${r.id}`).sort());
  });

  it.each([
    ['no pack.md', null, 'pack.md:1: cannot read: ENOENT'],
    ['a version YAML reads as a number', MANIFEST.replace('"1.2.0"', '1.2'), 'pack.md:3: version 1.2 must be a semantic version in quotes, such as "1.0.0"'],
    ['a version that is not semver', MANIFEST.replace('"1.2.0"', '"v1.2"'), 'pack.md:3: version "v1.2" is not a semantic version'],
    ['a name that is not kebab-case', MANIFEST.replace('test-trust', 'Test Trust'), 'pack.md:2: name "Test Trust" must be kebab-case'],
    ['no organisation', MANIFEST.replace('organisation: Test NHS Trust\n', ''), 'pack.md:1: "organisation" is required and must be text'],
    ['an unknown field', MANIFEST.replace('description:', 'owner: me\ndescription:'), 'pack.md:5: unknown field "owner"'],
    ['a source that is not a web address', MANIFEST.replace('https://example.org/style', 'file:///etc/passwd'), 'pack.md:7: source "STYLE": the url must start with https:// or http://'],
  ])('a manifest with %s is an error naming pack.md and the line', (_what, manifest, message) => {
    expect(errorsFor(packDir({ 'old-name.md': rule() }, manifest))).toContainEqual(expect.stringContaining(message));
  });

  it('a rule file is validated as content/rules files are: same errors, same lines', () => {
    const errors = errorsFor(packDir({ 'old-name.md': rule({ lens: 'kindness', sources: '[NHSR]' }) }));
    expect(errors).toContainEqual('rules/old-name.md:3: lens "kindness" is not one of: candour, compassion, respect, clarity');
    // Sources are the pack's own (pack.md), not the built-in content's.
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/old-name\.md:10: unknown source "NHSR" \(add it to sources in .*pack\.md\)$/));
  });

  it('a wrong manifest field is one error: its rule files are still checked against its sources', () => {
    // Once, every rule citing a source of pack.md also got "unknown source" when pack.md had any error.
    expect(errorsFor(packDir({ 'old-name.md': rule() }, MANIFEST.replace('"1.2.0"', '"1.2"')))).toEqual([
      'pack.md:3: version "1.2" is not a semantic version (MAJOR.MINOR.PATCH, such as 1.0.0 or 2.1.0-beta.1)',
    ]);
  });

  it('a Flag example the pack does not flag, and a Fine example it does, are errors at their lines', () => {
    const examples = `### Flag

- Welcome to **Westmoor Hospitals NHS Trust**.
- Welcome to **Westmoor General**.

### Fine

- Welcome to Test NHS Trust.
- Westmoor Hospitals NHS Trust has merged.
`;
    expect(errorsFor(packDir({ 'old-name.md': rule({}, examples) }))).toEqual([
      'rules/old-name.md:27: Flag example: expected "Westmoor General" to be flagged, got nothing',
      'rules/old-name.md:32: Fine example is flagged: "Westmoor Hospitals NHS Trust"',
    ]);
  });

  it('a Flag example a built-in rule swallows says which rule, so the author knows why', () => {
    const examples = `### Flag

- Under our **did not attend policy** you are discharged.
- Under the Trust's **did not attend policy** you are discharged.

### Fine

- Under the missed appointments policy you are discharged.
- You did not attend, and our policy is to write.
`;
    const errors = errorsFor(packDir({ 'dna-policy.md': rule({ phrases: '["did not attend policy"]', suggestions: '["missed appointments policy"]' }, examples) }), realRuleset());
    expect(errors).toEqual([
      'rules/dna-policy.md:25: Flag example: expected "did not attend policy" to be flagged, got nothing: the rule "as-per-policy" flags "our did not attend policy" here, and a longer finding takes the place of one inside it: reword the example, or leave these words to that rule',
    ]);
  });

  it('a rule may not be a letter-level check', () => {
    expect(errorsFor(packDir({ 'long.md': rule({ check: 'sentence-length', phrases: '' }) }))).toContainEqual('rules/long.md:9: check: sentence-length is a letter-level check of the built-in rules; a pack\'s rules are phrase rules');
  });

  it('two rules of the pack claiming one phrasing is an error, as in the built-in content', () => {
    const errors = errorsFor(packDir({ 'a-name.md': rule(), 'b-name.md': rule() }));
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/b-name\.md:8: "Westmoor Hospital NHS Trust" is also claimed by .*a-name\.md for patient, parent, carer, clinician$/));
  });

  it('related rules must be the pack\'s own or built-in', () => {
    expect(errorsFor(packDir({ 'old-name.md': rule({ related: '[dna, nowhere]' }) }))).toEqual(['rules/old-name.md:11: related rule "nowhere" is neither a rule of this pack nor a built-in rule']);
    // A pack rule's own related id gets the pack's prefix in the file; a built-in one stays as it is.
    const { pack } = buildPack(packDir({ 'old-name.md': rule({ related: '[dna, other]' }), 'other.md': rule({ phrases: '["Westmoor General"]' }, '### Flag\n\n- At **Westmoor General** today.\n- At **Westmoor General** again.\n\n### Fine\n\n- At home.\n- At work.\n') }), SMALL_BASE);
    expect(pack.rules[0].related).toEqual(['dna', 'test-trust/other']);
  });

  it('a pattern over the pack\'s phrase limit is an error at its line, naming the limit', () => {
    const big = `"westmoor {${Array.from({ length: 15 }, (_, i) => `a${i}`).join('|')}} {${Array.from({ length: 15 }, (_, i) => `b${i}`).join('|')}}"`;
    expect(errorsFor(packDir({ 'old-name.md': rule({ phrases: `\n  - "Westmoor {Hospital|Hospitals} NHS Trust"\n  - ${big}` }) }))).toContainEqual(
      expect.stringMatching(/^rules\/old-name\.md:9: the phrase "westmoor \{a0.*" stands for 225 phrasings; the most one phrase may stand for is 200/),
    );
  });

  it('more rules than a pack may have is an error', () => {
    const rules = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`r${i}.md`, rule({ phrases: `["westmoor ward ${i}"]` })]));
    expect(errorsFor(packDir(rules))).toContainEqual('rules:1: has 101 rules; the most a pack may have is 100');
  });

  it('more phrasings in all than a pack may have is an error', () => {
    // 26 rules of 200 phrasings each: 5,200 in all.
    const rules = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`r${i}.md`, rule({ phrases: `["ward${i} {${Array.from({ length: 20 }, (_, k) => `a${k}`).join('|')}} {${Array.from({ length: 10 }, (_, k) => `b${k}`).join('|')}}"]` })]));
    expect(errorsFor(packDir(rules))).toContainEqual('rules:1: the rules stand for 5,200 phrasings in all; the most a pack may have is 5,000');
  });
});
