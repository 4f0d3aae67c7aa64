/**
 * The text of an HTML file as a reader sees it, in one linear pass: tags, comments, scripts and
 * styles become spaces of the same length (a block tag starts with a blank line, so the checker
 * sees a paragraph end), and character references are decoded ("don&rsquo;t" is checked as
 * "don’t"). An OffsetMap leads every offset back to the file.
 */
import { decodeEntity } from './html-entities.js';
import { OffsetMap } from './offset-map.js';

const BLOCK = /^(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre)$/i;
const TAG_NAME = /[A-Za-z][A-Za-z0-9]*/y;
const SPECIAL = /[<&]/g;

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

export interface HtmlText {
  text: string;
  toSource(offset: number): number;
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const map = new OffsetMap();
  let length = 0; // of the text so far
  let shift = 0; // source offset minus text offset
  const emit = (s: string) => {
    out.push(s);
    length += s.length;
  };
  // The next ">" at or after a position, remembered: when there is none, no later "<" can close
  // either, and searching again from each one would make the pass quadratic.
  let nextGt = -2; // -2: not searched yet; -1: there is none
  const gtFrom = (i: number) => {
    if (nextGt === -2 || (nextGt !== -1 && nextGt < i)) nextGt = html.indexOf('>', i);
    return nextGt;
  };

  let i = 0;
  while (i < html.length) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(html);
    const at = found ? found.index : html.length;
    if (at > i) emit(html.slice(i, at));
    if (!found) break;
    i = at;
    if (html[i] === '&') {
      const ref = decodeEntity(html, i);
      if (!ref) {
        emit('&');
        i++;
        continue;
      }
      emit(ref.text);
      shift += ref.length - ref.text.length;
      map.mark(length, shift);
      i += ref.length;
      continue;
    }
    const end = markupEnd(html, i, gtFrom);
    if (end < 0) {
      emit('<'); // not markup: a "<" in the text
      i++;
      continue;
    }
    emit(blankTag(html.slice(i, end)));
    i = end;
  }
  return { text: out.join(''), toSource: map.toSource };
}

/** Where the markup starting at html[i] ("<") ends (exclusive), or -1 if it is not markup. */
function markupEnd(html: string, i: number, gtFrom: (i: number) => number): number {
  const next = html.charCodeAt(i + 1);
  if (html.startsWith('<!--', i)) {
    const close = html.indexOf('-->', i + 4);
    return close < 0 ? html.length : close + 3; // an unclosed comment runs to the end, as in a browser
  }
  const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const opens = isLetter(next) || next === 0x21 || next === 0x3f || (next === 0x2f && isLetter(html.charCodeAt(i + 2)));
  if (!opens) return -1;
  const gt = gtFrom(i);
  if (gt < 0) return -1;
  TAG_NAME.lastIndex = i + 1;
  const name = TAG_NAME.exec(html)?.[0].toLowerCase();
  if (name === 'script' || name === 'style') return rawTextEnd(html, gt + 1, name);
  return gt + 1;
}

/** The end of a script or style element whose start tag ends at `from`: after its end tag, or the end of the file. */
function rawTextEnd(html: string, from: number, name: string): number {
  const close = new RegExp(`</${name}[\\s/>]`, 'gi');
  close.lastIndex = from;
  const m = close.exec(html);
  if (!m) return html.length;
  const gt = html.indexOf('>', m.index);
  return gt < 0 ? html.length : gt + 1;
}

/** Markup as same-length spaces (line breaks kept); a block tag starts with a paragraph break for the checker. */
function blankTag(tag: string): string {
  const spaces = blank(tag);
  const name = /^<\/?([A-Za-z][A-Za-z0-9]*)/.exec(tag)?.[1] ?? '';
  return BLOCK.test(name) && !tag.includes('\n') && spaces.length >= 2 ? '\n\n' + spaces.slice(2) : spaces;
}
