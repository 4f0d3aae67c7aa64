/**
 * createChecker compiles a ruleset once; check() then runs on every keystroke. One tokenising
 * pass, one trie walk for every phrasing, then the few letter-level checks.
 */
import type {
  Audience, CheckOptions, CheckResult, CompiledRule, CompiledRuleset, Finding, Lens, LetterSummary,
} from './types.js';
import { CHECKLIST_KINDS, LENSES } from './types.js';
import { tokenize, type Token } from './tokenize.js';
import { PhraseMatcher, type RawMatch } from './matcher.js';
import { buildTrie, groupPhrases } from './trie.js';
import { splitSentences, type Sentence } from './sentences.js';
import { measureReadability } from './readability.js';
import { LETTER_CHECKS } from './checks/index.js';
import { candourChecklist } from './checks/candour-completeness.js';
import type { LetterContext, Span } from './checks/context.js';

export interface Checker {
  readonly ruleset: CompiledRuleset;
  /** Findings, sorted by position. Never throws. */
  check(text: string, options?: CheckOptions): Finding[];
  /** Findings plus the letter summary (readability, candour checklist, counts). */
  analyse(text: string, options?: CheckOptions): CheckResult;
  ruleById(id: string): CompiledRule | undefined;
}

interface Candidate {
  rule: number;
  /** Letter-level findings stand on their own: a phrase finding never swallows one. */
  letter?: boolean;
  /** Spans matched by "*" wildcards: a finding inside one is a separate issue, not a part of this one. */
  wild?: Span[];
  start: number;
  end: number;
  suggestions: string[];
  message?: string;
}

export function ruleUrl(id: string): string {
  return `rules/${id}.html`;
}

