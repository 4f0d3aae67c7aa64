/**
 * The slides of each deck, built from the content: shared by the audience page (slides only) and
 * the presenter view (slides and notes). A lens deck walks through the rules its content puts in
 * the deck (`deck: N`), each on one slide in three steps: the rule's hand-written Before as a
 * question, then what is wrong and why, then its hand-written After. Notes go with each step and
 * are never part of the audience page.
 */
import type { RuleDoc } from '../../compiler/rule-file.js';
import type { LetterDoc } from '../../compiler/page-files.js';
import { deckRules } from '../../compiler/decks.js';
import { inlineText, sections } from '../../compiler/markdown.js';
import type { Lens } from '../../engine/types.js';
import type { BuildContext } from '../context.js';
import { html, type Html } from '../lib/html.js';
import { AUDIENCE_ONE, CONSTITUTION_LABEL, LENS_LABEL, LETTER_TYPE_LABEL } from '../lib/labels.js';
import { markedText } from '../lib/parts.js';
import { letterPath, relUrl, rulePath, valuePath } from '../lib/paths.js';

export interface Slide {
  kind: 'title' | 'principle' | 'rule' | 'question' | 'reveal' | 'better' | 'end';
  /** A short name for the presenter's slide list. */
  label: string;
  content: Html;
  /** Speaker notes, one for each step (a slide without reveal steps has one). */
  notes: string[];
}

/** How many steps a slide has: one per note. Elements with data-step="n" appear at step n. */
export const stepsOf = (s: Slide) => s.notes.length;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function sectionText(rule: RuleDoc, name: string, onlyParagraphs = false): string {
  const section = sections(rule.tree.children, 2).get(name);
  if (!section) return '';
  return collapse(section.children.filter((n) => !onlyParagraphs || n.type === 'paragraph').map((n) => inlineText([n])).join(' '));
}

/** The spans of the rule's Before that the rule itself flags (the deck check makes sure there is one). */
function marksOf(ctx: BuildContext, rule: RuleDoc, text: string): Array<{ start: number; end: number }> {
  const audience = rule.audiences.includes('patient') ? 'patient' : rule.audiences[0];
  const { findings, summary } = ctx.checker.analyse(text, { audience });
  return [...findings, ...summary.checklist].filter((f) => f.ruleId === rule.id && f.end > f.start).map((f) => ({ start: f.start, end: f.end }));
}

function ruleSlide(ctx: BuildContext, rule: RuleDoc, page: string): Slide {
  const { before, after } = rule.betterWording!;
  const marks = marksOf(ctx, rule, before);
  const spotted = marks.map((m) => `"${before.slice(m.start, m.end)}"`).join(', ');
  const advice = sectionText(rule, 'better wording', true);
  return {
    kind: 'rule',
    label: rule.title,
    content: html`<p class="vl-slide__kicker" data-step-hide="1">Spot the problem</p>
<p class="vl-slide__kicker" data-step="1">${rule.title}</p>
<blockquote class="vl-slide__quote" data-step-hide="1">${before}</blockquote>
<blockquote class="vl-slide__quote" data-step="1">${markedText(before, marks)}</blockquote>
<p data-step-hide="1">What would you change, and why?</p>
<p class="vl-slide__why" data-step="1">${rule.message}</p>
<div data-step="2"><p class="vl-slide__kicker">A better version</p><blockquote class="vl-slide__quote vl-slide__quote--better">${after}</blockquote>
<p class="vl-slide__small">More: <a href="${relUrl(page, rulePath(rule.id))}">${rule.title}</a></p></div>`,
    notes: [
      `Before you reveal: read it aloud as the person receiving the letter would hear it, and ask the room what they would change, and why. The wording to spot: ${spotted || 'the whole sentence'}.`,
      `With the problem marked: ${sectionText(rule, 'why') || rule.message}`,
      `With the better version: ${advice ? `${advice} ` : ''}Ask whether the better version still says everything the first one did, and what else the writer could say.`,
    ],
  };
}

