/**
 * Slots: which words each top-level `{…}` or `[…]` group of a pattern stood for in one phrasing,
 * so a suggestion can repeat them ("{has|have} refused to engage" -> "$1 not been in touch").
 * "$1:you" repeats a verb in the form that goes with "you" ("the patient {has|says}" -> "you $1:you"
 * gives "you have", "you say"). The grammar is engine/patterns.ts's; the phrasings come out the same
 * (load time checks it).
 */
import { PatternError } from '../engine/patterns.js';

export interface SlottedPhrasing {
  phrasing: string;
  /** slots[0] is what the first top-level group matched ("" for an optional part left out). */
  slots: string[];
}

const MAX_EXPANSIONS = 10000;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function expandWithSlots(pattern: string): SlottedPhrasing[] {
  let pos = 0;
  // Inside a group: plain strings, as in expandPattern.
  function sequence(): string[] {
    let results = [''];
    while (pos < pattern.length && !'|}]'.includes(pattern[pos])) {
      const parts = part();
      results = results.flatMap((r) => parts.map((p) => r + p));
      if (results.length > MAX_EXPANSIONS) throw new PatternError(`"${pattern}" expands to more than ${MAX_EXPANSIONS} phrasings`);
    }
    return results;
  }
  function part(): string[] {
    const ch = pattern[pos];
    if (ch === '{') {
      pos++;
      return alternatives('}');
    }
    if (ch === '[') {
      pos++;
      return [...alternatives(']'), ''];
    }
    let text = '';
    while (pos < pattern.length && !'{}[]|'.includes(pattern[pos])) text += pattern[pos++];
    return [text];
  }
  function alternatives(close: '}' | ']'): string[] {
    const all: string[] = [];
    for (;;) {
      all.push(...sequence());
      if (pos >= pattern.length) throw new PatternError(`"${pattern}" has an unclosed "${close === '}' ? '{' : '['}"`);
      const ch = pattern[pos++];
      if (ch === close) return all;
      if (ch !== '|') throw new PatternError(`"${pattern}" has a stray "${ch}"`);
    }
  }
  // The top level: every group is a slot.
  let results: Array<{ text: string; slots: string[] }> = [{ text: '', slots: [] }];
  while (pos < pattern.length) {
    if ('|}]'.includes(pattern[pos])) throw new PatternError(`"${pattern}" has a stray "${pattern[pos]}"`);
    const isGroup = pattern[pos] === '{' || pattern[pos] === '[';
    const parts = part();
    results = results.flatMap((r) => parts.map((p) => ({ text: r.text + p, slots: isGroup ? [...r.slots, collapse(p)] : r.slots })));
    if (results.length > MAX_EXPANSIONS) throw new PatternError(`"${pattern}" expands to more than ${MAX_EXPANSIONS} phrasings`);
  }
  // The first way of reaching a phrasing decides its slots, as the first wins in expandPattern.
  const seen = new Map<string, SlottedPhrasing>();
  for (const r of results) {
    const phrasing = collapse(r.text);
    if (phrasing && !seen.has(phrasing)) seen.set(phrasing, { phrasing, slots: r.slots });
  }
  return [...seen.values()];
}

/** How many top-level groups a pattern has: the highest $n a suggestion may use. */
export function slotCount(pattern: string): number {
  return expandWithSlots(pattern)[0]?.slots.length ?? 0;
}

const SLOT = /\$(\d)(:you)?/g;

// Verbs whose "you" form is not the third-person form less its "s".
const YOU_FORMS: Record<string, string> = {
  has: 'have', is: 'are', was: 'were', does: 'do', goes: 'go',
  "hasn't": "haven't", "isn't": "aren't", "wasn't": "weren't", "doesn't": "don't",
};

/** The form of a third-person verb that goes with "you": has -> have, says -> say, denies -> deny, watches -> watch. */
export function youForm(words: string): string {
  return words.replace(/^[\p{L}']+/u, (verb) => {
    const lower = verb.toLowerCase();
    if (YOU_FORMS[lower]) return YOU_FORMS[lower];
    if (/[^aeiou]ies$/.test(lower)) return verb.slice(0, -3) + 'y';
    if (/(?:ss|sh|ch|x|z|o)es$/.test(lower)) return verb.slice(0, -2);
    if (/[^s]s$/.test(lower)) return verb.slice(0, -1);
    return verb;
  });
}

export function usesSlots(suggestion: string): boolean {
  return /\$\d/.test(suggestion);
}

/** The highest $n in a suggestion (0 if none). */
export function highestSlot(suggestion: string): number {
  let max = 0;
  for (const m of suggestion.matchAll(SLOT)) max = Math.max(max, Number(m[1]));
  return max;
}

/** A suggestion with $1…$9 replaced by the words of one phrasing; spaces left by an empty slot are tidied. */
export function fillSlots(suggestion: string, slots: readonly string[]): string {
  if (!usesSlots(suggestion)) return suggestion;
  return collapse(suggestion.replace(SLOT, (_, n: string, you?: string) => (you ? youForm(slots[Number(n) - 1] ?? '') : slots[Number(n) - 1] ?? '')));
}
