/**
 * createChecker compiles a ruleset once; check() then runs on every keystroke. One tokenising
 * pass, one trie walk for every phrasing, then the few letter-level checks.
 */
import type {
  Audience, ChecklistItem, CheckOptions, CheckResult, CompiledRule, CompiledRuleset, Finding, Lens, LetterSummary, PhraseGroup,
} from './types.js';
import { CHECKLIST_ITEM_KIND, CHECKLIST_KINDS, LENSES, LENS_YIELDING_KINDS, YIELDING_KINDS } from './types.js';
import { tokenizeInto } from './tokenize.js';
import { hasInterjection, PhraseMatcher, WILD_MASK } from './matcher.js';
import { MatchBuffer } from './match-buffer.js';
import { TokenList } from './token-list.js';
import { Vocabulary } from './vocabulary.js';
import { Lexicon, LEXICON_LIMIT } from './lexicon.js';
import { measureReadability } from './readability.js';
import { LETTER_CHECKS } from './checks/index.js';
import { candourChecklist } from './checks/candour-completeness.js';
import type { Span } from './checks/context.js';
import { Candidate, resolveOverlaps } from './overlaps.js';
import { dropYieldingOverlaps } from './yielding.js';
import { buildMedicalTerms, type MedicalTerms } from './medical/terms.js';
import { WordClasses } from './checks/words.js';
import { work } from './work.js';
import { ruleUrl } from './finding-labels.js';
import { ParagraphCache } from './paragraph-cache.js';
import { Letter } from './letter.js';
import { PARAGRAPH_CHECKS, ParagraphChecks } from './paragraph-checks.js';
import { ParagraphTokens } from './paragraph-tokens.js';
import { letterheadEnd } from './letterhead.js';
import { dropExplainedPhrases } from './explained-phrases.js';

export interface Checker {
  readonly ruleset: CompiledRuleset;
  /** Findings, sorted by position. Never throws. */
  check(text: string, options?: CheckOptions): Finding[];
  /** Findings plus the letter summary (readability, candour checklist, counts). */
  analyse(text: string, options?: CheckOptions): CheckResult;
  ruleById(id: string): CompiledRule | undefined;
}

/** What a group's matches mean (PhraseGroup.role). */
/** Shared by the findings that offer no fix (findings copy their suggestions). */
const NO_SUGGESTIONS: string[] = [];

const FINDING = 0;
const EXCEPTION = 1;
const UNLESS = 2;
const SIGNAL = 3;
/** A "letter has" phrase the rule needs somewhere in the letter before it may fire (onlyIfLetterHas). */
const ONLY_IF = 4;

export interface CheckerOptions {
  /**
   * Keep each paragraph's phrase matches by its text (paragraph-cache.ts), for checking the same
   * letter again and again as it is typed. Findings are exactly those of a check without it.
   */
  cacheParagraphs?: boolean;
}

