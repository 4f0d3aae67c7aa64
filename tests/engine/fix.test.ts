/**
 * planFix: the one fix function the extension, the site and the CLI share. A fix is an edit that
 * changes the text where the finding is, or nothing at all: never an empty edit (which an editor
 * turns into Backspace) and never an edit at offsets the text has moved away from.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { applyEdit, applySuggestion, planFix } from '../../engine/apply.js';
import type { CompiledRuleset, Finding } from '../../engine/types.js';
import { exampleLetters, realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const first = (text: string, ruleId: string): Finding => {
  const f = checker.check(text).find((g) => g.ruleId === ruleId);
  if (!f) throw new Error(`no ${ruleId} finding in ${JSON.stringify(text)}`);
  return f;
};

describe('planFix', () => {
  it('turns block capitals into sentence case instead of an empty edit at the end of the text', () => {
    const text = 'PLEASE BRING YOUR LETTER\nThanks Jo';
    const f = first(text, 'block-capitals');
    const plan = planFix(text, f, 0);
    expect(plan.kind).toBe('edit');
    if (plan.kind !== 'edit') return;
    expect(plan.edit.end).toBeLessThanOrEqual(f.end);
    expect(applyEdit(text, plan.edit)).toBe('Please bring your letter\nThanks Jo');
  });

  it('says there is nothing to change rather than writing an empty edit', () => {
    const text = 'Call 01632 960001';
    const fake: Finding = { ...first('YOU FAILED TO ATTEND', 'failed-to-attend'), start: 5, end: 10, actual: '01632', suggestions: ['01632'] };
    expect(planFix(text, fake, 0)).toEqual({ kind: 'unchanged' });
  });

  it('refuses a fix whose words are no longer at the finding (the letter was edited after the check)', () => {
    const text = 'Dear Sam, you failed to attend your appointment.';
    const f = first(text, 'failed-to-attend');
    const edited = `Ref 12. ${text}`;
    expect(planFix(edited, f, 0)).toEqual({ kind: 'stale' });
  });

  it('deleting a word takes one neighbouring space with it (no double space)', () => {
    const text = 'It is just a scratch.';
    const f = first(text, 'just');
    const plan = planFix(text, f, f.suggestions.indexOf(''));
    expect(plan.kind).toBe('edit');
    if (plan.kind === 'edit') expect(applyEdit(text, plan.edit)).toBe('It is a scratch.');
  });

  it('never plans an empty edit for any suggestion of any finding in the example letters', () => {
    let edits = 0;
    for (const letter of exampleLetters()) {
      for (const f of checker.check(letter)) {
        f.suggestions.forEach((_, i) => {
          const plan = planFix(letter, f, i);
          if (plan.kind !== 'edit') return;
          edits++;
          expect(plan.edit.start === plan.edit.end && plan.edit.insert === '', `${f.ruleId} ${i}`).toBe(false);
          expect(applyEdit(letter, plan.edit)).not.toBe(letter);
        });
      }
    }
    expect(edits).toBeGreaterThan(100);
  });
});

// The engine gaps tests/content/engine-gaps.ts listed: each read as broken English after a click.
describe('applySuggestion reads as English', () => {
  const at = (text: string, words: string, suggestion: string) => {
    const start = text.indexOf(words);
    return applySuggestion(text, { start, end: start + words.length, suggestions: [suggestion] });
  };

  it('carries a capital only at a sentence start, not from a name or abbreviation mid-sentence', () => {
    expect(at("We noted that Amira DNA'd twice.", "DNA'd", 'missed an appointment')).toBe('We noted that Amira missed an appointment twice.');
    expect(at('He is a Caucasian man.', 'Caucasian', 'white')).toBe('He is a white man.');
    expect(at('Mistakes were made.', 'Mistakes were made', 'we made mistakes')).toBe('We made mistakes.');
  });

  it('keeps a capital the suggestion is written with mid-sentence (names, "I")', () => {
    expect(at('She is deaf and dumb.', 'deaf and dumb', 'Deaf')).toBe('She is Deaf.');
    expect(at('He has mongolism.', 'mongolism', "Down's syndrome")).toBe("He has Down's syndrome.");
  });

  it('deleting a phrase that opens a sentence takes its comma and capitalises the next word', () => {
    expect(at('Obviously, you will not be able to drive.', 'Obviously', '')).toBe('You will not be able to drive.');
    expect(at('Thanks. Obviously, you must rest.', 'Obviously', '')).toBe('Thanks. You must rest.');
  });

  it('deleting a whole sentence takes its full stop and one space', () => {
    expect(at('Thank you. Sorry for any inconvenience. See you soon.', 'Sorry for any inconvenience', '')).toBe('Thank you. See you soon.');
  });

  it('a suggestion that ends a sentence capitalises the next sentence', () => {
    expect(at('We regret that the clinic was full', 'We regret that', 'I am sorry.')).toBe('I am sorry. The clinic was full');
  });
});

describe('a fix on an abbreviation written with full stops', () => {
  const fixed = (text: string) => applySuggestion(text, first(text, 'eg-ie-etc'));

  it('replaces its last full stop too: "i.e." is not "that is."', () => {
    expect(fixed('Take it on an empty stomach, i.e. 30 minutes before breakfast.')).toBe('Take it on an empty stomach, that is 30 minutes before breakfast.');
    expect(fixed('Bring snacks, e.g. fruit.')).toBe('Bring snacks, for example fruit.');
  });

  it('gives back the full stop that also ended the sentence', () => {
    expect(fixed('Please call us a.s.a.p. We will then book your scan.')).toBe('Please call us as soon as possible. We will then book your scan.');
    expect(fixed('Please call us a.s.a.p.')).toBe('Please call us as soon as possible.');
  });
});

describe('deleting the last sentence of a line', () => {
  it('leaves no space at the end of the line', () => {
    const text = 'Thank you. Sorry for any inconvenience.\nYours';
    const start = text.indexOf('Sorry');
    expect(applySuggestion(text, { start, end: start + 'Sorry for any inconvenience'.length, suggestions: [''] })).toBe('Thank you.\nYours');
  });
});

describe('a fix is not flagged again', () => {
  it('a risk given as "1 in 10 (10%)" after the percentage fix is not flagged', () => {
    const text = 'Your risk of a clot is 10% after the operation.';
    const f = first(text, 'percentage-risk');
    const fixed = applySuggestion(text, f);
    expect(fixed).toBe('Your risk of a clot is 1 in 10 (10%) after the operation.');
    expect(checker.check(fixed).filter((g) => g.ruleId === 'percentage-risk')).toEqual([]);
    // A percentage in brackets after anything else still counts.
    expect(checker.check('Your risk of a clot is small (10%).').filter((g) => g.ruleId === 'percentage-risk')).toHaveLength(1);
  });
});

describe('a percentage that ends a sentence', () => {
  it('is found whole: the sentence span takes in the "%" after its last word', () => {
    for (const text of ['The risk is 10%.', 'The risk of bleeding is small (2%).', 'The chance of this is 5 per cent.', 'The risk is 10 %!\nCall us.']) {
      expect(checker.check(text).filter((g) => g.ruleId === 'percentage-risk').map((g) => g.actual.replace(/\s+/g, ' ')), text).toHaveLength(1);
    }
    expect(checker.check('The risk is 10 %. Call us.').find((g) => g.ruleId === 'percentage-risk')?.actual).toBe('10 %');
  });

  it('is found once, in its own sentence, when the next sentence starts close after it', () => {
    const found = checker.check('The risk is 10%. 5% of us. The odds are 2%.').filter((g) => g.ruleId === 'percentage-risk');
    expect(found.map((g) => g.actual)).toEqual(['10%', '2%']);
  });
});
