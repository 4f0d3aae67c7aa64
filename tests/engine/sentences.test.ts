/** Sentence boundaries decide the long-sentence finding and readability, so they get their own tests. */
import { describe, expect, it } from 'vitest';
import { splitSentences, countSyllables } from '../../engine/sentences.js';
import { tokenize } from '../../engine/tokenize.js';
import { tokenListOf } from '../../engine/token-list.js';

/** The object tokens tokenize() returns, as the parallel arrays the engine reads. */
const tokensOf = (text: string) => tokenListOf(text, tokenize(text).tokens);

const sentences = (text: string) => splitSentences(text, tokensOf(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on full stops but not after titles, initials or e.g.', () => {
    expect(sentences('Dr. Patel saw you. It went well. See e.g. the leaflet.')).toEqual(['Dr. Patel saw you.', 'It went well.', 'See e.g. the leaflet.']);
  });

  it('keeps the last full stop of "e.g.", "i.e." and "p.m." with the word, and ends a sentence only after "p.m."', () => {
    const words = (text: string) => tokenize(text).tokens.map((t) => text.slice(t.start, t.end));
    expect(words('Take it, i.e. before food, e.g. toast.')).toEqual(['Take', 'it', 'i.e.', 'before', 'food', 'e.g.', 'toast']);
    expect(sentences('Bring your tablets, e.g. Paracetamol. Take it, i.e. Before food.')).toEqual(['Bring your tablets, e.g. Paracetamol.', 'Take it, i.e. Before food.']);
    expect(sentences('Come at 3 p.m. The nurse will meet you.')).toEqual(['Come at 3 p.m.', 'The nurse will meet you.']);
    // The stop still ends a phrase there, as it did when it lay between the words.
    expect(tokenize('at 3 p.m. The nurse').tokens[3].gapBefore).toBe(2);
  });

  it('ends a sentence after "etc." when a sentence plainly starts next', () => {
    expect(sentences('Bring your glasses, hearing aids etc. The clinic is on the first floor.')).toEqual(['Bring your glasses, hearing aids etc.', 'The clinic is on the first floor.']);
    expect(sentences('Bring your glasses etc. and your letter.')).toEqual(['Bring your glasses etc. and your letter.']);
  });

  it('takes in the symbols after its last word, up to the next sentence', () => {
    expect(sentences('The risk is 10%. Call us.')).toEqual(['The risk is 10%.', 'Call us.']);
    expect(sentences('The risk is 10 %!\nCall us (or your GP).')).toEqual(['The risk is 10 %!', 'Call us (or your GP).']);
    // What opens the next sentence is not taken in.
    expect(sentences('We are sorry. (This was our mistake.) "Thank you," you said.')).toEqual(['We are sorry.', 'This was our mistake.)', 'Thank you," you said.']);
  });

  it('ends a sentence after a single capital when a sentence plainly starts next, but not after an initial', () => {
    expect(sentences('Please come to Clinic B. If this time does not suit you, call us.')).toEqual(['Please come to Clinic B.', 'If this time does not suit you, call us.']);
    expect(sentences('Go to Ward 7 or Bay C. The nurse will meet you.')).toEqual(['Go to Ward 7 or Bay C.', 'The nurse will meet you.']);
    expect(sentences('Your GP, Dr J. R. Patel, wrote to us. Mr. A. Smith replied.')).toEqual(['Your GP, Dr J. R. Patel, wrote to us.', 'Mr. A. Smith replied.']);
  });

  it('counts a hyphenated word as one word', () => {
    const words = (text: string) => splitSentences(text, tokensOf(text)).map((s) => s.words);
    expect(words('Your follow-up appointment is on Monday.')).toEqual([6]);
    // A dash between spaces joins nothing.
    expect(words('Your follow - up is soon.')).toEqual([5]);
  });

  it('treats each bullet of a list as its own sentence', () => {
    expect(sentences('Call 999 if you:\n- have chest pain\n- feel confused\n* are very drowsy\n1. cannot wake up')).toEqual([
      'Call 999 if you', 'have chest pain', 'feel confused', 'are very drowsy', '1. cannot wake up',
    ]);
  });

  it('ends a sentence at a colon, but not inside a time', () => {
    expect(sentences('Inhaler (100 micrograms): 2 puffs at night')).toEqual(['Inhaler (100 micrograms)', '2 puffs at night']);
    expect(sentences('Come at 10:30 on Monday.')).toEqual(['Come at 10:30 on Monday.']);
  });

  it('joins a hard-wrapped line that continues in lower case, and splits a new line that starts a new thought', () => {
    expect(sentences('We are sorry that you\nwaited so long.\nYour next appointment is soon.')).toEqual([
      'We are sorry that you\nwaited so long.', 'Your next appointment is soon.',
    ]);
    expect(sentences('Dear Sam\nThank you for coming.')).toEqual(['Dear Sam', 'Thank you for coming.']);
  });
});

describe('countSyllables', () => {
  it('tells SMOG\'s polysyllables (3 or more) from shorter words, allowing for silent endings', () => {
    const poly = (w: string) => countSyllables(w) >= 3;
    expect(['medicine', 'appointment', 'cardiology', 'hospital', 'unfortunately'].map(poly)).toEqual([true, true, true, true, true]);
    expect(['cat', 'table', 'liked', 'tablets', 'breathless', 'pressure'].map(poly)).toEqual([false, false, false, false, false, false]);
  });
});

describe('readability', () => {
  it('does not count email and web addresses as long words', async () => {
    const { measureReadability } = await import('../../engine/readability.js');
    const read = (text: string) => {
      const tokens = tokensOf(text);
      return measureReadability(tokens, splitSentences(text, tokens));
    };
    expect(read('Email jo.smith@example.org or visit www.example.org today.').polysyllables).toBe(0);
    expect(read('Your appointment is on Monday.').polysyllables).toBe(1);
  });

  it('counts a hyphenated word as one word', async () => {
    const { measureReadability } = await import('../../engine/readability.js');
    const text = 'Your follow-up is on Monday. Your well-being matters.';
    const tokens = tokensOf(text);
    expect(measureReadability(tokens, splitSentences(text, tokens), text).words).toBe(8);
  });
});
