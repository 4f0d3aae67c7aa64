/**
 * The decks and the practice page built from the real content: each rule slide shows the rule's
 * hand-written Before and After, in the content's deck order; speaker notes are in the presenter
 * view and never in the audience page; practice passages mark what the guidance would change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../compiler/load-content.js';
import { deckRules } from '../../compiler/decks.js';
import { LENSES } from '../../engine/types.js';
import { esc } from '../../site/lib/html.js';
import { buildRealSite, REAL_CONTENT, text, type SiteFiles } from './helpers.js';

let site: SiteFiles;
let content: Content;
// Compiling the real content (378 rules) and building the site takes tens of seconds on a quiet machine
// and over a minute on a loaded one; a fixed 60 or 90 s failed under load while the tests passed alone.
beforeAll(async () => {
  content = loadContent(REAL_CONTENT);
  site = await buildRealSite();
}, 300_000);

const slideTexts = (page: string, selector: RegExp) => [...page.matchAll(selector)].map((m) => m[1]);

describe('lens decks', () => {
  for (const lens of LENSES) {
    it(`${lens}: one slide per deck rule, in order, with its hand-written Before and After`, () => {
      const page = text(site, `present/${lens}.html`);
      const rules = deckRules(content.rules, lens);
      const questions = slideTexts(page, /<blockquote class="vl-slide__quote" data-step-hide="1">([^<]*)<\/blockquote>/g);
      const betters = slideTexts(page, /<blockquote class="vl-slide__quote vl-slide__quote--better">([^<]*)<\/blockquote>/g);
      expect(questions).toEqual(rules.map((r) => esc(r.betterWording!.before)));
      expect(betters).toEqual(rules.map((r) => esc(r.betterWording!.after)));
      // Each rule slide reveals in three steps and marks what the rule catches.
      expect(page.match(/data-steps="3"/g)?.length).toBe(rules.length);
      expect(page.match(/<blockquote class="vl-slide__quote" data-step="1">[^]*?<mark class="vl-mark">/g)?.length).toBe(rules.length);
    });

    it(`${lens}: speaker notes are in the presenter view only`, () => {
      const audience = text(site, `present/${lens}.html`);
      const presenter = text(site, `present/${lens}-presenter.html`);
      expect(audience).not.toMatch(/vl-notes|data-note-step|The wording to spot/);
      expect(presenter).toContain('The wording to spot');
      expect(presenter.match(/<li data-note-step="\d">/g)?.length).toBeGreaterThan(deckRules(content.rules, lens).length * 3);
      expect(presenter).toContain(`data-audience="${lens}.html"`);
    });
  }

  it('the letters deck has a presenter view with its notes, and no notes on the slides', () => {
    expect(text(site, 'present/letters.html')).not.toMatch(/vl-notes|What changed:/);
    expect(text(site, 'present/letters-presenter.html')).toContain('What changed:');
  });
});

describe('Spot the problem', () => {
  const passages = () => {
    const page = text(site, 'practice.html');
    return [...page.matchAll(/<p class="vl-practice__text" data-text="([^"]*)">[^]*?<\/details>/g)].map((m) => ({
      text: m[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      answers: [...m[0].matchAll(/<li data-start="(\d+)" data-end="(\d+)"><q>([^<]*)<\/q>/g)].map((a) => ({ start: Number(a[1]), end: Number(a[2]), quoted: a[3] })),
    }));
  };

  it('has passages from the rules and the letters, some with nothing to change', () => {
    const page = text(site, 'practice.html');
    const all = passages();
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(page).toContain('From the example letter');
    expect(page).toContain('From the &quot;Failed to attend&quot; guidance');
    expect(all.filter((p) => p.answers.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('each answer marks the words of the passage it quotes', () => {
    for (const p of passages()) {
      for (const a of p.answers) expect(esc(p.text.slice(a.start, a.end))).toBe(a.quoted);
    }
  });

  it('says on the page that nothing is stored', () => {
    expect(text(site, 'practice.html')).toContain('Nothing is saved or sent');
  });
});
