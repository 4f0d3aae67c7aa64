/**
 * A pack file is untrusted input (a file someone picked, or one pushed by policy): readPack checks
 * its shape, sizes and strings and throws nothing but a PackError naming each problem; withPacks
 * adds its rules under the pack's name, so they behave like built-in rules and cannot shadow one.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createChecker } from '../../engine/checker.js';
import {
  MAX_PACK_CHARS, MAX_PACK_PHRASINGS, MAX_PACK_RULES, MAX_PACKS, PACK_FORMAT, PACK_FORMAT_VERSION, PackError, isSemver, readPack, withPacks,
  type PackFile, type PackRule,
} from '../../engine/pack/index.js';
import { makeRuleset } from './make-ruleset.js';

function packRule(over: Partial<PackRule> = {}): PackRule {
  return {
    id: 'old-name',
    title: 'Old trust name',
    lens: 'clarity',
    severity: 'warning',
    audiences: ['patient', 'parent', 'carer', 'clinician'],
    values: ['working-together'],
    message: 'Westmoor Hospitals NHS Trust is now Example NHS Foundation Trust.',
    suggestions: ['Example NHS Foundation Trust'],
    explanation: [{ type: 'heading', text: 'Why' }, { type: 'paragraph', text: 'Patients look for the name we use now.' }],
    sources: [{ title: 'Style guide', url: 'https://example.org/style' }],
    related: [],
    ...over,
  };
}

function pack(over: Partial<PackFile> = {}): PackFile {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    name: 'example-trust',
    version: '1.0.0',
    organisation: 'Example NHS Foundation Trust',
    description: 'Local wording.',
    rules: [packRule()],
    phrases: [{ rule: 0, phrasing: 'Westmoor Hospitals NHS Trust' }],
    ...over,
  };
}

/** The problems readPack reports for a value (fails the test if it accepts it or throws anything else). */
function problems(value: unknown): string[] {
  try {
    readPack(value);
  } catch (e) {
    if (e instanceof PackError) return [...e.problems];
    throw e;
  }
  throw new Error('readPack accepted it');
}

const BASE = makeRuleset([{ id: 'dna', phrases: [{ match: 'DNA', case: 'sensitive' }], suggestions: ['missed'] }, { id: 'old-name', phrases: ['old name'] }]);

