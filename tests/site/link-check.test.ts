import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../site/link-check.js';
import { relUrl } from '../../site/lib/paths.js';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('checkLinks', () => {
  it('accepts relative links to existing files and ids', () => {
    const site = files({
      'index.html': '<a href="rules/a.html#why">A</a> <link href="assets/site.css">',
      'rules/a.html': '<h2 id="why">Why</h2><a href="../index.html">Home</a><a href="#why">here</a>',
      'assets/site.css': 'a{background:url("../assets/images/x.svg")}',
      'assets/images/x.svg': '<svg/>',
    });
    expect(checkLinks(site)).toEqual([]);
  });

  it('names the page and line of a link to a missing page', () => {
    const problems = checkLinks(files({ 'index.html': '<p>\n<a href="rules/gone.html">Gone</a>' }));
    expect(problems).toEqual([{ page: 'index.html', line: 2, problem: 'broken link "rules/gone.html": no file rules/gone.html' }]);
  });

  it('reports a fragment that names no id on the target page', () => {
    const problems = checkLinks(files({ 'index.html': '<a href="a.html#nope">x</a>', 'a.html': '<h1 id="top">A</h1>' }));
    expect(problems.map((p) => p.problem)).toEqual(['broken link "a.html#nope": a.html has no id "nope"']);
  });

  it('refuses absolute paths and anything loaded from another host', () => {
    const problems = checkLinks(files({
      'index.html': '<a href="/about.html">x</a><script src="https://cdn.example/x.js"></script><a href="https://example.org/">fine</a>',
      'about.html': '',
      'assets/site.css': '@font-face{src:url("https://fonts.example/f.woff2")}',
    }));
    expect(problems.map((p) => p.problem)).toEqual([
      'link "/about.html" is absolute: it breaks from a zip and from file://',
      'loads "https://cdn.example/x.js" from outside the site',
      'loads "https://fonts.example/f.woff2" from outside the site',
    ]);
  });
});

describe('relUrl', () => {
  it('links between folders with relative paths', () => {
    expect(relUrl('rules/a.html', 'rules/b.html')).toBe('b.html');
    expect(relUrl('rules/a.html', 'values/candour.html#rules')).toBe('../values/candour.html#rules');
    expect(relUrl('index.html', 'assets/site.css')).toBe('assets/site.css');
    expect(relUrl('present/candour.html', 'index.html')).toBe('../index.html');
  });
});
