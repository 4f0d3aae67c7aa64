/** The real site from content/: coverage of every rule, lens and letter, links, and size budgets. */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../compiler/load-content.js';
import { checkLinks } from '../../site/link-check.js';
import { CONTENT_SECURITY_POLICY } from '../../site/layout.js';
import { buildRealSite, pagesOf, REAL_CONTENT, text, type SiteFiles } from './helpers.js';

/** Every page but the check page: at most 50 KB gzipped, counting its scripts, the shared CSS once. */
const PAGE_BUDGET = 50 * 1024;

let site: SiteFiles;
let content: Content;
// Compiling the real content (378 rules) and building the site takes tens of seconds on a quiet machine
// and over a minute on a loaded one; a fixed 60 or 90 s failed under load while the tests passed alone.
beforeAll(async () => {
  content = loadContent(REAL_CONTENT);
  site = await buildRealSite();
}, 300_000);

const gz = (data: string | Buffer | undefined) => gzipSync(data ?? '').length;

describe('the real site', () => {
  it('has a page for every rule, lens and letter', () => {
    const pages = new Set(pagesOf(site));
    const missing = [
      ...content.rules.map((r) => `rules/${r.id}.html`),
      ...content.values.map((v) => `values/${v.id}.html`),
      ...content.letters.map((l) => `letters/${l.id}.html`),
    ].filter((p) => !pages.has(p));
    expect(missing).toEqual([]);
  });

  it('lists every rule in the index of rules', () => {
    const index = text(site, 'rules/index.html');
    expect(content.rules.filter((r) => !index.includes(`href="${r.id}.html"`)).map((r) => r.id)).toEqual([]);
  });

  it('resolves every internal link', () => {
    expect(checkLinks(site)).toEqual([]);
  });

  it('puts the content security policy on every page, before anything the page loads (issue 11)', () => {
    // A policy in a <meta> applies only to what comes after it; check-safety.spec.ts proves in a
    // browser that it refuses another host's image, on five kinds of page.
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src 'none'/);
    const wrong: string[] = [];
    for (const page of pagesOf(site)) {
      const html = text(site, page);
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
      const policy = meta?.[1].replaceAll('&#39;', "'");
      const firstLoad = html.search(/<(?:link|script|style|img|iframe|object|embed|base)\b/i);
      if (!meta || policy !== CONTENT_SECURITY_POLICY || (firstLoad >= 0 && firstLoad < meta.index)) wrong.push(page);
    }
    expect(pagesOf(site).length).toBeGreaterThan(300);
    expect(wrong).toEqual([]);
  });

  it('keeps every page but the check page within 50 KB compressed (shared CSS counted once)', () => {
    const css = gz(site.get('assets/site.css'));
    const over: string[] = [];
    for (const page of pagesOf(site)) {
      if (page === 'check.html') continue;
      const html = text(site, page);
      const depth = page.split('/').length - 1;
      const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1].replace(/^(\.\.\/)+/, ''));
      const total = gz(html) + css + scripts.reduce((n, s) => n + gz(site.get(s)), 0);
      if (total > PAGE_BUDGET) over.push(`${page}: ${total} bytes (depth ${depth})`);
    }
    expect(over).toEqual([]);
  });
});
