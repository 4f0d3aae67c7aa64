/**
 * The spans the tokenizer treats specially: text inside quotation marks (the patient's own
 * words), template placeholders and email or web addresses (each becomes one opaque token).
 */
import { isLetterOrNumberUnit, isSpaceUnit } from './chars.js';
import { work } from './work.js';

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
    const scanned = end;
    while (end > at + 1 && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop is not part of it
    work.steps += scanned - start + (scanned - end) + (end - at);
    if (start < at && text.slice(at + 1, end).includes('.')) out.push([start, end]);
  }
  for (const marker of ['www.', '://']) {
    for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
      let start = i;
      if (marker === '://') while (start > 0 && /[a-z]/i.test(text[start - 1])) start--;
      let end = i + marker.length;
      while (end < text.length && end - start < 300 && !/[\s<>"]/.test(text[end])) end++;
      const scanned = end;
      while (end > i + marker.length && /[.,;:!?)]/.test(text[end - 1])) end--;
      work.steps += scanned - start + (scanned - end);
      out.push([start, end]);
    }
  }
}

const isWordChar = (c: number) => c >= 0 && isLetterOrNumberUnit(c);

/** The characters quote pairing looks at: \n " “ ” ‘ ' ’. */
export function isQuoteChar(c: number): boolean {
  return c === 10 || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

/**
 * Spans between matching quotation marks within one paragraph. Straight and curly double quotes,
 * and single quotes when they are clearly not apostrophes. An unclosed quote quotes nothing.
 *
 * Shown the text's quote characters (isQuoteChar) in text order, one at a time: the tokenizer
 * shows it those it meets while scanning, so the text is not read twice.
 */
export class QuotePairer {
  private readonly spans: Array<[number, number]> = [];
  private openDouble = -1;
  private openSingle = -1;

  /** Character i of text, whose code c is a quote character. */
  see(text: string, i: number, c: number): void {
    if (c === 10) {
      // A blank line ends the paragraph: unclosed quotes quote nothing.
      if (text.charCodeAt(i + 1) === 10) this.openDouble = this.openSingle = -1;
    } else if (c === 0x22) {
      if (this.openDouble < 0) this.openDouble = i;
      else {
        this.spans.push([this.openDouble, i + 1]);
        this.openDouble = -1;
      }
    } else if (c === 0x201c) {
      this.openDouble = i;
    } else if (c === 0x201d) {
      if (this.openDouble >= 0) this.spans.push([this.openDouble, i + 1]);
      this.openDouble = -1;
    } else if (c === 0x2018 || c === 0x27 || c === 0x2019) {
      // -1: no character there (the start or end of the text).
      const before = i > 0 ? text.charCodeAt(i - 1) : -1;
      const after = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
      const opens = !isWordChar(before) && isWordChar(after) && c !== 0x2019;
      const closes = this.openSingle >= 0 && !isWordChar(after) && before >= 0 && !isSpaceUnit(before);
      if (closes) {
        this.spans.push([this.openSingle, i + 1]);
        this.openSingle = -1;
      } else if (opens && this.openSingle < 0) this.openSingle = i;
    }
  }

  /** Every quote character of text[from, to). */
  seeRange(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (isQuoteChar(c)) this.see(text, i, c);
    }
  }

  /** The spans, sorted; nested quotes keep the outer span only. */
  finish(): Array<[number, number]> {
    const spans = this.spans.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push(s);
    }
    return merged;
  }
}

export function findQuotedSpans(text: string): Array<[number, number]> {
  const pairer = new QuotePairer();
  pairer.seeRange(text, 0, text.length);
  return pairer.finish();
}

/**
 * Placeholders and addresses, sorted and non-overlapping: each becomes one token that no phrase
 * matches.
 */
export function findOpaqueSpans(text: string): Array<[number, number]> {
  const placeholders: Array<[number, number]> = [];
  // Four includes() are several times faster than one /[{[<\u00ab]/ test over a whole letter.
  if (text.includes('[') || text.includes('{') || text.includes('<') || text.includes('\u00ab')) {
    PLACEHOLDER.lastIndex = 0;
    for (let m; (m = PLACEHOLDER.exec(text)); ) placeholders.push([m.index, m.index + m[0].length]);
    work.steps += placeholders.length;
  }
  if (text.includes('@') || text.includes('www.') || text.includes('://')) {
    findAddresses(text, placeholders);
    placeholders.sort((a, b) => a[0] - b[0]);
    // An address inside a placeholder (or the reverse) must not produce overlapping spans.
    for (let i = 1; i < placeholders.length; i++) {
      if (placeholders[i][0] < placeholders[i - 1][1]) {
        placeholders[i - 1][1] = Math.max(placeholders[i - 1][1], placeholders[i][1]);
        work.steps += placeholders.length - i; // what splice moves
        placeholders.splice(i--, 1);
      }
    }
    work.steps += placeholders.length;
  }
  return placeholders;
}