export function createChecker(ruleset: CompiledRuleset): Checker {
  if (ruleset?.version !== 2) throw new Error('values-lens: this ruleset was built by an older version; rebuild it with npm run build:core');
  // Phrases added at run time get groups after the compiled ones and a small trie of their own.
  const groups = [...ruleset.groups];
  const matchers = [new PhraseMatcher(ruleset.local, groups), new PhraseMatcher(ruleset.global, groups)];
  if (ruleset.extra?.length) matchers.push(new PhraseMatcher(buildTrie(groupPhrases(ruleset.extra, groups)), groups));
  const byId = new Map(ruleset.rules.map((r) => [r.id, r]));
  const letterRules = ruleset.rules.map((r, i) => [r, i] as const).filter(([r]) => r.check !== 'phrase');
  const ruleIndex = new Map(ruleset.rules.map((r, i) => [r.id, i]));
  const isChecklist = ruleset.rules.map((r) => CHECKLIST_KINDS.has(r.check));

  function enabledRules(options: CheckOptions | undefined): boolean[] {
    const audience: Audience = options?.audience ?? 'patient';
    const lenses = options?.lenses ? new Set<Lens>(options.lenses) : null;
    const disabled = options?.disabledRules ? new Set(options.disabledRules) : null;
    return ruleset.rules.map(
      (r) => r.audiences.includes(audience) && (!lenses || lenses.has(r.lens)) && !(disabled?.has(r.id) ?? false),
    );
  }

  function run(text: string, options: CheckOptions | undefined, wantSummary: boolean): CheckResult {
    if (typeof text !== 'string') text = String(text ?? '');
    const audience: Audience = options?.audience ?? 'patient';
    const enabled = enabledRules(options);
    // check() returns findings only, so checklist rules need not run for it.
    if (!wantSummary) isChecklist.forEach((c, i) => c && (enabled[i] = false));
    const { tokens } = tokenize(text);
    const raw: RawMatch[] = [];
    for (const matcher of matchers) matcher.findAll(text, tokens, raw);

    const candidates: Candidate[] = [];
    const exceptions: Span[][] = [];
    const silenced = new Set<number>();
    const signals = new Map<string, Span[]>();
    for (const m of raw) collect(m, tokens);

    function collect(m: RawMatch, toks: readonly Token[]): void {
      const group = groups[m.group];
      const span = { start: toks[m.firstToken].start, end: toks[m.lastToken].end };
      const role = group.role;
      if (role === undefined) {
        if (enabled[group.rule]) {
          const c: Candidate = { rule: group.rule, ...span, suggestions: group.suggest ?? ruleset.rules[group.rule].suggestions };
          if (m.wildMask) {
            c.wild = [];
            for (let k = m.firstToken; k <= m.lastToken; k++) {
              if (m.wildMask & (1 << (k - m.firstToken))) c.wild.push({ start: toks[k].start, end: toks[k].end });
            }
          }
          candidates.push(c);
        }
      } else if (role === 'exception') (exceptions[group.rule] ??= []).push(span);
      else if (role === 'unless') silenced.add(group.rule);
      else {
        const name = role.slice('signal:'.length);
        let list = signals.get(name);
        if (!list) signals.set(name, (list = []));
        list.push(span);
      }
    }

    const sentences: Sentence[] = splitSentences(text, tokens);
    const ctx: LetterContext = { text, tokens, sentences, audience, signals };
    for (const [rule, index] of letterRules) {
      if (!enabled[index]) continue;
      for (const hit of LETTER_CHECKS[rule.check as Exclude<typeof rule.check, 'phrase'>](ctx, rule)) {
        candidates.push({ rule: index, letter: true, start: hit.start, end: hit.end, suggestions: hit.suggestions ?? rule.suggestions, message: hit.message });
      }
    }

    const kept = resolve(candidates, exceptions, silenced);
    const all = toFindings(text, kept);
    const findings = all.filter((f) => !isChecklist[ruleIndex.get(f.ruleId)!]);
    if (!wantSummary) return { findings, summary: undefined as unknown as LetterSummary };
    const checklist = all.filter((f) => isChecklist[ruleIndex.get(f.ruleId)!]);
    const counts = Object.fromEntries(LENSES.map((l) => [l, 0])) as Record<Lens, number>;
    for (const f of findings) counts[f.lens]++;
    return {
      findings,
      summary: { readability: measureReadability(tokens, sentences), candour: candourChecklist(ctx), checklist, counts },
    };
  }

  /**
   * Exceptions cancel overlapping matches of their rule; a longer match swallows one inside it.
   * Linear after sorting: a text with 100,000 findings must not cost 10^10 comparisons.
   */
  function resolve(candidates: Candidate[], exceptions: Span[][], silenced: Set<number>): Candidate[] {
    // Exception spans arrive in text order; a running maximum of their ends answers "does any
    // exception starting before this match's end reach past its start?" by binary search.
    const exceptionEnds = exceptions.map((list) => {
      if (!list) return list;
      list.sort((x, y) => x.start - y.start);
      let max = -1;
      return list.map((e) => (max = Math.max(max, e.end)));
    });
    const overlapsException = (c: Candidate): boolean => {
      const list = exceptions[c.rule];
      if (!list) return false;
      let lo = 0;
      let hi = list.length; // first exception with start >= c.end
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].start < c.end) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && exceptionEnds[c.rule][lo - 1] > c.start;
    };
    const live = candidates.filter((c) => !silenced.has(c.rule) && !overlapsException(c));
    live.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
    const kept: Candidate[] = [];
    // Every kept span starts at or before the current one, so only the furthest-reaching kept
    // span can contain it.
    let reach: Candidate | null = null;
    for (const c of live) {
      if (c.letter) {
        kept.push(c);
        continue;
      }
      const inside = reach && reach.end >= c.end && (reach.end > c.end || reach.start < c.start);
      if (inside && !reach!.wild?.some((w) => w.start <= c.start && c.end <= w.end)) continue; // part of a longer finding
      let duplicate = false;
      for (let j = kept.length - 1; j >= 0 && kept[j].start === c.start && kept[j].end === c.end; j--) {
        if (kept[j].rule === c.rule) duplicate = true;
      }
      if (duplicate) continue;
      kept.push(c);
      if (!reach || c.end > reach.end) reach = c;
    }
    // Letter-level findings were appended out of order.
    return kept.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
  }

  function toFindings(text: string, kept: Candidate[]): Finding[] {
    if (kept.length === 0) return [];
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    return kept.map((c) => {
      const rule = ruleset.rules[c.rule];
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= c.start) lo = mid;
        else hi = mid - 1;
      }
      return {
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
        url: ruleUrl(rule.id),
      };
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
