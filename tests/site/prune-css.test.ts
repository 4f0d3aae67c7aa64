/**
 * The site's stylesheet keeps only the NHS.UK rules its pages and scripts can use: it counts in every
 * page's 50 KB budget, and was 23 KB compressed, mostly variants no page has.
 */
import { describe, expect, it } from 'vitest';
import { pruneCss, usedNhsukClasses } from '../../site/prune-css.js';

const used = (...files: [string, string][]) => usedNhsukClasses(files);

describe('pruning the NHS.UK stylesheet', () => {
  it('drops the rules of classes no page uses and keeps those a page uses', () => {
    const u = used(['index.html', '<div class="nhsuk-card nhsuk-card--clickable">']);
    const css = '.nhsuk-card{margin:0}.nhsuk-card--feature{color:red}.nhsuk-card--clickable:hover{color:blue}';
    expect(pruneCss(css, u)).toBe('.nhsuk-card{margin:0}.nhsuk-card--clickable:hover{color:blue}');
  });

  it('keeps a selector list with the selectors a page can match, and element and own-class rules', () => {
    const u = used(['a.html', 'class="nhsuk-tag"']);
    expect(pruneCss('.nhsuk-tag,.nhsuk-tag--red{x:1}body{y:2}.vl-mark{z:3}.vl-mark .nhsuk-pagination{w:4}', u))
      .toBe('.nhsuk-tag{x:1}body{y:2}.vl-mark{z:3}');
  });

  it('reads a class a script builds from a stem as used ("nhsuk-tag--" + colour)', () => {
    const u = used(['assets/check.js', 'el.className="nhsuk-tag--"+c']);
    expect(pruneCss('.nhsuk-tag--purple{a:1}.nhsuk-table{b:2}', u)).toBe('.nhsuk-tag--purple{a:1}');
  });

  it('does not require what is inside :not() (an element without that class matches)', () => {
    const u = used(['a.html', 'class="nhsuk-label" class="nhsuk-hint"']);
    const css = '.nhsuk-label:not(.nhsuk-label--m):not(.nhsuk-label--xl)+.nhsuk-hint{margin-top:-4px}';
    expect(pruneCss(css, u)).toBe(css);
  });

  it('prunes inside @media and drops a media block left empty; keeps @font-face and @keyframes whole', () => {
    const u = used(['a.html', 'class="nhsuk-header"']);
    const css = '@media (min-width:40.0625em){.nhsuk-header{a:1}.nhsuk-table{b:2}}@media print{.nhsuk-table{c:3}}'
      + '@font-face{font-family:x;src:url(a.woff)}@keyframes spin{0%{a:0}to{a:1}}';
    expect(pruneCss(css, u)).toBe('@media (min-width:40.0625em){.nhsuk-header{a:1}}@font-face{font-family:x;src:url(a.woff)}@keyframes spin{0%{a:0}to{a:1}}');
  });

  it('is not thrown by braces and commas in strings, and keeps @charset', () => {
    const u = used(['a.html', 'class="nhsuk-a"']);
    const css = '@charset "UTF-8";.nhsuk-a:after{content:"}, {"}.nhsuk-b[title="a,b"]{x:1}';
    expect(pruneCss(css, u)).toBe('@charset "UTF-8";.nhsuk-a:after{content:"}, {"}');
  });

  it('reads only pages and scripts for the classes in use', () => {
    const u = used(['assets/site.css', '.nhsuk-table{}'], ['a.html', 'nhsuk-card']);
    expect([...u.names]).toEqual(['nhsuk-card']);
  });

  it('says where the stylesheet is broken rather than writing half of it', () => {
    expect(() => pruneCss('.nhsuk-a{x:1', used())).toThrow(/never closed/);
  });
});
