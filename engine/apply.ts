/**
 * applySuggestion replaces a finding's span with one of its suggestions, carrying over the
 * original's capitalisation and tidying the spaces a deletion leaves behind.
 */
import type { Finding } from './types.js';
import { stopEndsNoSentence } from './sentences.js';

/**
 * A finding on "a.s.a.p." at the end of a sentence takes in the sentence's full stop (the
 * tokenizer keeps it with the letters): a replacement with no stop of its own gives it back.
 * "e.g." and "i.e." never end a sentence (sentences.ts), and a lower-case word after the stop
 * goes on with it.
 */
function keepsFinalStop(original: string, replacement: string, after: string): boolean {
  if (!original.endsWith('.') || /[.!?]$/.test(replacement)) return false;
  if (stopEndsNoSentence(original.toLowerCase())) return false;
  return /^(?:\s*$|[ \t]*\r?\n|\s+\p{Lu})/u.test(after);
}

function isSentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '"' || c === '\u201c' || c === '(') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n';
  }
  return true;
}

/** Gives `replacement` the capitalisation pattern of `original`. */
export function matchCase(original: string, replacement: string, atSentenceStart: boolean): string {
  if (!replacement) return replacement;
  // A suggestion that differs only in case (block capitals -> sentence case) is the change itself:
  // carrying the original's capitals back over it would undo the fix.
  if (replacement.toLowerCase() === original.toLowerCase()) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const firstUpper = /^\P{L}*\p{Lu}/u.test(original);
  // A shouted phrase stays shouted. Otherwise a capital is carried only at a sentence start: mid-
  // sentence the original's capital belongs to a name or an abbreviation ("Amira DNA'd"), not to
  // the words replacing it, and a capital the suggestion is written with is a name ("Deaf") or "I".
  if (allCaps && letters.length > 3 && /\s/.test(original)) return replacement.toUpperCase();
  if (firstUpper && atSentenceStart) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end' | 'suggestions'>, index = 0): string {
  const suggestion = finding.suggestions[index];
  if (suggestion === undefined) return text;
  const { start, end } = finding;
  if (start < 0 || end > text.length || start > end) return text;
  const original = text.slice(start, end);
  let replacement = matchCase(original, suggestion, isSentenceStart(text, start));
  if (replacement !== '') {
    let after = text.slice(end);
    if (keepsFinalStop(original, replacement, after)) replacement += '.';
    // "I am sorry." ending mid-sentence: what follows is a new sentence.
    if (/[.!?]$/.test(replacement) && /^\s+\p{Ll}/u.test(after)) after = after.replace(/\p{Ll}/u, (c) => c.toUpperCase());
    return text.slice(0, start) + replacement + after;
  }
  // Deleting: take one neighbouring space with it, and recapitalise a sentence we just decapitated.
  let before = text.slice(0, start);
  let after = text.slice(end);
  const atSentenceStart = isSentenceStart(before, before.length);
  if (atSentenceStart && /^[.!?]/.test(after)) {
    // A whole sentence goes with its full stop (and, at the end of a line, the space before it).
    after = after.replace(/^[.!?]+[ \t]*/, '');
    if (after === '' || after[0] === '\n' || after[0] === '\r') before = before.replace(/[ \t]+$/, '');
  }
  else if (atSentenceStart && /^[ \t]*,/.test(after)) after = after.replace(/^[ \t]*,[ \t]*/, ''); // "Obviously, you" -> "You"
  else if (/,\s*$/.test(before) && /^[.;:!?,]/.test(after)) before = before.replace(/,\s*$/, ''); // "Thanks, love." -> "Thanks."
  else if (/ $/.test(before) && /^[ ,.;:!?]/.test(after)) before = before.slice(0, -1);
  else if (/^ /.test(after) && (before === '' || /[\s(]$/.test(before))) after = after.slice(1);
  if (isSentenceStart(before, before.length) && /^\s*\p{Ll}/u.test(after) && /\p{Lu}/u.test(original.charAt(0))) {
    after = after.replace(/\p{Ll}/u, (c) => c.toUpperCase());
  }
  return before + after;
}

/** The smallest [start, end) of `before` that changes to make `after`, and what replaces it. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

export function textEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return { start, end: endB, insert: after.slice(start, endA) };
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/**
 * What applying a suggestion would do to `text`, as one edit for an editor to make:
 * - `stale` when the text at the finding's offsets is no longer the words that were flagged (the
 *   letter changed after the check): applying there would corrupt someone else's words;
 * - `unchanged` when the suggestion would leave the text as it is: an empty edit must never reach an
 *   editor, where deleting an empty selection acts as Backspace;
 * - otherwise the smallest edit, which never starts before the finding's sentence-local
 *   neighbourhood (the engine only tidies one space or comma beside the words).
 * The one fix function of the extension, the site and the CLI.
 */
export type FixPlan = { kind: 'stale' } | { kind: 'unchanged' } | { kind: 'edit'; edit: TextEdit; replacement: string };

export function planFix(text: string, finding: Pick<Finding, 'start' | 'end' | 'suggestions' | 'actual'>, index = 0): FixPlan {
  const { start, end } = finding;
  if (start < 0 || end > text.length || start > end || text.slice(start, end) !== finding.actual) return { kind: 'stale' };
  if (finding.suggestions[index] === undefined) return { kind: 'unchanged' };
  const after = applySuggestion(text, finding, index);
  if (after === text) return { kind: 'unchanged' };
  return { kind: 'edit', edit: textEdit(text, after), replacement: replacementFor(text, finding, index) };
}

/** Where the caret should sit after applying: the end of the inserted text. */
export function replacementFor(text: string, finding: Pick<Finding, 'start' | 'end' | 'suggestions'>, index = 0): string {
  const suggestion = finding.suggestions[index] ?? '';
  const original = text.slice(finding.start, finding.end);
  const replacement = matchCase(original, suggestion, isSentenceStart(text, finding.start));
  return replacement !== '' && keepsFinalStop(original, replacement, text.slice(finding.end)) ? `${replacement}.` : replacement;
}
