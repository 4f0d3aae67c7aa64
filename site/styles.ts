/**
 * Compiles the site's Sass (NHS.UK frontend plus our own parts) to one CSS file. Dart Sass takes
 * about a second to load and compile, a fifth of the build budget, so the result is cached by a
 * hash of our Sass files and the nhsuk-frontend version; Sass is only loaded on a cache miss.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const stylesDir = fileURLToPath(new URL('./styles/', import.meta.url));
const nodeModules = fileURLToPath(new URL('../node_modules', import.meta.url));
const cacheDir = join(nodeModules, '.cache', 'values-lens-site');

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(stylesDir).sort()) hash.update(f).update(readFileSync(join(stylesDir, f)));
  hash.update(readFileSync(join(nodeModules, 'nhsuk-frontend', 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

export async function compileCss(): Promise<string> {
  const cached = join(cacheDir, `site-${inputsHash()}.css`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    // Not cached yet: compile below.
  }
  const sass = await import('sass');
  const css = sass.compile(join(stylesDir, 'site.scss'), { style: 'compressed', loadPaths: [nodeModules], quietDeps: true, logger: sass.Logger.silent }).css;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, css);
  } catch {
    // A read-only node_modules only costs speed.
  }
  return css;
}
