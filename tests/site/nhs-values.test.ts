/** The six NHS Constitution value pages on the real site, and the links to them from lenses and rules. */
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSTITUTION_VALUES } from '../../engine/types.js';
import { buildRealSite, pagesOf, text, type SiteFiles } from './helpers.js';

let site: SiteFiles;
beforeAll(async () => {
  site = await buildRealSite();
}, 120_000);

const links = (html: string) => [...html.matchAll(/href="([^"#]+)[^"]*"/g)].map((m) => m[1]);

describe('NHS value pages', () => {
  it('has a page for each of the six values and an index linking to all of them', () => {
    const pages = pagesOf(site);
    for (const v of CONSTITUTION_VALUES) expect(pages).toContain(`nhs-values/${v}.html`);
    const index = text(site, 'nhs-values/index.html');
    for (const v of CONSTITUTION_VALUES) expect(index).toContain(`href="${v}.html"`);
  });

  it('shows on each page what it means, the lenses, before-and-after pairs, letters, questions and real rules', () => {
    for (const v of CONSTITUTION_VALUES) {
      const page = text(site, `nhs-values/${v}.html`);
      expect(page, v).toMatch(/<h2[^>]*>What it means in a letter<\/h2>/);
      expect(page, v).toContain('<h2 id="lenses">Lenses that serve it</h2>');
      expect(page, v).toContain('<h2 id="questions">Questions for a group</h2>');
      expect((page.match(/<li class="vl-pair">/g) ?? []).length, v).toBeGreaterThanOrEqual(3);
      expect(page, v).toMatch(/<span class="vl-pair__label">Before:<\/span> .*<mark class="vl-mark">/);
      const rules = links(page).filter((l) => l.startsWith('../rules/'));
      expect(rules.length, v).toBeGreaterThan(3);
      for (const l of rules) expect(site.has(l.replace('../', '')), l).toBe(true);
      expect(links(page).some((l) => l.startsWith('../letters/')), v).toBe(true);
      expect(links(page).some((l) => l.startsWith('../values/')), v).toBe(true);
    }
  });

  it('lists on each page only rules that serve the value, all of them', () => {
    const page = text(site, 'nhs-values/improving-lives.html');
    const count = Number(/All rules that serve it \((\d+)\)/.exec(page)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(text(site, 'rules/poorly-controlled.html')).toContain('href="../nhs-values/improving-lives.html"');
    expect(text(site, 'rules/denies.html')).not.toContain('href="../nhs-values/improving-lives.html"');
  });

  it('links the lens pages to the NHS values they serve', () => {
    expect(text(site, 'values/candour.html')).toContain('<a href="../nhs-values/respect-and-dignity.html">Respect and dignity</a>');
  });

  it('puts the four lenses in a grid of two by two on the home page and links the six values', () => {
    const home = text(site, 'index.html');
    expect((home.match(/<li class="nhsuk-card nhsuk-card--clickable">/g) ?? []).length).toBe(4);
    for (const v of CONSTITUTION_VALUES) expect(home).toContain(`href="nhs-values/${v}.html"`);
    expect(String(site.get('assets/site.css'))).toMatch(/\.vl-lens-grid\{grid-template-columns:repeat\(2, ?1fr\)\}/);
  });

  it('mentions the extension from the home page and every footer, and has a favicon that is not the NHS logo', () => {
    expect(text(site, 'index.html')).toContain('href="extension.html"');
    expect(text(site, 'rules/denies.html')).toContain('href="../extension.html"');
    expect(text(site, 'rules/denies.html')).toContain('<link rel="icon" type="image/svg+xml" href="../assets/favicon.svg">');
    const icon = String(site.get('assets/favicon.svg'));
    expect(icon).toContain('<svg');
    expect(icon).not.toMatch(/NHS/);
  });

  it('says on the extension page how to install it in each browser, where the deployment guide is, and that it stores no letter text', () => {
    const page = text(site, 'extension.html');
    for (const id of ['chrome', 'edge', 'firefox', 'for-trusts', 'privacy']) expect(page).toContain(`id="${id}"`);
    expect(page).toContain('<code>docs/deploy.md</code>');
    expect(page).toContain('Nothing of your letters.');
  });
});
