/**
 * Email and web addresses are names, not prose: "pals@example.org" must not read as the word
 * "pals". Found by scanning out from each "@", "www." and "://", in linear time whatever the text:
 * a letter full of markers ("www.www.www.", "a@b.ca@b.c") must not make each one read its
 * neighbours' characters again (every "www." read up to 300 of them; with the overlapping spans
 * merged one splice at a time, 1 MB of "www." took 67 s).
 */
import { isAsciiLetter, isSpaceUnit } from './chars.js';

const isLocalChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45; // 0-9 A-Z a-z _ . + -
const isDomainChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46; // 0-9 A-Z a-z - .
/** /[\s<>"]/: where a web address stops. */
const stopsAddress = (c: number) => c === 60 || c === 62 || c === 34 || isSpaceUnit(c);
/** /[.,;:!?)]/: punctuation at a web address's end that belongs to the sentence. */
const isTrailing = (c: number) => c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41;

/** How far a web address may reach from its start. */
const WEB_MAX = 300;

/**
 * Appends [start, end) of every address to out (in marker order: "@", then "www.", then "://"),
 * and returns the characters read, for the step count (work.ts).
 */
export function findAddresses(text: string, out: Array<[number, number]>): number {
  let steps = 0;
  // Each scan stops at an "@" (no local or domain character is one), so no character is read by
  // more than the scans from the "@" before and after it.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at < 253 && isDomainChar(text.charCodeAt(end))) end++;
    const scanned = end;
    while (end > at + 1 && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop is not part of it
    let dot = false;
    for (let k = at + 1; k < end && !dot; k++) dot = text.charCodeAt(k) === 46;
    steps += scanned - start + (scanned - end) + (end - at);
    if (start < at && dot) out.push([start, end]);
  }
  steps += webAddresses(text, 'www.', out);
  steps += webAddresses(text, '://', out);
  return steps;
}

/**
 * A web address runs from its marker (from the letters before "://") to the first whitespace,
 * "<", ">" or '"', at most WEB_MAX characters from its start, less trailing punctuation.
 *
 * Markers are met in text order, and both the start and the end of their addresses only move
 * forward from one marker to the next (a "://" address starts after the previous marker, and
 * its letters reach back no further). So one cursor keeps the next stopping character and
 * another the last character that is not trailing punctuation: each character is read once by
 * each, instead of once per marker within WEB_MAX of it. Should an end ever move back, the
 * trailing punctuation is found by reading back, which is still correct.
 */
function webAddresses(text: string, marker: string, out: Array<[number, number]>): number {
  const n = text.length;
  let steps = 0;
  let stopFrom = 0; // text[stopFrom, stopAt) holds no stopping character; stopAt is one, or n
  let stopAt = -1;
  let readTo = 0; // characters before readTo have been classified by the second cursor
  let lastPlain = -1; // the last of them that is not trailing punctuation
  for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
    let start = i;
    if (marker === '://') while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    const from = i + marker.length;
    steps += from - start;
    let end = from;
    if (from - start < WEB_MAX) {
      if (from < stopFrom || from > stopAt) {
        stopFrom = from;
        stopAt = from;
        while (stopAt < n && !stopsAddress(text.charCodeAt(stopAt))) stopAt++;
        steps += stopAt - from;
      }
      end = Math.min(stopAt, start + WEB_MAX);
    }
    if (end >= readTo) {
      for (let k = readTo; k < end; k++) if (!isTrailing(text.charCodeAt(k))) lastPlain = k;
      steps += end - readTo;
      readTo = end;
      end = Math.max(from, lastPlain + 1);
    } else {
      const scanned = end;
      while (end > from && isTrailing(text.charCodeAt(end - 1))) end--;
      steps += scanned - end;
    }
    out.push([start, end]);
  }
  return steps;
}