export function lensSlides(ctx: BuildContext, lens: Lens, page: string): Slide[] {
  const value = ctx.content.values.find((v) => v.lens === lens);
  const title = LENS_LABEL[lens];
  const rules = deckRules(ctx.content.rules, lens);
  const firstPara = value?.tree.children.find((n) => n.type === 'paragraph');
  return [
    { kind: 'title', label: title, content: html`<h1 class="vl-slide__title">${title}</h1><p class="vl-slide__lead">${value?.summary ?? ''}</p>`, notes: [`Introduce the ${title.toLowerCase()} lens. This deck looks at ${rules.length} kinds of wording, one slide each: ask the room first, then reveal what is wrong and a better version.`] },
    {
      kind: 'principle',
      label: 'The principle',
      content: html`<p class="vl-slide__kicker">The principle</p><p class="vl-slide__lead">${firstPara ? inlineText([firstPara]) : value?.summary ?? ''}</p><p class="vl-slide__small">NHS Constitution: ${(value?.constitution ?? []).map((c) => CONSTITUTION_LABEL[c] ?? c).join(', ')}</p>`,
      notes: [value ? `The ${title.toLowerCase()} page says more: ${value.summary}` : 'The principle behind this lens.'],
    },
    ...rules.map((r) => ruleSlide(ctx, r, page)),
    { kind: 'end', label: 'Find out more', content: html`<p class="vl-slide__kicker">Find out more</p><p class="vl-slide__lead"><a href="${relUrl(page, valuePath(lens))}">What ${title.toLowerCase()} means in a letter</a>, and every rule in this lens.</p><p class="vl-slide__lead"><a href="${relUrl(page, 'practice.html')}">Spot the problem</a>: practise on your own.</p>`, notes: ['Suggest people try Spot the problem on their own, and paste one of their own recent letters into Check a letter after the session.'] },
  ];
}

/** The example letters: each as sent (what would you change?), with what Values Lens marks, then rewritten. */
export function letterDeckSlides(ctx: BuildContext, page: string): Slide[] {
  return [
    {
      kind: 'title',
      label: 'Example letters',
      content: html`<h1 class="vl-slide__title">Example letters</h1><p class="vl-slide__lead">${ctx.content.letters.length} letters as a busy writer might send them, and after a rewrite.</p>`,
      notes: ['For each letter: read it as the person receiving it would, ask the room what they would change, then show what Values Lens marks and the rewrite.'],
    },
    ...ctx.content.letters.flatMap((letter) => letterSlides(ctx, letter, page)),
    {
      kind: 'end',
      label: 'Find out more',
      content: html`<p class="vl-slide__kicker">Find out more</p><p class="vl-slide__lead"><a href="${relUrl(page, 'letters/index.html')}">Every example letter</a>, side by side, with each change explained.</p>`,
      notes: ['Suggest people paste one of their own recent letters into Check a letter after the session.'],
    },
  ];
}

function letterSlides(ctx: BuildContext, letter: LetterDoc, page: string): Slide[] {
  const marks = ctx.checker
    .check(letter.before, { audience: letter.audience })
    .filter((f) => f.end > f.start && f.end - f.start < 200)
    .map((f) => ({ start: f.start, end: f.end }));
  const changes = letter.changes.map((c, i) => `${i + 1}. ${collapse(inlineText(c.note.children))}`).join(' ');
  const who = `${LETTER_TYPE_LABEL[letter.type] ?? letter.type}, to ${AUDIENCE_ONE[letter.audience]}`;
  // Long letters scroll inside the slide; a scrolling region needs to take focus for keyboard users.
  const letterBox = (label: string, body: Html | string, better = false) =>
    html`<blockquote class="vl-slide__quote vl-slide__letter${better ? ' vl-slide__quote--better' : ''}" tabindex="0" aria-label="${label}">${body}</blockquote>`;
  return [
    { kind: 'question', label: `${letter.title}: as sent`, content: html`<p class="vl-slide__kicker">${letter.title}: what would you change?</p><p class="vl-slide__small">${who}</p>${letterBox('The letter as sent', letter.before)}`, notes: [`${letter.summary} Give the room a minute to read it as the person receiving it.`] },
    { kind: 'reveal', label: `${letter.title}: marked`, content: html`<p class="vl-slide__kicker">What Values Lens marks</p>${letterBox('The letter as sent, with what Values Lens marks', markedText(letter.before, marks))}`, notes: [`${marks.length} passages marked. Ask the room which marks they agree with; the rewrite and its notes (what changed, and why) come next.`] },
    { kind: 'better', label: `${letter.title}: rewritten`, content: html`<p class="vl-slide__kicker">After a rewrite</p>${letterBox('The letter after a rewrite', letter.after, true)}<p class="vl-slide__small">More: <a href="${relUrl(page, letterPath(letter.id))}">${letter.title}, side by side</a></p>`, notes: [`What changed: ${changes}`] },
  ];
}
