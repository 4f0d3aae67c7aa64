/**
 * The stylesheet and the few NHS.UK icons it points at, copied from the package so that nothing is
 * loaded from another host. The favicons are left out: they carry the NHS logo.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileCss } from './styles.js';

/** Our own icon (a lens with a tick), never the NHS logo. */
export const FAVICON = 'assets/favicon.svg';
const FAVICON_FILE = fileURLToPath(new URL('./static/favicon.svg', import.meta.url));

/** The site's favicon file, by site path. */
export function faviconFile(): [string, Buffer] {
  return [FAVICON, readFileSync(FAVICON_FILE)];
}

const NHSUK_IMAGES = fileURLToPath(new URL('../node_modules/nhsuk-frontend/dist/nhsuk/assets/images/', import.meta.url));

export async function styleFiles(): Promise<Map<string, string | Buffer>> {
  const css = await compileCss();
  const files = new Map<string, string | Buffer>([['assets/site.css', css]]);
  for (const m of css.matchAll(/url\("?\.\.\/assets\/images\/([a-z0-9-]+\.svg)"?\)/g)) {
    files.set(`assets/images/${m[1]}`, readFileSync(NHSUK_IMAGES + m[1]));
  }
  return files;
}
