/**
 * Makes text safe to print on a terminal. Letters and file names can hold escape sequences (ESC[8m
 * hides everything after it, OSC sets the window title) and bidi overrides that reorder what is
 * shown; text output shows them as visible escapes instead. Tab is left alone; a newline becomes
 * \n, so a file name cannot break the file:line:col shape.
 */

/** C0 controls but tab, DEL, C1 controls, bidi embeddings and overrides (U+202A-E) and isolates (U+2066-9). */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job.
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For text output: every unsafe character as a visible escape. */
export function visible(s: string): string {
  return s.replace(UNSAFE, escape);
}

/** For JSON output: the same characters as JSON \u escapes, so the parsed values stay exact. */
export function jsonSafe(json: string): string {
  // JSON.stringify escapes C0 inside strings (the raw newlines left are its own layout); DEL, C1
  // and the bidi controls it leaves raw.
  return json.replace(/[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
