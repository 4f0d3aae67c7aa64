import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { applySuggestion } from '../../engine/apply.js';
import { expandPattern } from '../../engine/patterns.js';
import { makeRuleset } from './make-ruleset.js';

const checker = createChecker(
  makeRuleset([
    { id: 'failed-to-attend', phrases: ['{fail|fails|failed|failing} to attend'], suggestions: ['did not come to'], audiences: ['patient', 'carer'] },
    { id: 'was-not-brought', phrases: ['did not attend'], suggestions: ['was not brought to'], audiences: ['parent'] },
    { id: 'denies', phrases: [{ match: 'denies', suggest: ['has not had'] }, { match: 'denied', suggest: ['did not have'] }] },
    { id: 'just', severity: 'advice', phrases: ['just'], suggestions: [''], exceptions: ['just {below|above|under|over}'] },
    { id: 'sob', lens: 'clarity', phrases: [{ match: 'SOB', case: 'sensitive', suggest: ['breathlessness'] }], audiences: ['patient', 'parent', 'carer'] },
    { id: 'non-compliant', phrases: ['non-compliant'], suggestions: ['finding it hard to take your medicines'] },
    { id: 'mistakes-were-made', lens: 'candour', phrases: ['mistakes were made'], suggestions: ['we made mistakes'] },
    { id: 'endearment-love', phrases: ['^ love $'], suggestions: [''] },
    { id: 'regret', lens: 'candour', severity: 'advice', phrases: ['{we|I} regret'], unless: ['sorry'] },
    { id: 'sorry-but', lens: 'candour', phrases: ["{I'm|I am|we are} sorry but"] },
    { id: 'regrettably', lens: 'candour', severity: 'advice', phrases: ['regrettably'], onlyIf: ['{mistake|error|was lost|went wrong}'] },
    { id: 'sorry-you-feel', lens: 'candour', phrases: ['sorry * feel'] },
    { id: 'the-patient', lens: 'respect', phrases: ['the patient'], suggestions: ['you'] },
    { id: 'this-gentleman', lens: 'respect', phrases: ['this * * year old gentleman'] },
    { id: 'pleasant', phrases: ['pleasant'] },
    { id: 'please-ensure', lens: 'respect', phrases: ['please ensure'] },
    { id: 'ensure', lens: 'clarity', phrases: ['ensure'] },
  ]),
);
const ids = (text: string, audience?: 'patient' | 'parent' | 'carer' | 'clinician') =>
  checker.check(text, audience ? { audience } : undefined).map((f) => f.ruleId);

describe('patterns', () => {
  it('expands alternatives, inner-word groups, optionals and nesting', () => {
    expect(expandPattern('fail{|s|ed} to attend').sort()).toEqual(['fail to attend', 'failed to attend', 'fails to attend']);
    expect(expandPattern('the patient [has] denied').sort()).toEqual(['the patient denied', 'the patient has denied']);
    expect(expandPattern('{a {big|small}|the} cat').sort()).toEqual(['a big cat', 'a small cat', 'the cat']);
  });
  it('rejects unbalanced groups with a message naming the pattern', () => {
    expect(() => expandPattern('{a|b')).toThrow(/"\{a\|b" has an unclosed/);
    expect(() => expandPattern('a]')).toThrow(/stray/);
  });
});