describe('readPack', () => {
  it('reads a valid pack, from JSON text or a parsed value, into a fresh copy', () => {
    const p = pack();
    expect(readPack(JSON.stringify(p))).toEqual(p);
    const copy = readPack(p);
    expect(copy).toEqual(p);
    expect(copy.rules[0]).not.toBe(p.rules[0]);
  });

  it.each([
    ['not JSON', '{"format":', /not JSON/],
    ['an array', '[]', /the pack must be a set of fields/],
    ['another kind of file', JSON.stringify({ format: 'values-lens-settings', version: 1 }), /is not a Values Lens rule pack/],
    ['a newer format', JSON.stringify({ ...pack(), formatVersion: 2 }), /pack format 2, made for a newer Values Lens/],
  ])('refuses %s with one clear problem', (_what, text, message) => {
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = JSON.stringify({ ...pack(), description: 'x'.repeat(MAX_PACK_CHARS) });
    expect(problems(text)).toEqual([expect.stringMatching(/characters long; the most allowed is 524,288/)]);
  });

  it.each([
    ['a version that is not semver', { version: '1.0' }, 'version "1.0" is not a semantic version'],
    ['a version with a leading zero', { version: '01.0.0' }, 'version "01.0.0" is not a semantic version'],
    ['a name that is not kebab-case', { name: 'Example Trust' }, 'name "Example Trust" must be kebab-case'],
    ['an empty organisation', { organisation: ' ' }, 'organisation must not be empty'],
    ['no rules', { rules: [], phrases: [] }, 'rules is empty'],
    ['an unknown field', { extra: 1 } as Partial<PackFile>, 'the pack has an unknown field "extra"'],
    // Found by the fast-check test below: a TypeError, not a PackError.
    ['rules that are not a list', { rules: null } as unknown as Partial<PackFile>, 'rules must be a list'],
  ])('refuses %s, naming the field', (_what, over, message) => {
    expect(problems(pack(over))).toContainEqual(expect.stringContaining(message));
  });

  it.each([
    ['a lens that does not exist', { lens: 'kindness' as PackRule['lens'] }, 'rules[0].lens must be one of'],
    ['a rule id with a slash (shadowing another pack)', { id: 'other/dna' }, 'rules[0].id "other/dna" must be kebab-case'],
    ['a javascript: source url', { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'rules[0].sources[0].url must start with https://'],
    ['a message with an escape character', { message: 'Say \u001b[31mthis' }, 'rules[0].message holds a control character'],
    ['a title with a right-to-left override', { title: 'Old \u202ename' }, 'rules[0].title holds a control character'],
    ['a message over 1,000 characters', { message: 'x'.repeat(1001) }, 'rules[0].message is 1,001 characters long; the most allowed is 1,000'],
    ['an explanation block of raw HTML', { explanation: [{ type: 'html', text: '<script>' }] as unknown as PackRule['explanation'] }, 'rules[0].explanation[0].type must be one of: heading, paragraph, list'],
    ['an explanation over 8,000 characters in all', { explanation: Array.from({ length: 9 }, () => ({ type: 'paragraph' as const, text: 'x'.repeat(1000) })) }, 'rules[0].explanation is 9,000 characters long in all'],
    ['no audiences', { audiences: [] }, 'rules[0].audiences is empty'],
  ])('refuses a rule with %s', (_what, over, message) => {
    expect(problems(pack({ rules: [packRule(over)] }))).toContainEqual(expect.stringContaining(message));
  });

  it.each([
    ['a rule number out of range', { rule: 1, phrasing: 'old name' }, 'phrases[1].rule must be the number of one of the pack\'s rules (0 to 0)'],
    ['only wildcards', { rule: 0, phrasing: '* *' }, 'phrases[1].phrasing "* *" has no words, only "*"'],
    ['no words', { rule: 0, phrasing: '^ $' }, 'phrases[1].phrasing'],
    ['a role that does not exist', { rule: 0, phrasing: 'old name', role: 'signal:x' }, 'phrases[1].role must be one of: exception, unless'],
    ['suggestions on an exception', { rule: 0, phrasing: 'old name road', role: 'exception', suggest: ['x'] }, 'phrases[1] is an exception: it flags nothing'],
  ])('refuses a phrase with %s', (_what, phrase, message) => {
    const p = pack();
    (p.phrases as unknown[]).push(phrase);
    expect(problems(p)).toContainEqual(expect.stringContaining(message));
  });

  it('a problem in one rule does not make the next rule\'s phrases point nowhere', () => {
    const found = problems(pack({ rules: [packRule({ lens: 'x' as PackRule['lens'] }), packRule({ id: 'second' })], phrases: [{ rule: 0, phrasing: 'a b' }, { rule: 1, phrasing: 'c d' }] }));
    expect(found).toEqual(['rules[0].lens must be one of: candour, compassion, respect, clarity']);
  });

  it('refuses a rule that flags nothing (only exceptions)', () => {
    expect(problems(pack({ phrases: [{ rule: 0, phrasing: 'westmoor road', role: 'exception' }] }))).toContainEqual(expect.stringContaining('("old-name") has no phrase that flags anything'));
  });

  it('refuses two rules with one id', () => {
    expect(problems(pack({ rules: [packRule(), packRule()], phrases: [{ rule: 0, phrasing: 'a b' }, { rule: 1, phrasing: 'c d' }] }))).toContainEqual('rules[1].id "old-name" is used by another rule of this pack');
  });

  it('refuses more rules and phrasings than the limits, saying the limit', () => {
    const rules = Array.from({ length: MAX_PACK_RULES + 1 }, (_, i) => packRule({ id: `r${i}` }));
    expect(problems(pack({ rules }))).toContainEqual(`rules has ${MAX_PACK_RULES + 1} items; the most allowed is ${MAX_PACK_RULES}`);
    const phrases = Array.from({ length: MAX_PACK_PHRASINGS + 1 }, (_, i) => ({ rule: 0, phrasing: `word${i}` }));
    expect(problems(pack({ phrases }))).toContainEqual('phrases has 5,001 items; the most allowed is 5,000');
  });

  it('refuses "__proto__" and "constructor" as fields instead of reading them', () => {
    const text = JSON.stringify(pack()).replace('"name":', '"__proto__":{"polluted":1},"name":');
    expect(problems(text)).toContainEqual(expect.stringContaining('unknown field "__proto__"'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports at most 20 problems', () => {
    const rules = Array.from({ length: 50 }, (_, i) => packRule({ id: `r${i}`, lens: 'x' as PackRule['lens'] }));
    expect(problems(pack({ rules })).length).toBe(20);
  });

  it('throws nothing but a PackError, whatever the input (fast-check: mutated packs and arbitrary JSON)', () => {
    const valid = JSON.stringify(pack({ rules: [packRule({ suggestionsFor: { carer: ['[name]'] } })], phrases: [{ rule: 0, phrasing: '^old {name}$', suggest: ['x'], suggestFor: { parent: ['y'] } }, { rule: 0, phrasing: 'old name road', role: 'exception' }] }));
    const check = (input: unknown) => {
      try {
        readPack(input);
      } catch (e) {
        if (!(e instanceof PackError)) throw e;
      }
    };
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 300 });
    // Cut, insert and replace characters of a valid pack file.
    fc.assert(
      fc.property(fc.nat(valid.length), fc.nat(20), fc.string({ maxLength: 8 }), (at, cut, insert) => check(valid.slice(0, at) + insert + valid.slice(at + cut))),
      { numRuns: 500 },
    );
    // Swap any one value for an arbitrary JSON value.
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(JSON.parse(valid), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length)), fc.jsonValue(), (path, value) => {
        const copy = JSON.parse(valid);
        let at = copy;
        for (const k of path.slice(0, -1)) at = at[k];
        at[path[path.length - 1]] = value;
        check(copy);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isSemver', () => {
  it.each(['1.0.0', '0.1.0', '10.20.30', '1.0.0-beta.1', '1.0.0-rc.1+build.5', '2.0.0+20261205'])('accepts %s', (v) => expect(isSemver(v)).toBe(true));
  it.each(['1.0', '1', 'v1.0.0', '1.0.0.0', '01.0.0', '1.0.0-', '1.0.0-01', '1.0.0+', '1..0', ' 1.0.0'])('refuses %s', (v) => expect(isSemver(v)).toBe(false));
});

describe('withPacks', () => {
  it('adds pack rules under the pack\'s name, beside the built-in rule of the same id', () => {
    const p = readPack(pack({ rules: [packRule({ id: 'dna' })], phrases: [{ rule: 0, phrasing: 'DNA policy', caseSensitive: true }] }));
    const { ruleset, packRule: packOf } = withPacks(BASE, [p]);
    const checker = createChecker(ruleset);
    expect(checker.check('Under the DNA policy.').map((f) => f.ruleId)).toEqual(['example-trust/dna']);
    // The built-in rule is still there and still its own.
    expect(checker.check('You DNA your appointment.').map((f) => f.ruleId)).toEqual(['dna']);
    expect(packOf('example-trust/dna')?.pack).toEqual({ name: 'example-trust', version: '1.0.0', organisation: 'Example NHS Foundation Trust', description: 'Local wording.' });
    expect(packOf('example-trust/dna')?.rule.explanation[1]).toEqual({ type: 'paragraph', text: 'Patients look for the name we use now.' });
    expect(packOf('dna')).toBeUndefined();
  });

  it('a pack finding looks like a built-in one: message, severity, lens, suggestions by audience, exceptions', () => {
    const p = readPack(pack({
      rules: [packRule({ suggestionsFor: { carer: ['[name]\'s trust'] } })],
      phrases: [
        { rule: 0, phrasing: 'Westmoor Hospitals NHS Trust' },
        { rule: 0, phrasing: 'WHT', caseSensitive: true, suggest: ['the trust'], suggestFor: { clinician: ['EFT'] } },
        { rule: 0, phrasing: 'Westmoor Hospitals NHS Trust archive', role: 'exception' },
      ],
    }));
    const checker = createChecker(withPacks(BASE, [p]).ruleset);
    const [f] = checker.check('Welcome to Westmoor Hospitals NHS Trust today.');
    expect(f).toMatchObject({ ruleId: 'example-trust/old-name', lens: 'clarity', severity: 'warning', actual: 'Westmoor Hospitals NHS Trust', message: packRule().message, suggestions: ['Example NHS Foundation Trust'] });
    expect(checker.check('Welcome to Westmoor Hospitals NHS Trust.', { audience: 'carer' })[0].suggestions).toEqual(['[name]\'s trust']);
    expect(checker.check('Referred to WHT today.')[0].suggestions).toEqual(['the trust']);
    expect(checker.check('Referred to WHT today.', { audience: 'clinician' })[0].suggestions).toEqual(['EFT']);
    expect(checker.check('Her wht count was normal.')).toEqual([]);
    expect(checker.check('See the Westmoor Hospitals NHS Trust archive.')).toEqual([]);
  });

  it('"unless" phrasings silence the rule for the whole letter, and mark it as whole-text', () => {
    const p = readPack(pack({ phrases: [{ rule: 0, phrasing: 'Westmoor Hospitals NHS Trust' }, { rule: 0, phrasing: 'formerly', role: 'unless' }] }));
    const { ruleset } = withPacks(BASE, [p]);
    expect(ruleset.rules.find((r) => r.id === 'example-trust/old-name')?.wholeText).toBe(true);
    const checker = createChecker(ruleset);
    expect(checker.check('Westmoor Hospitals NHS Trust.')).toHaveLength(1);
    expect(checker.check('Westmoor Hospitals NHS Trust.\n\nWe were formerly known by that name.')).toEqual([]);
  });

  it('refuses two packs of one name, and more than the limit of packs at once', () => {
    const p = readPack(pack());
    expect(() => withPacks(BASE, [p, readPack(pack({ version: '1.1.0' }))])).toThrow(PackError);
    expect(() => withPacks(BASE, [p, p])).toThrow(/two packs are named "example-trust"/);
    const many = Array.from({ length: MAX_PACKS + 1 }, (_, i) => readPack(pack({ name: `pack-${i}` })));
    expect(() => withPacks(BASE, many)).toThrow(/11 packs are loaded; the most allowed at once is 10/);
    expect(withPacks(BASE, many.slice(0, 2)).ruleset.rules.map((r) => r.id)).toEqual(['dna', 'old-name', 'pack-0/old-name', 'pack-1/old-name']);
  });

  it('no packs: the ruleset unchanged', () => {
    expect(withPacks(BASE, []).ruleset).toBe(BASE);
  });
});
