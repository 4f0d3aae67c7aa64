/**
 * The greeting line ("Dear Mrs Khan,") is read in one place for the two checks that need the
 * reader's name: third-person-name ("Mrs Khan" later in the letter) and reader-pronoun ("she").
 */
import { describe, expect, it } from 'vitest';
import { readGreeting } from '../../engine/checks/greeting-name.js';
import { createChecker } from '../../engine/checker.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset());
const ruleIds = (text: string) => checker.check(text).map((f) => f.ruleId);

describe('readGreeting', () => {
  it('reads the title and the surname', () => {
    expect(readGreeting('Dear Mrs Amina Khan,\n\nThank you.')).toEqual({ title: 'Mrs', name: 'Khan', end: 21 });
    expect(readGreeting('  Dear Mr. O\u2019Neil\n')).toMatchObject({ title: 'Mr', name: 'O\u2019Neil' });
  });

  it('reads a greeting with no title', () => {
    expect(readGreeting('Dear Sam,\n')).toMatchObject({ title: undefined, name: 'Sam' });
  });

  it('finds no greeting in a line that goes on, or past the first 2,000 characters', () => {
    expect(readGreeting('Dear Mrs Khan, thank you for coming.')).toBeNull();
    expect(readGreeting(`${'x '.repeat(1000)}\nDear Mrs Khan,\n`)).toBeNull();
  });
});

describe('the two checks agree on the greeting', () => {
  const letter = (greeting: string, body: string) => `${greeting},\n\n${body}\n\nYours sincerely,\nDr Amina Rahman`;

  it('a greeting with a full stop after the title starts both', () => {
    expect(ruleIds(letter('Dear Mr. Okafor', 'Thank you for coming. He was well.'))).toContain('reader-as-he-or-she');
    expect(ruleIds(letter('Dear Mr. Okafor', 'Thank you for coming. Mr Okafor was well.'))).toContain('third-person-name');
  });

  it('a title with no gender (Mx) starts only the name check', () => {
    expect(ruleIds(letter('Dear Mx Okafor', 'Thank you for coming. He was well.'))).not.toContain('reader-as-he-or-she');
    expect(ruleIds(letter('Dear Mx Okafor', 'Thank you for coming. Mx Okafor was well.'))).toContain('third-person-name');
  });
});
