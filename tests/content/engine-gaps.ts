/**
 * Failures of the suggestion test that no wording in content/ can avoid: engine/apply.ts or a
 * letter-level check makes them. Each names the engine change that would end it; the test checks
 * that every gap still happens, so a fixed one is noticed and deleted from this list.
 */
import type { Failure } from './suggestion-audit.js';

export interface EngineGap {
  id: string;
  /** What goes wrong, and the change to engine/ that would end it. */
  why: string;
  matches(f: Failure): boolean;
}

export const ENGINE_GAPS: EngineGap[] = [
  {
    id: 'capital-carried',
    why:
      'matchCase gives the replacement the original\'s first capital anywhere in a sentence, so "Amira DNA\'d" becomes ' +
      '"Amira Missed appointment" and "this Caucasian man" becomes "this Man". Change: carry a capital only at a sentence ' +
      'start (or when the whole phrase is shouted); elsewhere insert the suggestion as written.',
    matches: (f) => f.kind === 'case' && f.detail.startsWith('a capital mid-sentence'),
  },
  {
    id: 'name-lowered',
    why:
      'matchCase lowers a suggestion\'s first capital mid-sentence, so "Black person", "Deaf" and "Down\'s syndrome" ' +
      'arrive as "black person", "deaf", "down\'s syndrome". Change: mid-sentence, keep the suggestion as written ' +
      '(content/ writes suggestions in lower case except names and "I").',
    matches: (f) => f.kind === 'case' && f.detail.startsWith('a capital of the suggestion lowered'),
  },
  {
    id: 'deletion-leftover',
    why:
      'Deleting a phrase that opens a sentence leaves its comma (", you will not be able to drive"), and deleting a ' +
      'whole sentence leaves its full stop (".."). Change: in applySuggestion\'s deletion branch, at a sentence start ' +
      'also remove a following comma and spaces and capitalise the next word; when the deleted span is all of a ' +
      'sentence, remove its closing punctuation too.',
    matches: (f) => f.suggestion === '' && (f.kind === 'leftover' || f.kind === 'doubled') && /punctuation/.test(f.detail),
  },
  {
    id: 'sentence-ending-suggestion',
    why:
      'A suggestion that ends a sentence ("sorry.") leaves the next word in lower case: "I am sorry. the clinic was ' +
      'full". Change: in applySuggestion, when the replacement ends with . ! or ? and the text after it starts with ' +
      'spaces and a lower-case letter, capitalise that letter (as the deletion branch already does).',
    matches: (f) => f.kind === 'case' && /[.!?]$/.test(f.suggestion) && f.detail === 'a sentence now starts in lower case',
  },
  {
    id: 'percentage-reflagged',
    why:
      'The percentage-risk check suggests "1 in 10 (10%)", then flags the "10%" it kept. Change: in ' +
      'checks/percentage-risk.ts, skip a percentage in brackets straight after a natural frequency ("1 in 10 (").',
    matches: (f) => f.rule === 'percentage-risk' && f.kind === 'refound',
  },
  {
    id: 'abbreviation-full-stop',
    why:
      'A finding on "i.e." or "e.g." ends before the last full stop (the tokenizer takes it for the end of the ' +
      'sentence), so "i.e. 30 minutes" becomes "that is. 30 minutes". Change: in engine/tokenize.ts, keep the ' +
      'final "." of a word made of single letters and full stops ("e.g.", "i.e.", "a.s.a.p.") as part of the word.',
    matches: (f) => /^(?:\p{L}\.)+\p{L}$/u.test(f.before.slice(f.start, f.end)) && f.before[f.end] === '.',
  },
];

/** The gap a failure belongs to, if the engine (not the content) causes it. */
export function engineGap(f: Failure): EngineGap | undefined {
  return ENGINE_GAPS.find((g) => g.matches(f));
}
