/**
 * Builds the whole static site into dist/site (or --out DIR) from content/ (or --content DIR):
 * `npm run build:site`. Exits non-zero printing "file:line: problem" for every content error or
 * broken link; nothing is written then.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadContent } from '../compiler/load-content.js';
import { ContentErrors, ErrorList } from '../compiler/errors.js';
import { LENSES } from '../engine/types.js';
import { createContext, fullSitePages } from './context.js';
import { faviconFile, styleFiles } from './assets.js';
import { bundleClientScripts } from './bundle.js';
import { pruneCss, usedNhsukClasses } from './prune-css.js';
import { checkLinks } from './link-check.js';
import type { Page } from './layout.js';
import { aboutPage } from './pages/about.js';
import { checkPage } from './pages/check.js';
import { glossaryPage } from './pages/glossary.js';
import { homePage } from './pages/home.js';
import { letterPage, lettersIndexPage } from './pages/letters.js';
import { deckPages, lettersDeckPages, presentIndexPage } from './pages/present.js';
import { practicePage } from './pages/practice.js';
import { extensionPage } from './pages/extension.js';
import { nhsValuePage, nhsValuesIndexPage } from './pages/nhs-value.js';
import { rulePage } from './pages/rule.js';
import { rulesIndexPage } from './pages/rules-index.js';
import { searchIndexScript, searchPage } from './pages/search.js';
import { valuePage } from './pages/value.js';
import { renderPages, writeFiles } from './write.js';

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
}

/** Every file of the site, by path from the site root. Throws ContentErrors on any problem. */
export async function buildSiteFiles(contentDir?: string): Promise<Map<string, string | Buffer>> {
  const content = loadContent(contentDir);
  const errors = new ErrorList();
  const ctx = createContext(content, 'site', fullSitePages(content), (f, l, p) => errors.add(f, l, p));
  const pages: Page[] = [
    homePage(ctx),
    aboutPage(ctx),
    extensionPage(ctx),
    glossaryPage(ctx),
    searchPage(ctx),
    checkPage(ctx),
    rulesIndexPage(ctx),
    lettersIndexPage(ctx),
    presentIndexPage(ctx),
    ...content.rules.map((r) => rulePage(ctx, r)),
    ...content.values.map((v) => valuePage(ctx, v)),
    ...(content.nhsValues.length ? [nhsValuesIndexPage(ctx), ...content.nhsValues.map((v) => nhsValuePage(ctx, v))] : []),
    ...content.letters.map((l) => letterPage(ctx, l)),
    ...LENSES.flatMap((l) => deckPages(ctx, l)),
    ...lettersDeckPages(ctx),
    practicePage(ctx),
  ];
  for (const p of pages) if (!ctx.sitePages.has(p.path)) errors.add('site/build.ts', 1, `page ${p.path} is missing from fullSitePages`);
  const files = new Map<string, string | Buffer>([
    ...renderPages(ctx, pages),
    ...(await bundleClientScripts(content.ruleset)),
    ['assets/search-index.js', searchIndexScript(ctx)],
    ...(await styleFiles()),
    faviconFile(),
  ]);
  files.set('assets/site.css', pruneCss(String(files.get('assets/site.css')), usedNhsukClasses(files)));
  for (const p of checkLinks(files)) errors.add(`dist/site/${p.page}`, p.line, p.problem);
  errors.throwIfAny();
  return files;
}

export async function buildSite(options: BuildOptions = {}): Promise<Map<string, string | Buffer>> {
  const files = await buildSiteFiles(options.contentDir);
  const out = resolve(options.outDir ?? 'dist/site');
  rmSync(out, { recursive: true, force: true });
  writeFiles(out, files);
  return files;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  buildSite({ contentDir: arg('--content'), outDir: arg('--out') }).then(
    (files) => console.log(`Built ${[...files.keys()].filter((f) => f.endsWith('.html')).length} pages into ${arg('--out') ?? 'dist/site'} in ${((performance.now() - started) / 1000).toFixed(1)} s`),
    (e: unknown) => {
      if (e instanceof ContentErrors) {
        for (const err of e.errors) console.error(err.message);
        console.error(`Site not built: ${e.errors.length} problem${e.errors.length === 1 ? '' : 's'}.`);
      } else console.error(e);
      process.exitCode = 1;
    },
  );
}