describe('check', () => {
  it('finds phrases case-insensitively with offsets that slice to the phrase', () => {
    const text = 'Dear Sam,\nYou FAILED to attend your appointment.';
    const [f] = checker.check(text);
    expect(f.ruleId).toBe('failed-to-attend');
    expect(text.slice(f.start, f.end)).toBe('FAILED to attend');
    expect(f.actual).toBe('FAILED to attend');
    expect([f.line, f.column]).toEqual([2, 5]);
    expect(f.url).toBe('rules/failed-to-attend.html');
  });

  it('matches on whole words only', () => {
    expect(ids('He is unjust and adjusting.')).toEqual([]);
    expect(ids('It is just a scratch.')).toEqual(['just']);
  });

  it('ignores the patient\u2019s own words in quotation marks, straight or curly', () => {
    expect(ids('You said "I failed to attend because of the bus".')).toEqual([]);
    expect(ids('You said \u201cI failed to attend\u201d.')).toEqual([]);
    expect(ids('You told me it was \u2018just a bruise\u2019.')).toEqual([]);
    expect(ids("You told me it was 'just a bruise'.")).toEqual([]);
    // An apostrophe is not a quotation mark.
    expect(ids("You didn't come, and you failed to attend again.")).toEqual(['failed-to-attend']);
  });

  it('reads inch and foot marks as measurements, not quotation marks', () => {
    // Without this, 5'9" opened a quotation that the next quote closed, hiding everything between.
    expect(ids('You are 5\'9" tall and you failed to attend. "Thanks," you said.')).toEqual(['failed-to-attend']);
    expect(ids('A 2" wound. You failed to attend. "Thanks," you said.')).toEqual(['failed-to-attend']);
    expect(ids('Height 5\' 11", and you failed to attend. "Thanks," you said.')).toEqual(['failed-to-attend']);
    // A quotation that ends in a number still closes.
    expect(ids('You said "call 111 if I failed to attend 2" and left.')).toEqual([]);
  });

  it('skips template placeholders of every style', () => {
    for (const p of ['{{just}}', '[JUST]', '<<just>>', '\u00abjust\u00bb']) expect(ids(`Dear ${p}, hello.`)).toEqual([]);
    expect(ids('[NAME] failed to attend on [DATE].')).toEqual(['failed-to-attend']);
  });

  it('never matches inside an email or web address', () => {
    expect(ids('Email just@example.org or see www.example.org/just-below today.')).toEqual([]);
    expect(ids('Email us at team@example.org. It is just a check.')).toEqual(['just']);
    expect(ids('See https://example.org/just-below/just. Just call.')).toEqual(['just']);
    // An "@" that is not an address (no domain) hides nothing.
    expect(ids('Meet @ just 3pm.')).toEqual(['just']);
  });

  it('honours exceptions where they overlap the match', () => {
    expect(ids('The pain is just below the knee.')).toEqual([]);
    expect(ids('It is just sore, just below the knee.')).toEqual(['just']);
  });

  it('treats hyphen and space alike', () => {
    expect(ids('You were non-compliant.')).toEqual(['non-compliant']);
    expect(ids('You were non compliant.')).toEqual(['non-compliant']);
  });

  it('is case-sensitive where a phrase asks for it', () => {
    expect(ids('You had SOB on exertion.')).toEqual(['sob']);
    expect(ids('I heard you sob on the phone.')).toEqual([]);
  });

  it('never matches across a sentence end, but does across a comma', () => {
    expect(ids('Mistakes. Were made.')).toEqual([]);
    expect(ids("I'm sorry, but we cannot.")).toEqual(['sorry-but']);
  });

  it('supports clause anchors and wildcards', () => {
    expect(ids('Thanks, love.')).toEqual(['endearment-love']);
    expect(ids('We would love to see you.')).toEqual([]);
    expect(ids('I am sorry you feel that way.')).toEqual(['sorry-you-feel']);
  });

  it('lets "onlyIfLetterHas" keep a rule quiet in a letter without any of its phrases', () => {
    expect(ids('Regrettably, the clinic is closed on Fridays.')).toEqual([]);
    expect(ids('Regrettably, your referral was lost.')).toEqual(['regrettably']);
    // The phrase it needs may come anywhere, before or after.
    expect(ids('We made a mistake.\n\nRegrettably, the clinic is closed.')).toEqual(['regrettably']);
    expect(ids('Regrettably, the clinic is closed. We made an error.')).toEqual(['regrettably']);
  });

  it('lets "unlessLetterHas" silence a rule anywhere in the text', () => {
    expect(ids('We regret the delay.')).toEqual(['regret']);
    expect(ids('We regret the delay. I am sorry it happened.')).toEqual([]);
  });

  it('switches rules by audience, lens and rule id', () => {
    expect(ids('Amy did not attend.', 'parent')).toEqual(['was-not-brought']);
    expect(ids('Amy did not attend.', 'patient')).toEqual([]);
    expect(ids('You failed to attend.', 'parent')).toEqual([]);
    expect(ids('You had SOB.', 'clinician')).toEqual([]);
    expect(checker.check('You failed to attend. Mistakes were made.', { lenses: ['candour'] }).map((f) => f.ruleId)).toEqual(['mistakes-were-made']);
    expect(checker.check('You failed to attend.', { disabledRules: ['failed-to-attend'] })).toEqual([]);
  });

  it('keeps separate issues side by side and returns them in text order', () => {
    expect(ids('The patient denies pain and failed to attend.')).toEqual(['the-patient', 'denies', 'failed-to-attend']);
  });

  it('lets a longer phrase swallow its own words, but not a separate issue under its wildcard', () => {
    expect(ids('Please ensure you bring it.')).toEqual(['please-ensure']);
    expect(ids('I saw this pleasant 66 year old gentleman.')).toEqual(['this-gentleman', 'pleasant']);
  });

  it('gives per-phrase suggestions', () => {
    const [a, b] = checker.check('She denies pain. She denied pain.');
    expect(a.suggestions).toEqual(['has not had']);
    expect(b.suggestions).toEqual(['did not have']);
  });

  it('never throws on odd input', () => {
    for (const s of ['', '\u0000', '\ud800', 'a'.repeat(10000), '""""', '[[[', '{{', '\u00ab', '\r\n\r\n']) expect(() => checker.check(s)).not.toThrow();
    expect(checker.check(undefined as unknown as string)).toEqual([]);
  });
});

describe('applySuggestion', () => {
  const apply = (text: string, i = 0) => {
    const [f] = checker.check(text);
    return applySuggestion(text, f, i);
  };
  it('replaces the phrase and keeps the original capitalisation', () => {
    expect(apply('You failed to attend on Monday.')).toBe('You did not come to on Monday.');
    expect(apply('Mistakes were made.')).toBe('We made mistakes.');
    expect(apply('I saw the patient today.')).toBe('I saw you today.');
    expect(apply('The patient was seen.')).toBe('You was seen.');
  });
  it('keeps an abbreviation\u2019s capitals out of the replacement mid-sentence', () => {
    expect(apply('You had SOB on exertion.')).toBe('You had breathlessness on exertion.');
    expect(apply('SOB on exertion.')).toBe('Breathlessness on exertion.');
  });
  it('deletes cleanly, without leaving a double space', () => {
    expect(apply('It is just a scratch.')).toBe('It is a scratch.');
    expect(apply('Just call us.')).toBe('Call us.');
    expect(apply('Thanks, love.')).toBe('Thanks.');
  });
  it('returns the text unchanged for a bad index or stale finding', () => {
    const text = 'It is just a scratch.';
    const [f] = checker.check(text);
    expect(applySuggestion(text, f, 5)).toBe(text);
    expect(applySuggestion('short', f, 0)).toBe('short');
  });
});
