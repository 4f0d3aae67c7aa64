/**
 * The options page's style sheet (extension/pages/options/options.scss): nhsuk-frontend compiled
 * with only what the page uses. Issue 13 asked for the NHS.UK look without the whole framework
 * (its compiled CSS is about 280 KB); this keeps it small, loading no font and no image, which the
 * extension pages' CSP (style-src and img-src 'self', no data:) would refuse anyway.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as sass from 'sass';

const scss = fileURLToPath(new URL('../../extension/pages/options/options.scss', import.meta.url));
const nodeModules = fileURLToPath(new URL('../../node_modules', import.meta.url));
/** About 43 KB today; the whole of nhsuk-frontend is 280 KB. */
const BUDGET_BYTES = 50_000;

describe('the options page CSS', () => {
  const css = sass.compile(scss, { style: 'compressed', loadPaths: [nodeModules], quietDeps: true, logger: sass.Logger.silent }).css;
  const full = readFileSync(`${nodeModules}/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css`, 'utf8');

  it(`stays within ${BUDGET_BYTES / 1000} KB compiled, a fraction of the whole framework`, () => {
    expect(Buffer.byteLength(css)).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(Buffer.byteLength(css)).toBeLessThan(Buffer.byteLength(full) / 4);
  });

  it('has the NHS.UK components the page uses', () => {
    for (const cls of ['.nhsuk-checkboxes__input', '.nhsuk-radios__input', '.nhsuk-select', '.nhsuk-label', '.nhsuk-hint', '.nhsuk-fieldset__legend']) expect(css).toContain(cls);
  });

  it('loads no font and no image (Frutiger is for official NHS services; the CSP allows neither)', () => {
    expect(css).not.toMatch(/@font-face/);
    expect(css).not.toMatch(/url\(/);
    expect(css).not.toMatch(/frutiger/i);
  });

  // nhsuk-frontend writes its font stack only beside its own font face, which is left out: without
  // this the page fell back to the browser's default font (a serif one in Firefox).
  it('sets a sans-serif system font on the page itself', () => {
    expect(css).toMatch(/body\{[^}]*font-family:system-ui,[^;}]*sans-serif/);
  });
});
