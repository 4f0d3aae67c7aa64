/**
 * A complaint reply, a candour letter, a bereavement letter or a discharge from a service signed by
 * a role or a department ("Complaints Manager", "Bereavement Services", "pp Chief Executive") has
 * no one behind it. The check reads the first line after the last sign-off: it is unsigned when it
 * starts with "pp" or when every word in it (up to its first comma) is a role, department or
 * organisation word or an acronym, so "Ward Manager, Willow Ward" is unsigned and "Sister R
 * Calloway" or "Joanne Pryce, Ward Manager" is not. A word the lists do not know ("Hollybank
 * Surgery", a surname such as "Ward" after a given name) reads as a name: a miss, never a false
 * alarm. Routine letters signed by a team are fine, so the sign-off is only read in a letter with
 * one of the rule's "serious" signals; a line saying the letter "is not signed" is flagged in any
 * letter (its own signal).
 */
import { signal, type LetterCheck, type LetterHit } from './context.js';

/** Grammar words a role line may hold: "Director of Nursing", "pp Chief Executive". */
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'behalf', '&', 'pp', 'p.p.', 'p.p', 'to', 'in', 'at']);

/** How far after the sign-off the signature is looked for. */
const REACH = 300;

/** The words of a line, without brackets and full stops: "(Deputy)" is "deputy". */
function wordsOf(line: string): string[] {
  const out: string[] = [];
  let word = '';
  for (let k = 0; k <= line.length; k++) {
    const c = k < line.length ? line[k] : ' ';
    if (c === ' ' || c === '\t' || c === '(' || c === ')' || c === '/') {
      if (word) out.push(word);
      word = '';
    } else word += c;
  }
  return out.map((w) => (w.endsWith('.') && w !== 'p.p.' ? w.slice(0, -1) : w));
}

function isAcronym(word: string): boolean {
  if (word.length < 2) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || c === 38)) return false; // A-Z or &
  }
  return true;
}

/**
 * Whether a signature line names a role or a department and no person. `roleWords`: words of a
 * role, a department or an organisation, lower case, none of them a given name (the rule's
 * params.words role-words, content/rules/unsigned-sign-off.md).
 */
export function isRoleOnly(roleWords: ReadonlySet<string>, line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.includes('[') || trimmed.includes('{') || trimmed.includes('<') || trimmed.includes('\u00ab')) return false;
  const comma = trimmed.indexOf(',');
  const words = wordsOf(comma < 0 ? trimmed : trimmed.slice(0, comma));
  if (words.length === 0) return false;
  const first = words[0].toLowerCase();
  if (first === 'pp' || first === 'p.p.' || first === 'p.p') return true;
  let role = false;
  for (const w of words) {
    let lower = w.toLowerCase();
    // "Children's Services": the possessive is the role word's.
    if (lower.length > 2 && lower.endsWith('s') && (lower[lower.length - 2] === "'" || lower[lower.length - 2] === '\u2019')) lower = lower.slice(0, -2);
    if (roleWords.has(lower)) role = true;
    else if (!FUNCTION_WORDS.has(lower) && !isAcronym(w)) return false;
  }
  return role;
}

export const checkUnsignedSignOff: LetterCheck = (ctx) => {
  const hits: LetterHit[] = [];
  for (const s of signal(ctx, 'not-signed')) hits.push({ start: s.start, end: s.end });
  if (ctx.audience === 'clinician' || signal(ctx, 'serious').length === 0) return hits;
  const closings = signal(ctx, 'closing');
  if (closings.length === 0) return hits;
  const { text } = ctx;
  const roleWords = ctx.words.set('role-words');
  const from = closings[closings.length - 1].end;
  const limit = Math.min(text.length, from + REACH);
  // The rest of the sign-off's own line ("Yours sincerely, Complaints Manager"), then the next lines.
  let k = from;
  while (k < limit) {
    while (k < limit && (text[k] === ',' || text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
    let end = k;
    while (end < limit && text[end] !== '\n') end++;
    if (end > k) {
      const line = text.slice(k, end).trimEnd();
      if (isRoleOnly(roleWords, line)) hits.push({ start: k, end: k + line.length });
      return hits;
    }
    k = end + 1;
  }
  return hits;
};
