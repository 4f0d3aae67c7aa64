/**
 * The passages of "Spot the problem", chosen at build time: a Flag example of each deck rule (the
 * teaching classics), some of their Fine examples (near-misses with nothing to change), and short
 * paragraphs of the example letters as sent. Each passage carries what the guidance says about it:
 * the error and warning findings of the whole checker, which is the answer key.
 */
import { LENSES, type Audience, type Finding } from '../../engine/types.js';
import { deckRules } from '../../compiler/decks.js';
import type { BuildContext } from '../context.js';

export interface PracticeAnswer {
  start: number;
  end: number;
  ruleId: string;
  title: string;
  message: string;
}

export interface Passage {
  text: string;
  /** Who the passage is written to. */
  audience: Audience;
  /** Where it comes from, for the learner: "From the Denies rule", "From the letter ...". */
  source: string;
  /** What the guidance would change (empty for a passage that is fine as it is). */
  answers: PracticeAnswer[];
}

/** Findings worth marking: errors and warnings, one per span (advice is a matter of judgement). */
function answersFrom(ctx: BuildContext, findings: readonly Finding[], offset = 0, length = Infinity): PracticeAnswer[] {
  const rules = new Map(ctx.content.rules.map((r) => [r.id, r]));
  const out: PracticeAnswer[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.severity === 'advice' || f.end <= f.start || f.start < offset || f.end > offset + length) continue;
    if (out.some((a) => a.start < f.end - offset && f.start - offset < a.end)) continue;
    out.push({ start: f.start - offset, end: f.end - offset, ruleId: f.ruleId, title: rules.get(f.ruleId)?.title ?? f.ruleId, message: f.message });
  }
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function rulePassages(ctx: BuildContext): { flagged: Passage[]; fine: Passage[] } {
  const flagged: Passage[] = [];
  const fine: Passage[] = [];
  // Lens by lens in deck order, taking turns, so the passages mix the four lenses.
  const decks = LENSES.map((l) => deckRules(ctx.content.rules, l));
  const longest = Math.max(...decks.map((d) => d.length));
  for (let i = 0; i < longest; i++) {
    for (const deck of decks) {
      const rule = deck[i];
      if (!rule) continue;
      const source = `From the "${rule.title}" guidance`;
      // Not the Before of the slides: practice should not repeat the session word for word.
      const flag = rule.examples.find((e) => e.kind === 'flag' && e.text !== rule.betterWording?.before && words(e.text) <= 40);
      if (flag) {
        const answers = answersFrom(ctx, ctx.checker.check(flag.text, { audience: flag.audience }));
        if (answers.some((a) => a.ruleId === rule.id)) flagged.push({ text: flag.text, audience: flag.audience, source, answers });
      }
      const ok = rule.examples.find((e) => e.kind === 'fine' && !e.text.includes('"') && words(e.text) <= 40);
      if (ok && answersFrom(ctx, ctx.checker.check(ok.text, { audience: ok.audience })).length === 0) fine.push({ text: ok.text, audience: ok.audience, source, answers: [] });
    }
  }
  return { flagged, fine };
}

/** Paragraphs of the letters as sent with one to three things to change, two at most per letter. */
function letterPassages(ctx: BuildContext): Passage[] {
  const out: Passage[] = [];
  for (const letter of ctx.content.letters) {
    const findings = ctx.checker.check(letter.before, { audience: letter.audience });
    let at = 0;
    let taken = 0;
    for (const para of letter.before.split(/\n\s*\n/)) {
      const offset = letter.before.indexOf(para, at);
      at = offset + para.length;
      const n = words(para);
      if (taken >= 2 || n < 12 || n > 70 || /^(Dear|Yours)\b/.test(para)) continue;
      const answers = answersFrom(ctx, findings, offset, para.length);
      if (answers.length < 1 || answers.length > 3) continue;
      out.push({ text: para.replace(/\s*\n\s*/g, ' '), audience: letter.audience, source: `From the example letter "${letter.title}"`, answers: answers.map((a) => ({ ...a, ...reflow(para, a) })) });
      taken++;
    }
  }
  return out;
}

/** Offsets after line breaks inside a paragraph become single spaces (each break and its indent is one character). */
function reflow(para: string, a: { start: number; end: number }): { start: number; end: number } {
  const shift = (i: number) => para.slice(0, i).replace(/\s*\n\s*/g, ' ').length;
  return { start: shift(a.start), end: shift(a.end) };
}

/** Every passage, mixed: two from the rules, one from a letter, and now and then one with nothing to change. */
export function practicePassages(ctx: BuildContext): Passage[] {
  const { flagged, fine } = rulePassages(ctx);
  const letters = letterPassages(ctx);
  const out: Passage[] = [];
  let f = 0, l = 0, k = 0;
  while (f < flagged.length || l < letters.length) {
    if (f < flagged.length) out.push(flagged[f++]);
    if (f < flagged.length) out.push(flagged[f++]);
    if (l < letters.length) out.push(letters[l++]);
    if (out.length % 5 === 4 && k < fine.length) out.push(fine[k++]);
  }
  return out;
}
