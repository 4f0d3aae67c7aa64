/** What counts as a link between content files: the compiler's link check, a letter's rule links and the site's page links all read it. */
import { describe, expect, it } from 'vitest';
import { parseContentLink } from '../../compiler/content-links.js';
import { contentLinkToSitePath } from '../../site/lib/paths.js';

describe('parseContentLink', () => {
  it.each([
    ['../rules/denies.md', 'values', { folder: 'rules', id: 'denies' }],
    ['../values/candour.md', 'rules', { folder: 'values', id: 'candour' }],
    ['../letters/clinic-letter-hepatitis-c.md', 'rules', { folder: 'letters', id: 'clinic-letter-hepatitis-c' }],
    ['../nhs-values/everyone-counts.md', 'rules', { folder: 'nhs-values', id: 'everyone-counts' }],
    ['./claims.md', 'rules', { folder: 'rules', id: 'claims' }],
    ['claims.md', 'letters', { folder: 'letters', id: 'claims' }],
    ['../rules/denies.md#why', 'rules', { folder: 'rules', id: 'denies', hash: 'why' }],
    ['./claims.md#', 'values', { folder: 'values', id: 'claims' }],
  ] as const)('reads %s (from %s)', (url, from, expected) => {
    expect(parseContentLink(url, from)).toEqual(expected);
  });

  it.each([
    'https://www.nhs.uk/rules/denies.md',
    '#why',
    '../rules/denies.html',
    '../rules/Denies.md',
    '../rules/de nies.md',
    '../other/denies.md',
    '../../rules/denies.md',
    'rules/denies.md',
    '../rules/sub/denies.md',
    '../rules/.md',
    '../rules/denies.md.bak',
  ])('refuses %s', (url) => {
    expect(parseContentLink(url, 'rules')).toBeNull();
  });
});

describe('the site reads content links the same way', () => {
  it('turns a content link into the page it names, keeping the fragment', () => {
    expect(contentLinkToSitePath('../rules/denies.md#why', 'values')).toBe('rules/denies.html#why');
    expect(contentLinkToSitePath('./claims.md', 'letters')).toBe('letters/claims.html');
    expect(contentLinkToSitePath('../rules/denies.html', 'values')).toBeNull();
  });
});
