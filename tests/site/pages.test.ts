/** The fixture site: every page there should be, links that resolve, guidance pages without scripts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { guidanceFiles } from '../../site/guidance-pages.js';
import { loadContent } from '../../compiler/load-content.js';
import { checkLinks } from '../../site/link-check.js';
import { buildFixture, FIXTURE, pagesOf, text, type SiteFiles } from './helpers.js';

let site: SiteFiles;
beforeAll(async () => {
  site = await buildFixture();
});

describe('fixture site', () => {
  it('has the fixed pages and one page per rule, lens, letter and deck', () => {
    expect(pagesOf(site)).toEqual([
      'about.html', 'check.html', 'extension.html', 'glossary.html', 'index.html',
      'letters/index.html', 'letters/sample.html',
      'practice.html',
      'present/candour-presenter.html', 'present/candour.html', 'present/clarity-presenter.html', 'present/clarity.html',
      'present/compassion-presenter.html', 'present/compassion.html', 'present/index.html',
      'present/letters-presenter.html', 'present/letters.html', 'present/respect-presenter.html', 'present/respect.html',
      'rules/denies.html', 'rules/index.html', 'rules/prior-to.html',
      'search.html',
      'values/candour.html', 'values/clarity.html', 'values/compassion.html', 'values/respect.html',
    ]);
  });

  it('shows a rule page with its message, marked examples, sources and related rules', () => {
    const page = text(site, 'rules/denies.html');
    expect(page).toContain('<h1>Denies</h1>');
    expect(page).toContain('You <mark class="vl-mark">denied</mark> any chest pain.');
    expect(page).toContain('Writing to a clinician:');
    // The Flag example's "Fixed:" line, with the words the fix put in underlined.
    expect(page).toContain('<p class="vl-after-fix"><span class="vl-after-fix__label">After fix:</span> You <ins class="vl-after-fix__change">did not have</ins> any chest pain.</p>');
    expect(page).toContain('href="https://service-manual.nhs.uk/content/how-we-write"');
    expect(page).toContain('<a href="prior-to.html">Prior to</a>');
  });

  it('turns content links into relative page links', () => {
    expect(text(site, 'rules/prior-to.html')).toContain('<a href="../letters/sample.html">sample letter</a>');
    expect(text(site, 'values/respect.html')).toContain('<a href="../rules/denies.html">the Denies rule</a>');
  });

  it('marks the before letter with the number of the change that fixed each finding', () => {
    const page = text(site, 'letters/sample.html');
    expect(page).toContain('You <mark class="vl-mark">denied<sup class="vl-mark__label">1</sup></mark> any pain.');
    expect(page).toContain('<mark class="vl-mark">prior to<sup class="vl-mark__label">2</sup></mark>');
  });

  it('builds the glossary from the clarity rules', () => {
    expect(text(site, 'glossary.html')).toMatch(/<dt>prior to<\/dt><dd>Write: <q>before<\/q>/);
  });

  it('ships the search index as a script, with every rule', () => {
    const index = text(site, 'assets/search-index.js');
    expect(index.startsWith('window.VL_SEARCH=')).toBe(true);
    const { entries } = JSON.parse(index.slice('window.VL_SEARCH='.length).replace(/;\s*$/, '')) as { entries: Array<{ u: string }> };
    expect(entries.map((e) => e.u)).toEqual(expect.arrayContaining(['rules/denies.html', 'rules/prior-to.html', 'letters/sample.html', 'values/clarity.html']));
  });

  it('bundles the engine with the ruleset built from the same content', () => {
    const check = text(site, 'assets/check.js');
    expect(check).toContain('id:"prior-to"');
    expect(check).not.toMatch(/\bfetch\(/);
  });

  it('has no broken internal links and loads nothing from elsewhere', () => {
    expect(checkLinks(site)).toEqual([]);
  });

  it('says on the check page, under "Who is it to?", what the reader chosen (a patient, at first) changes', () => {
    expect(text(site, 'check.html')).toMatch(/<div class="nhsuk-hint" id="audience-hint">Everything is checked: [^<]*<\/div>\s*<select class="nhsuk-select" id="audience" aria-describedby="audience-hint">/);
  });

  it('never shows the NHS logo', () => {
    for (const page of pagesOf(site)) expect(text(site, page)).not.toContain('nhsuk-header__logo');
  });
});

describe('guidance pages for the extension', () => {
  let files: SiteFiles;
  beforeAll(async () => {
    files = await guidanceFiles(loadContent(FIXTURE));
  });

  it('has the rule and lens pages and their stylesheet only', () => {
    expect([...files.keys()].filter((p) => !p.startsWith('assets/images/')).sort()).toEqual([
      'assets/site.css', 'rules/denies.html', 'rules/index.html', 'rules/prior-to.html',
      'values/candour.html', 'values/clarity.html', 'values/compassion.html', 'values/respect.html',
    ]);
  });

  it('has no script at all and no link to a page it does not carry', () => {
    for (const [path, data] of files) {
      if (!path.endsWith('.html')) continue;
      expect(String(data)).not.toMatch(/<script/i);
      expect(String(data)).not.toMatch(/ on[a-z]+="/i);
    }
    expect(checkLinks(files)).toEqual([]);
    // The letter link in the prior-to rule becomes plain text here.
    expect(String(files.get('rules/prior-to.html'))).toContain('The sample letter shows it.');
  });
});
