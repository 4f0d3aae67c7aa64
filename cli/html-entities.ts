/**
 * Decodes one HTML character reference: numeric (&#8217; &#x2019;) or a named one from HTML 4's
 * list (Latin-1, punctuation, symbols): enough for letters written in an editor or a CMS.
 */

// HTML 4's Latin-1 names, for U+00A0 to U+00FF in order.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const NAMED = new Map<string, string>([
  ['quot', '"'], ['amp', '&'], ['apos', "'"], ['lt', '<'], ['gt', '>'],
  ['OElig', '\u0152'], ['oelig', '\u0153'], ['Scaron', '\u0160'], ['scaron', '\u0161'], ['Yuml', '\u0178'], ['circ', '\u02c6'], ['tilde', '\u02dc'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['zwnj', '\u200c'], ['zwj', '\u200d'], ['lrm', '\u200e'], ['rlm', '\u200f'],
  ['ndash', '\u2013'], ['mdash', '\u2014'], ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201a'], ['ldquo', '\u201c'], ['rdquo', '\u201d'], ['bdquo', '\u201e'],
  ['dagger', '\u2020'], ['Dagger', '\u2021'], ['bull', '\u2022'], ['hellip', '\u2026'], ['permil', '\u2030'], ['prime', '\u2032'], ['Prime', '\u2033'],
  ['lsaquo', '\u2039'], ['rsaquo', '\u203a'], ['euro', '\u20ac'], ['trade', '\u2122'], ['larr', '\u2190'], ['rarr', '\u2192'], ['minus', '\u2212'],
  ...LATIN1.split(' ').map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
]);
// A no-break space is a space to the checker: words on either side are separate words.
NAMED.set('nbsp', ' ');

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

/** The character(s) the reference at html[at] ("&...;") stands for, and its length; undefined if it is not one. */
export function decodeEntity(html: string, at: number): { text: string; length: number } | undefined {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(html);
  if (!m) return undefined;
  if (m[3] !== undefined) {
    const text = NAMED.get(m[3]) ?? NAMED.get(m[3].toLowerCase());
    return text === undefined ? undefined : { text, length: m[0].length };
  }
  const code = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2], 16);
  // As browsers do: no NUL, no surrogates, nothing past U+10FFFF; those become U+FFFD.
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return { text: valid ? String.fromCodePoint(code) : '\ufffd', length: m[0].length };
}
