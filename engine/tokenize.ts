/**
 * Splits text into word tokens in one pass, recording for each token what separates it from the
 * previous one (so phrases never match across a sentence end), whether it sits inside quotation
 * marks (the patient's own words), and whether it is a template placeholder.
 */

/** What lies between two tokens. */
export const GAP_SOFT = 0; // spaces, a hyphen, a single line break
export const GAP_CLAUSE = 1; // a comma or a dash: phrases may cross it, but it ends a clause
export const GAP_HARD = 2; // sentence end, colon, semicolon, bracket, quote mark, blank line

export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened. "<placeholder>" for a placeholder. */
  norm: string;
  gapBefore: number;
  quoted: boolean;
  placeholder: boolean;
}

export interface Tokenized {
  tokens: Token[];
  /** Sorted, non-overlapping [start, end) spans inside quotation marks. */
  quoted: Array<[number, number]>;
}

// A word: letters, digits and combining marks, joined by inner apostrophes, slashes, dots or
// ampersands ("don't", "c/o", "6/52", "e.g", "A&E"), or a lone ampersand.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019/.&][\p{L}\p{N}\p{M}]+)*|&/gu;
// {{name}}, [NAME], <<Name>>, «Name»: the writer fills these in later, so we never judge them.
const PLACEHOLDER = /\{\{[^{}\n]{1,80}\}\}|\[[^[\]\n]{1,80}\]|<<[^<>\n]{1,80}>>|\u00ab[^\u00ab\u00bb\n]{1,80}\u00bb/g;
const isLocalChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45; // 0-9 A-Z a-z _ . + -
const isDomainChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46; // 0-9 A-Z a-z - .

/**
 * Email and web addresses are names, not prose: "pals@example.org" must not read as the word
 * "pals". Found by scanning out from each "@", "www." and "://" (linear; a regex tried at every
 * position was a third of a check's time on a letter with an email address in it).
 */
function findAddresses(text: string, out: Array<[number, number]>): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at < 253 && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop is not part of it
    if (start < at && text.slice(at + 1, end).includes('.')) out.push([start, end]);
  }
  for (const marker of ['www.', '://']) {
    for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
      let start = i;
      if (marker === '://') while (start > 0 && /[a-z]/i.test(text[start - 1])) start--;
      let end = i + marker.length;
      while (end < text.length && end - start < 300 && !/[\s<>"]/.test(text[end])) end++;
      while (end > i + marker.length && /[.,;:!?)]/.test(text[end - 1])) end--;
      out.push([start, end]);
    }
  }
}

export function normaliseToken(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Spans between matching quotation marks within one paragraph. Straight and curly double quotes,
 * and single quotes when they are clearly not apostrophes. An unclosed quote quotes nothing.
 */
export function findQuotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let openDouble = -1;
  let openSingle = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 && text.charCodeAt(i + 1) === 10) {
      openDouble = openSingle = -1; // a blank line ends the paragraph: unclosed quotes quote nothing
      continue;
    }
    if (c === 0x22) {
      if (openDouble < 0) openDouble = i;
      else {
        spans.push([openDouble, i + 1]);
        openDouble = -1;
      }
    } else if (c === 0x201c) {
      openDouble = i;
    } else if (c === 0x201d) {
      if (openDouble >= 0) spans.push([openDouble, i + 1]);
      openDouble = -1;
    } else if (c === 0x2018 || c === 0x27 || c === 0x2019) {
      const before = text[i - 1];
      const after = text[i + 1];
      const opens = !isWordChar(before) && isWordChar(after) && c !== 0x2019;
      const closes = openSingle >= 0 && !isWordChar(after) && before !== undefined && !/\s/.test(before);
      if (closes) {
        spans.push([openSingle, i + 1]);
        openSingle = -1;
      } else if (opens && openSingle < 0) openSingle = i;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Nested quotes: keep the outer span only.
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push(s);
  }
  return merged;
}

function classifyGap(text: string, from: number, to: number): number {
  let gap = GAP_SOFT;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 10: // \n
        if (++newlines >= 2) return GAP_HARD;
        break;
      case 0x2e: case 0x21: case 0x3f: case 0x3a: case 0x3b: // . ! ? : ;
      case 0x28: case 0x29: case 0x22: case 0x201c: case 0x201d: case 0x2022: // ( ) " “ ” •
      case 0x7c: case 0x3c: case 0x3e: // | < >
        return GAP_HARD;
      case 0x2c: case 0x2013: case 0x2014: // , – —
        gap = GAP_CLAUSE;
        break;
      case 0x2d: // a hyphen with space around it acts as a dash
        if (i > from || i + 1 < to) gap = GAP_CLAUSE;
        break;
      default:
        break;
    }
  }
  return gap;
}

export function tokenize(text: string): Tokenized {
  const quoted = text.includes('"') || text.includes('\u201c') || text.includes("'") || /[\u2018\u2019]/.test(text)
    ? findQuotedSpans(text)
    : [];
  const placeholders: Array<[number, number]> = [];
  if (/[{[<\u00ab]/.test(text)) {
    PLACEHOLDER.lastIndex = 0;
    for (let m; (m = PLACEHOLDER.exec(text)); ) placeholders.push([m.index, m.index + m[0].length]);
  }
  if (text.includes('@') || text.includes('www.') || text.includes('://')) {
    findAddresses(text, placeholders);
    placeholders.sort((a, b) => a[0] - b[0]);
    // An address inside a placeholder (or the reverse) must not produce overlapping spans.
    for (let i = 1; i < placeholders.length; i++) {
      if (placeholders[i][0] < placeholders[i - 1][1]) {
        placeholders[i - 1][1] = Math.max(placeholders[i - 1][1], placeholders[i][1]);
        placeholders.splice(i--, 1);
      }
    }
  }

  const tokens: Token[] = [];
  let prevEnd = 0;
  let q = 0; // index into quoted
  let p = 0; // index into placeholders
  WORD.lastIndex = 0;
  for (let m; (m = WORD.exec(text)); ) {
    let start = m.index;
    let end = start + m[0].length;
    let placeholder = false;
    while (p < placeholders.length && placeholders[p][1] <= start) p++;
    if (p < placeholders.length && placeholders[p][0] <= start) {
      // The whole placeholder becomes one token; skip the words inside it.
      start = placeholders[p][0];
      end = placeholders[p][1];
      placeholder = true;
      WORD.lastIndex = end;
      p++;
    } else if (p < placeholders.length && placeholders[p][0] < end) {
      end = placeholders[p][0]; // a word running into a placeholder stops at it
      WORD.lastIndex = end;
    }
    while (q < quoted.length && quoted[q][1] <= start) q++;
    const inQuote = q < quoted.length && quoted[q][0] < start;
    tokens.push({
      start,
      end,
      norm: placeholder ? '<placeholder>' : normaliseToken(text.slice(start, end)),
      gapBefore: tokens.length === 0 ? GAP_HARD : classifyGap(text, prevEnd, start),
      quoted: inQuote,
      placeholder,
    });
    prevEnd = end;
  }
  return { tokens, quoted };
}