export function createChecker(ruleset: CompiledRuleset, checkerOptions: CheckerOptions = {}): Checker {
  if (ruleset?.version !== 3) throw new Error('values-lens: this ruleset was built by an older version; rebuild it with npm run build:core');
  // Phrases added at run time come with groups after the compiled ones and a small trie of their own, built when they were added (assemble.ts).
  const extra = ruleset.extra?.length ? ruleset.extraTrie : undefined;
  const groups = extra ? [...ruleset.groups, ...extra.groups] : ruleset.groups;
  // One vocabulary for every matcher, so one tokenising pass numbers the words for all of them.
  const vocabulary = new Vocabulary();
  const matchers = [new PhraseMatcher(ruleset.trie, groups, 0, vocabulary)];
  if (extra) matchers.push(new PhraseMatcher(extra.trie, groups, 0, vocabulary));
  // Every trie's matches are a paragraph's own (paragraph-cache.ts), so all of them are cached.
  const paragraphs = checkerOptions.cacheParagraphs ? new ParagraphCache(matchers) : null;
  const paragraphTokens = checkerOptions.cacheParagraphs ? new ParagraphTokens() : null;
  const byId = new Map(ruleset.rules.map((r) => [r.id, r]));
  const urls = ruleset.rules.map((r) => ruleUrl(r.id));
  const letterRules = ruleset.rules.map((r, i) => [r, i] as const).filter(([r]) => r.check !== 'phrase');
  const letterChecks = letterRules.map(([r]) => LETTER_CHECKS[r.check as Exclude<typeof r.check, 'phrase'>]);
  // With the paragraph cache, the letter-level checks that can run paragraph by paragraph do.
  const paragraphChecks = letterRules.map(([r]) => (checkerOptions.cacheParagraphs ? PARAGRAPH_CHECKS[r.check] : undefined));
  const ruleIndex = new Map(ruleset.rules.map((r, i) => [r.id, i]));
  const isChecklist = ruleset.rules.map((r) => CHECKLIST_KINDS.has(r.check));
  const yields = ruleset.rules.map((r) => YIELDING_KINDS.has(r.check));
  const yieldsInLens = ruleset.rules.map((r) => LENS_YIELDING_KINDS.has(r.check));
  const ruleLens = ruleset.rules.map((r) => r.lens);
  const yieldingLenses = [...new Set(ruleset.rules.filter((r, i) => yieldsInLens[i]).map((r) => r.lens))];
  // Whether a finding of rule i goes to the checklist: decided by its id, as the findings are sorted out by id.
  const checklistFinding = ruleset.rules.map((r) => isChecklist[ruleIndex.get(r.id)!]);
  // The list each checklist rule's items go in, so front ends sort them by this field and never by a rule id.
  const checklistKind = ruleset.rules.map((r) => CHECKLIST_ITEM_KIND[r.check] ?? 'letter');
  // What each group's matches mean, worked out once rather than from its role string per match.
  const groupKind = new Uint8Array(groups.length);
  const groupSignal: string[] = [];
  for (let g = 0; g < groups.length; g++) {
    const role = groups[g].role;
    groupKind[g] = role === undefined ? FINDING : role === 'exception' ? EXCEPTION : role === 'unless' ? UNLESS : role === 'only' ? ONLY_IF : SIGNAL;
    groupSignal.push(groupKind[g] === SIGNAL ? role!.slice('signal:'.length) : '');
  }
  const conditionalRules = [...new Set(groups.filter((g) => g.role === 'only').map((g) => g.rule))];
  // The medical vocabulary takes milliseconds to build: built on the first check that reads it.
  let medical: MedicalTerms | null | undefined;
  const medicalTerms = (): MedicalTerms | null => (medical ??= ruleset.medical ? buildMedicalTerms(ruleset.medical) : null);
  // The checks' word classes, from the rules' params (checks/words.ts).
  const words = new WordClasses(ruleset.rules);
  const checkCache = checkerOptions.cacheParagraphs ? new ParagraphChecks(medicalTerms, words) : null;
  /** The most specific suggestions for this audience: the phrase's own, then the rule's (see content/README.md). */
  const suggestionsFor = (group: PhraseGroup, audience: Audience): string[] => {
    const rule = ruleset.rules[group.rule];
    return group.suggestFor?.[audience] ?? group.suggest ?? rule.suggestionsFor?.[audience] ?? rule.suggestions;
  };
  // Reused from check to check (check() is synchronous and never re-entered): no per-check arrays to allocate and collect.
  let tokens = new TokenList();
  let found = new MatchBuffer();
  // The word forms of the letters checked, kept from check to check (see lexicon.ts).
  let lexicon = new Lexicon(vocabulary);
  // The enabled-rule list for an audience with no lens or rule filters, built once per audience.
  const enabledCache = new Map<string, boolean[]>();

  function enabledRules(options: CheckOptions | undefined, wantSummary: boolean): boolean[] {
    const audience: Audience = options?.audience ?? 'patient';
    const cacheable = !options?.lenses && !options?.disabledRules && typeof audience === 'string';
    const key = `${wantSummary ? 1 : 0}${audience}`;
    const cached = cacheable ? enabledCache.get(key) : undefined;
    if (cached) return cached;
    const lenses = options?.lenses ? new Set<Lens>(options.lenses) : null;
    const disabled = options?.disabledRules ? new Set(options.disabledRules) : null;
    const enabled = ruleset.rules.map(
      (r) => r.audiences.includes(audience) && (!lenses || lenses.has(r.lens)) && !(disabled?.has(r.id) ?? false),
    );
    // check() returns findings only, so checklist rules need not run for it.
    if (!wantSummary) isChecklist.forEach((c, i) => c && (enabled[i] = false));
    if (cacheable && enabledCache.size < 16) enabledCache.set(key, enabled);
    return enabled;
  }

  function run(text: string, options: CheckOptions | undefined, wantSummary: boolean): CheckResult {
    if (typeof text !== 'string') text = String(text ?? '');
    const result = runOn(text, options, wantSummary);
    // Do not keep the text alive, nor the arrays of one huge text. (Not in a finally: that made
    // every check slower, and after a throw the next check resets them anyway.)
    tokens.reset('');
    if (tokens.start.length > 1 << 16) tokens = new TokenList();
    if (found.data.length > 1 << 16) found = new MatchBuffer();
    if (lexicon.size > LEXICON_LIMIT) lexicon = new Lexicon(vocabulary);
    return result;
  }

  function runOn(text: string, options: CheckOptions | undefined, wantSummary: boolean): CheckResult {
    const audience: Audience = options?.audience ?? 'patient';
    const enabled = enabledRules(options, wantSummary);
    // With the paragraph cache, only the paragraphs not seen before are tokenised.
    const split = paragraphTokens ? paragraphTokens.tokenizeInto(text, tokens, lexicon) : null;
    if (!split) tokenizeInto(text, tokens, lexicon);
    found.clear();
    if (paragraphs) paragraphs.findInto(tokens, split!, found);
    else for (const matcher of matchers) matcher.findInto(tokens, found);

    let candidates: Candidate[] = [];
    const clarityHits: number[] = [];
    const exceptions: Span[][] = [];
    const exceptionRules: number[] = [];
    const silenced = new Set<number>();
    const allowed = new Set<number>();
    const signals = new Map<string, Span[]>();
    const starts = tokens.start;
    const ends = tokens.end;
    const d = found.data;
    for (let k = 0; k < found.length * 4; k += 4) {
      const g = d[k];
      const group = groups[g];
      const first = d[k + 1];
      const last = d[k + 2];
      const kind = groupKind[g];
      if (kind === FINDING) {
        if (enabled[group.rule]) {
          // A suggestion replaces the words matched, interjections and all: "failed repeatedly to
          // attend" -> "did not come to" would drop the writer's "repeatedly". The finding stays,
          // with no one-click fix.
          const interjected = hasInterjection(d[k + 3]);
          const c = new Candidate(group.rule, starts[first], ends[last], interjected ? NO_SUGGESTIONS : suggestionsFor(group, audience), false, undefined);
          const wildMask = d[k + 3] & WILD_MASK;
          if (wildMask) {
            c.wild = [];
            for (let t = first; t <= last; t++) {
              if (wildMask & (1 << (t - first))) c.wild.push({ start: starts[t], end: ends[t] });
            }
          }
          if (ruleLens[group.rule] === 'clarity') clarityHits.push(candidates.length, first, last);
          candidates.push(c);
        }
      } else if (kind === EXCEPTION) {
        let list = exceptions[group.rule];
        if (!list) {
          exceptions[group.rule] = list = [];
          exceptionRules.push(group.rule);
        }
        list.push({ start: starts[first], end: ends[last] });
      } else if (kind === UNLESS) silenced.add(group.rule);
      else if (kind === ONLY_IF) allowed.add(group.rule);
      else {
        const name = groupSignal[g];
        let list = signals.get(name);
        if (!list) signals.set(name, (list = []));
        list.push({ start: starts[first], end: ends[last] });
      }
    }

    // A rule with "onlyIfLetterHas" stays quiet in a letter that has none of its phrases.
    for (const rule of conditionalRules) if (!allowed.has(rule)) silenced.add(rule);

    const ctx = new Letter(text, tokens, audience, signals, medicalTerms, words);
    if (clarityHits.length) candidates = dropExplainedPhrases(ctx, candidates, clarityHits);
    const stretches = checkCache ? checkCache.stretches(text, tokens, split!) : null;
    for (let k = 0; k < letterRules.length; k++) {
      const [rule, index] = letterRules[k];
      if (!enabled[index]) continue;
      const byParagraph = paragraphChecks[k];
      const hits = byParagraph && checkCache ? checkCache.run(ctx, rule, index, byParagraph, stretches!) : letterChecks[k](ctx, rule);
      for (let h = 0; h < hits.length; h++) {
        const hit = hits[h];
        candidates.push(new Candidate(index, hit.start, hit.end, hit.suggestions ?? rule.suggestionsFor?.[audience] ?? rule.suggestions, true, hit.message));
      }
    }

    // The sender's service named on the first line is its name, not words to explain (letterhead.ts).
    const head = letterheadEnd(text);
    const read = head ? candidates.filter((c) => c.end > head || ruleLens[c.rule] !== 'clarity') : candidates;
    let kept = dropYieldingOverlaps(resolveOverlaps(read, exceptions, exceptionRules, silenced), (c) => yields[c.rule], (c) => !c.letter);
    // Some grammar checks give way to phrase findings of their own lens only (LENS_YIELDING_KINDS).
    for (const lens of yieldingLenses) {
      kept = dropYieldingOverlaps(kept, (c) => yieldsInLens[c.rule] && ruleLens[c.rule] === lens, (c) => !c.letter && ruleLens[c.rule] === lens);
    }
    work.steps += found.length + candidates.length;
    const all = toFindings(text, kept);
    const findings: Finding[] = [];
    const checklist: ChecklistItem[] = [];
    for (let k = 0; k < kept.length; k++) {
      const rule = kept[k].rule;
      if (checklistFinding[rule]) checklist.push({ ...all[k], kind: checklistKind[rule] });
      else findings.push(all[k]);
    }
    if (!wantSummary) return { findings, summary: undefined as unknown as LetterSummary };
    const counts = Object.fromEntries(LENSES.map((l) => [l, 0])) as Record<Lens, number>;
    for (const f of findings) counts[f.lens]++;
    return {
      findings,
      summary: { readability: measureReadability(tokens, ctx.sentences, text), candour: candourChecklist(ctx), checklist, counts },
    };
  }

  function toFindings(text: string, kept: Candidate[]): Finding[] {
    if (kept.length === 0) return [];
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    // Each finding's line is then found by binary search: kept.length times log(lines).
    work.steps += lineStarts.length + kept.length;
    return kept.map((c) => {
      const rule = ruleset.rules[c.rule];
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= c.start) lo = mid;
        else hi = mid - 1;
      }
      const finding: Finding = {
        ruleId: rule.id,
        lens: rule.lens,
        severity: rule.severity,
        start: c.start,
        end: c.end,
        line: lo + 1,
        column: c.start - lineStarts[lo] + 1,
        actual: text.slice(c.start, c.end),
        message: c.message ?? rule.message,
        suggestions: [...c.suggestions],
        url: urls[c.rule],
      };
      if (c.wild) finding.wildcards = c.wild;
      return finding;
    });
  }

  return {
    ruleset,
    check(text, options) {
      try {
        return run(text, options, false).findings;
      } catch {
        // A checker that throws would break the clinician's page; a bug here should cost one check, not the editor.
        return [];
      }
    },
    analyse(text, options) {
      return run(text, options, true);
    },
    ruleById: (id) => byId.get(id),
  };
}
