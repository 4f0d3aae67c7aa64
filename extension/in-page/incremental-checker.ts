/**
 * Checks a letter on every pause in typing without redoing the whole letter each time. Phrase rules
 * never match across a blank line (the tokenizer makes it a hard gap), so they are checked paragraph by
 * paragraph and each paragraph's findings are cached by its text. Letter-level rules (greeting,
 * sentence length, candour...) and rules silenced by a phrase elsewhere in the letter need the whole
 * text, so they run on it each time. The merged result equals a full check (a unit test proves it),
 * including the engine's rule that a longer match swallows one inside it.
 */
import { createChecker, dropYieldingOverlaps, EMPTY_TRIE, YIELDING_KINDS, LENSES, setWildcardSpans, wildcardSpans, type CheckOptions, type CompiledRule, type CompiledRuleset, type Finding, type Lens, type LetterSummary } from '../../engine/index.js';

const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n/g;
const CACHE_LIMIT = 2000;

/**
 * Splits the ruleset into the part that can run per paragraph and the part that needs the whole
 * letter. The compiler already keeps two tries (local, global); phrases added at run time (the
 * organisation's own) are plain phrase rules, so they go with the local part.
 */
export function splitRuleset(ruleset: CompiledRuleset): { local: CompiledRuleset; global: CompiledRuleset } {
  return {
    // Letter-level rules become phrase rules in the local copy (with no phrases there), so they never fire twice.
    local: {
      ...ruleset,
      rules: ruleset.rules.map((r) => (r.check !== 'phrase' ? { ...r, check: 'phrase' as const } : r)),
      global: EMPTY_TRIE,
    },
    global: { ...ruleset, local: EMPTY_TRIE, extra: undefined },
  };
}

export interface IncrementalChecker {
  check(text: string, options: CheckOptions): Finding[];
  /** Readability, candour checklist and counts for the whole letter (no per-paragraph cache needed). */
  summary(text: string, options: CheckOptions): LetterSummary;
  ruleById(id: string): CompiledRule | undefined;
}

export function createIncrementalChecker(ruleset: CompiledRuleset): IncrementalChecker {
  const { local, global } = splitRuleset(ruleset);
  const localChecker = createChecker(local);
  const globalChecker = createChecker(global);
  const order = new Map(ruleset.rules.map((r, i) => [r.id, i]));
  let cache = new Map<string, Finding[]>();
  let cacheKey = '';

  function paragraphFindings(paragraph: string, options: CheckOptions): Finding[] {
    let hit = cache.get(paragraph);
    if (!hit) {
      hit = localChecker.check(paragraph, options);
      if (cache.size > CACHE_LIMIT) cache = new Map();
      cache.set(paragraph, hit);
    }
    return hit;
  }

  const byId = new Map(ruleset.rules.map((r) => [r.id, r]));
  const check = (text: string, options: CheckOptions): Finding[] => {
    const key = JSON.stringify([options.audience, options.lenses, [...(options.disabledRules ?? [])]]);
    if (key !== cacheKey) {
      cache = new Map();
      cacheKey = key;
    }
    const fromGlobal = globalChecker.check(text, options);
    const found: Finding[] = [];
    const lineStarts = lineStartsOf(text);
    let from = 0;
    const addParagraph = (to: number) => {
      if (to <= from) return;
      for (const f of paragraphFindings(text.slice(from, to), options)) found.push(shift(f, from, lineStarts));
    };
    for (const m of text.matchAll(PARAGRAPH_BREAK)) {
      addParagraph(m.index);
      from = m.index + m[0].length;
    }
    addParagraph(text.length);
    const letterLevel = (id: string) => byId.get(id)?.check !== 'phrase';
    const merged = mergeHalves(found, fromGlobal, letterLevel, order);
    // The vocabulary's findings (whole-letter) give way to phrase findings of either half, as in a full check.
    return dropYieldingOverlaps(merged, (f) => YIELDING_KINDS.has(byId.get(f.ruleId)?.check ?? 'phrase'), (f) => !letterLevel(f.ruleId));
  };
  return {
    check,
    // Readability and the candour checklist come from the tokens and the letter-level signals, which
    // the whole-letter checker has; the counts come from the merged findings.
    summary(text, options) {
      const { summary } = globalChecker.analyse(text, options);
      const counts = Object.fromEntries(LENSES.map((l) => [l, 0])) as Record<Lens, number>;
      for (const f of check(text, options)) counts[f.lens]++;
      return { ...summary, counts };
    },
    ruleById: (id) => byId.get(id),
  };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Moves a paragraph's finding to its place in the letter. Lines by binary search over the line
 * starts, computed once per check: counting newlines per finding cost O(text) each, which at
 * 20,000 words and ~1,000 findings was most of the check.
 */
function shift(f: Finding, by: number, lineStarts: readonly number[]): Finding {
  if (by === 0) return f;
  const start = f.start + by;
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= start) lo = mid;
    else hi = mid - 1;
  }
  const moved = { ...f, start, end: f.end + by, line: lo + 1, column: start - lineStarts[lo] + 1 };
  const wild = wildcardSpans(f);
  if (wild) setWildcardSpans(moved, wild.map((w) => ({ start: w.start + by, end: w.end + by })));
  return moved;
}

/**
 * The engine's overlap rule, across the two halves: a phrase finding inside a longer phrase finding
 * is part of it; letter-level findings stand on their own. Pairs from the same half were already
 * resolved by the engine (which also knows about wildcard spans), so only pairs across halves are
 * decided here.
 */
function mergeHalves(local: Finding[], global: Finding[], letterLevel: (id: string) => boolean, order: Map<string, number>): Finding[] {
  const tagged = [...local.map((f) => ({ f, half: 0 })), ...global.map((f) => ({ f, half: 1 }))];
  const rank = (f: Finding) => order.get(f.ruleId) ?? 0;
  tagged.sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end || rank(a.f) - rank(b.f));
  const kept: Finding[] = [];
  const reach: Array<Finding | null> = [null, null]; // the furthest-reaching kept phrase finding of each half
  for (const { f, half } of tagged) {
    if (letterLevel(f.ruleId)) {
      kept.push(f);
      continue;
    }
    const other = reach[1 - half];
    // Inside a longer finding, unless inside a stretch of it matched by a "*" wildcard (engine rule).
    const inside = other && other.end >= f.end && (other.end > f.end || other.start < f.start) &&
      !wildcardSpans(other)?.some((w) => w.start <= f.start && f.end <= w.end);
    const duplicate = other && other.start === f.start && other.end === f.end && other.ruleId === f.ruleId;
    if (inside || duplicate) continue;
    kept.push(f);
    if (!reach[half] || f.end > reach[half]!.end) reach[half] = f;
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
}
