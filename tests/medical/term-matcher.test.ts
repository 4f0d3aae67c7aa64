import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../engine/medical/term-matcher.js';
import { tokenize, GAP_HARD } from '../../engine/tokenize.js';
import { realVocabulary } from './load.js';

const matcher = new TermMatcher(realVocabulary());

/** The matched text of each term in a sentence, tokenized as the engine does. */
function found(text: string): string[] {
  const { tokens } = tokenize(text);
  const raw = tokens.map((t) => text.slice(t.start, t.end));
  return matcher
    .find(tokens.map((t) => t.norm), { raw, breakBefore: (i) => tokens[i].gapBefore === GAP_HARD })
    .map((m) => raw.slice(m.start, m.end).join(' '));
}

describe('term matcher', () => {
  it('takes the longest multi-word term', () => {
    expect(found('He had a deep vein thrombosis last year.')).toEqual(['deep vein thrombosis']);
    expect(found('Known chronic obstructive pulmonary disease.')).toEqual(['chronic obstructive pulmonary disease']);
  });

  it('finds the phrases of operation notes', () => {
    expect(found('The skin was prepped and draped in the usual sterile fashion.')).toEqual(['prepped and draped']);
    expect(found('A foreign body was removed, status post appendicectomy.')).toEqual(['foreign body', 'status post', 'appendicectomy']);
    expect(found('The superior pole was dissected free.')).toEqual(['superior pole', 'dissected']);
  });

  it('takes "radical", "superior" and "inferior" as jargon only before a medical word', () => {
    expect(found('He had a radical prostatectomy.')).toEqual(['radical', 'prostatectomy']);
    expect(found('Clot in the superior mesenteric vein and inferior vena cava.')).toContain('superior');
    expect(found('A radical idea, far superior to the inferior one.')).toEqual([]);
    expect(found('It was radical. Prostatectomy followed.')).toEqual(['Prostatectomy']);
  });

  it('joins hyphenated terms, which the tokenizer splits', () => {
    expect(found('Stop the beta-blockers.')).toEqual(['beta blockers']);
  });

  it('matches an inflected last word', () => {
    expect(found('Two deep vein thromboses.')).toEqual(['deep vein thromboses']);
  });

  it('does not run a term across a sentence end', () => {
    expect(found('We looked deep. Vein thrombosis was ruled out.')).toEqual(['thrombosis']);
  });

  it('reports single words, shorthand and word-part words, in order and without overlap', () => {
    expect(found('Paroxysmal AF, SOB and hepatosplenic tenderness.')).toEqual(['Paroxysmal', 'AF', 'SOB', 'hepatosplenic']);
  });

  it('can leave word-part words out', () => {
    const tokens = ['hepatosplenic', 'sputum'];
    expect(matcher.find(tokens, { wordParts: false }).map((m) => tokens[m.start])).toEqual(['sputum']);
  });

  it('finds nothing in plain English', () => {
    expect(found('Thank you for coming to see me at the clinic on Tuesday. Your heart is working well.')).toEqual([]);
  });

  it('gives the multi-word term and its wording', () => {
    const tokens = ['atrial', 'fibrillation'];
    const [m] = matcher.find(tokens);
    expect(m.match.term?.headword).toBe('atrial fibrillation');
    expect(m.match.suggestion).toBe('an irregular and often fast heartbeat');
  });

  // The medical-words check leaves out, as "", every word that can be no part of a match
  // (mayMatch), so the matcher skips most of a letter's words unread: the matches must not change.
  it('finds the same terms when the words that can match nothing are left out', () => {
    const text = [
      'He had a deep vein thrombosis and two deep vein thromboses. Stop the beta-blockers.',
      'Paroxysmal AF, SOB and hepatosplenic tenderness; pulmonary emboli; known chronic obstructive pulmonary disease.',
      'We looked deep. Vein thrombosis was ruled out. Thank you for coming to the clinic on Tuesday.',
      'Your atrial fibrillation was treated with anticoagulation and you were catheterised. Your biopsied varicose veins.',
    ].join('\n\n');
    const { tokens } = tokenize(text);
    const raw = tokens.map((t) => text.slice(t.start, t.end));
    const words = tokens.map((t) => t.norm);
    const breakBefore = (i: number) => tokens[i].gapBefore === GAP_HARD;
    const left = words.map((w, i) => (matcher.mayMatch(w, raw[i]) ? w : ''));
    expect(left.filter((w) => w === '').length).toBeGreaterThan(words.length / 3);
    const spans = (ms: ReturnType<typeof matcher.find>) => ms.map((m) => [m.start, m.end, m.match]);
    expect(spans(matcher.find(left, { raw: left.map((w, i) => (w ? raw[i] : '')), breakBefore }))).toEqual(spans(matcher.find(words, { raw, breakBefore })));
  });
});

/**
 * The checker blanks every token that can be no part of a term (medical-words.ts matcherInput,
 * by mayMatch). A walk from a common first word of a term ("your" of "your depot", "in" of "in
 * situ") stops at a blanked word without looking up its base forms: counted, not timed.
 */
describe('term matcher work', () => {
  function lookups(text: string): { found: string[]; lookups: number } {
    const { tokens } = tokenize(text);
    const raw = tokens.map((t) => text.slice(t.start, t.end));
    const words = tokens.map((t) => (matcher.mayMatch(t.norm, t.norm) ? t.norm : ''));
    const before = matcher.baseLookups;
    const found = matcher.find(words, { raw: words, breakBefore: (i) => tokens[i].gapBefore === GAP_HARD }).map((m) => raw.slice(m.start, m.end).join(' '));
    return { found, lookups: matcher.baseLookups - before };
  }

  it('reads no word after "your", "a" or "in" when that word is no part of any term', () => {
    expect(lookups('Your appointment is in clinic with a consultant in July.')).toEqual({ found: [], lookups: 0 });
  });

  it('still reads the words of a term that starts with one', () => {
    expect(lookups('The stent was left in situ, and your depot injection is due.')).toEqual({ found: ['in situ', 'your depot'], lookups: 3 });
  });
});
