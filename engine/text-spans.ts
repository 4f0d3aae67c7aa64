/**
 * The spans the tokenizer treats specially: text inside quotation marks (the patient's own
 * words), template placeholders and email or web addresses (each becomes one opaque token).
 */
import { isDigit, isLetterOrNumberUnit, isSpaceUnit } from './chars.js';
import { findAddresses } from './addresses.js';
import { work } from './work.js';

// {{name}}, [NAME], <<Name>>, «Name»: the writer fills these in later, so we never judge them.
const PLACEHOLDER = /\{\{[^{}\n]{1,80}\}\}|\[[^[\]\n]{1,80}\]|<<[^<>\n]{1,80}>>|\u00ab[^\u00ab\u00bb\n]{1,80}\u00bb/g;
const isWordChar = (c: number) => c >= 0 && isLetterOrNumberUnit(c);

/** The characters quote pairing looks at: \n " “ ” ‘ ' ’. */
export function isQuoteChar(c: number): boolean {
  return c === 10 || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}


/**
 * Whether the straight double quote at i is an inch mark ("5'9\"", "a 2\" wound"), not a quotation
 * mark: it follows a digit, and either no quotation is open (a quotation does not open straight
 * after a number) or a foot mark comes before the number (5'9", 5' 9"). A quotation ending in a
 * number ("call 111") still closes.
 */
function isInchMark(text: string, i: number, quoteOpen: boolean): boolean {
  if (i === 0 || !isDigit(text.charCodeAt(i - 1))) return false;
  if (!quoteOpen) return true;
  let j = i - 1;
  // At most two digits of inches, then an optional space, then the foot mark after a digit.
  while (j > 0 && i - j <= 2 && isDigit(text.charCodeAt(j - 1))) j--;
  if (text.charCodeAt(j - 1) === 32) j--;
  const mark = text.charCodeAt(j - 1);
  return (mark === 0x27 || mark === 0x2019) && j >= 2 && isDigit(text.charCodeAt(j - 2));
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
      if (isInchMark(text, i, this.openDouble >= 0)) return;
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
  if (!(text.includes('@') || text.includes('www.') || text.includes('://'))) return placeholders;
  work.steps += findAddresses(text, placeholders);
  placeholders.sort((a, b) => a[0] - b[0]);
  // An address inside a placeholder (or the reverse), or two overlapping addresses, must not
  // produce overlapping spans: merged in one pass (removing them one splice at a time was
  // quadratic in a text of overlapping addresses).
  const merged: Array<[number, number]> = [];
  for (const span of placeholders) {
    const last = merged[merged.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  work.steps += placeholders.length;
  return merged;
}
