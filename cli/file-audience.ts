/**
 * Who a letter or template says it is written to, in the file itself: a template library mixes
 * letters to patients, parents, carers and colleagues, and one --audience for a whole folder would
 * check a letter to a GP for jargon, or a letter to a parent with "you" meaning the child.
 *
 * Two forms are read, both at the very top of the file:
 * - a first line `audience: carer`, then a line break (how our corpora and many template headers
 *   put it);
 * - `audience: carer` inside Markdown frontmatter (`---` ... `---`).
 * The line is blanked with spaces of the same length (so offsets, lines and columns still point into
 * the file) and not checked as letter text. An unknown value is not an audience and stays as text.
 */
import { AUDIENCES, type Audience } from '../engine/types.js';

const FIRST_LINE = /^([ \t]*audience[ \t]*:[ \t]*)([A-Za-z]+)[ \t]*(?=\r?\n|$)/i;
const FRONTMATTER = /^\ufeff?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const FRONTMATTER_KEY = /^audience[ \t]*:[ \t]*["']?([A-Za-z]+)["']?[ \t]*$/im;

function audienceOf(word: string): Audience | undefined {
  const lower = word.toLowerCase();
  return (AUDIENCES as readonly string[]).includes(lower) ? (lower as Audience) : undefined;
}

/**
 * A text file's first line `audience: X`: the audience, and the text to check with that line
 * blanked. `text` is the engine's text, where a BOM is already a space.
 */
export function audienceLine(text: string): { audience?: Audience; text: string } {
  const line = FIRST_LINE.exec(text);
  const audience = line ? audienceOf(line[2]) : undefined;
  if (!line || !audience) return { text };
  return { audience, text: ' '.repeat(line[0].length) + text.slice(line[0].length) };
}

/** A Markdown file's frontmatter key `audience: X` (the frontmatter itself is never checked). */
export function frontmatterAudience(source: string): Audience | undefined {
  const fm = FRONTMATTER.exec(source);
  const key = fm ? FRONTMATTER_KEY.exec(fm[1]) : null;
  return key ? audienceOf(key[1]) : undefined;
}
