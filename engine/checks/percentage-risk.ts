/**
 * "A 10% risk" is misread by many; "1 in 10 people" is not. A percentage counts when its sentence
 * talks about risk or chance.
 */
import type { LetterCheck, LetterHit } from './context.js';
import { findPercentages, type Percentage } from './percentages.js';
import { work } from '../work.js';

/** The end of "1 in 10 (" or "5 in 1,000 (" just before a percentage. */
const AFTER_NATURAL_FREQUENCY = /\b\d[\d,]* in \d[\d,]* \($/;

const RISK_WORDS = /\b(?:risks?|chances?|likelihood|likely|probability|odds)\b/i;

/** "1 in 10" where the percentage divides 100 cleanly, otherwise "N in 100". */
export function naturalFrequency(percent: number): string {
  if (percent > 0 && percent <= 50) {
    const k = 100 / percent;
    if (Math.abs(k - Math.round(k)) < 0.05) return `1 in ${Math.round(k)}`;
  }
  if (percent > 0 && percent < 1) return `${Math.round(percent * 10)} in 1,000`;
  return `${Math.round(percent)} in 100`;
}

export const checkPercentageRisk: LetterCheck = (ctx) => {
  if (!ctx.text.includes('%') && !/per ?cent/i.test(ctx.text)) return [];
  const hits: LetterHit[] = [];
  const found: Percentage[] = [];
  let steps = ctx.sentences.length;
  for (const s of ctx.sentences) {
    if (!RISK_WORDS.test(ctx.text.slice(s.start, s.end))) continue;
    found.length = 0;
    // A sentence's span takes in the symbols after its last word (sentences.ts): "10%." is whole.
    steps += findPercentages(ctx.text, s.start, s.end, found);
    for (const p of found) {
      // "1 in 10 (10%)" is what the fix writes: the natural frequency is there already.
      if (AFTER_NATURAL_FREQUENCY.test(ctx.text.slice(Math.max(s.start, p.start - 24), p.start))) continue;
      hits.push({ start: p.start, end: p.end, suggestions: [`${naturalFrequency(Number(p.number))} (${ctx.text.slice(p.start, p.end)})`] });
    }
  }
  work.steps += steps;
  return hits;
};
