/**
 * The rule and lens pages for the extension's "Why?" links: the same renderer as the site, written
 * without any script (the extension's CSP forbids inline script and they need none), with relative
 * links only. Links to pages the extension does not carry (letters, search, check) become text.
 * Throws ContentErrors ("file:line: problem") when the content is wrong.
 */
import { loadContent, type Content } from '../compiler/load-content.js';
import { ErrorList } from '../compiler/errors.js';
import { createContext } from './context.js';
import { rulePath, valuePath } from './lib/paths.js';
import { rulePage } from './pages/rule.js';
import { rulesIndexPage } from './pages/rules-index.js';
import { valuePage } from './pages/value.js';
import { styleFiles } from './assets.js';
import { renderPages, writeFiles } from './write.js';

/** Every file of the guidance subset, by path relative to its folder. */
export async function guidanceFiles(content: Content): Promise<Map<string, string | Buffer>> {
  const errors = new ErrorList();
  const pages = new Set(['rules/index.html', ...content.rules.map((r) => rulePath(r.id)), ...content.values.map((v) => valuePath(v.id))]);
  const ctx = createContext(content, 'guidance', pages, (f, l, p) => errors.add(f, l, p));
  const rendered = renderPages(ctx, [
    rulesIndexPage(ctx),
    ...content.rules.map((r) => rulePage(ctx, r)),
    ...content.values.map((v) => valuePage(ctx, v)),
  ]);
  errors.throwIfAny();
  return new Map<string, string | Buffer>([...rendered, ...(await styleFiles())]);
}

/** Writes rules/<id>.html, values/<lens>.html, rules/index.html and assets/ into outDir. */
export async function writeGuidancePages(outDir: string, contentDir?: string): Promise<void> {
  writeFiles(outDir, await guidanceFiles(loadContent(contentDir)));
}
