/**
 * Reads one input into the text to check and the file's own text. Every problem becomes an
 * InputError naming the file, so one bad file never stops the others from being checked.
 */
import { extname } from 'node:path';
import { htmlToText } from './html-text.js';
import { markdownToText } from './text-of.js';
import { audienceLine, frontmatterAudience } from './file-audience.js';
import type { Audience } from '../engine/types.js';
import { InputError } from './input-error.js';
import { docxText } from './docx.js';
import { MAX_BYTES, readFileCapped, readStreamCapped } from './read-capped.js';

export { InputError, MAX_BYTES };

export interface Input {
  file: string;
  /**
   * The file's text, which findings' offsets, lines and columns refer to: for a text file, as
   * readFileSync(file, 'utf8') gives it (a BOM stays, as U+FEFF); for a .docx, the extracted text.
   */
  source: string;
  /** The text the engine checks: markup blanked out, HTML entities decoded, a BOM as a space, a lone \r as \n. */
  text: string;
  /** Maps an offset in text to the offset of the same character in source. */
  toSource(offset: number): number;
  /** Who the file says it is written to (file-audience.ts), if it says. */
  audience?: Audience;
}

function decodeUtf8(file: string, bytes: Buffer): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(file, 'looks like a binary file, not text; not checked');
  try {
    // ignoreBOM keeps a BOM in the text, so offsets count it as readFileSync(file, 'utf8') does.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    throw new InputError(file, `is not valid UTF-8 text (near byte ${offset}); save it as UTF-8 and try again`);
  }
}

/** Offset of the first byte that breaks UTF-8, in one pass (so a writer can find it). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

const same = (offset: number) => offset;

/**
 * Same-length changes the engine needs: a BOM is not text, and the engine ends lines only at \n,
 * so a lone \r (old Mac line ends) becomes \n; \r\n already works.
 */
function forEngine(text: string): string {
  return text.replace(/^\ufeff/, ' ').replace(/\r(?!\n)/g, '\n');
}

export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<Input> {
  const ext = file === '-' ? '.txt' : extname(file).toLowerCase();
  const bytes = file === '-' ? await readStreamCapped('-', stdin) : await readFileCapped(file);
  if (bytes.length === 0) throw new InputError(file, 'is empty; nothing to check');
  if (ext === '.docx') {
    const source = await docxText(file, bytes);
    return { file, source, text: forEngine(source), toSource: same };
  }
  const source = decodeUtf8(file, bytes);
  if (!source.trim()) throw new InputError(file, 'has no text in it; nothing to check');
  if (ext === '.html' || ext === '.htm') {
    const html = htmlToText(source);
    return { file, source, text: forEngine(html.text), toSource: html.toSource };
  }
  if (ext === '.md' || ext === '.markdown') {
    return { file, source, text: forEngine(markdownToText(source)), toSource: same, audience: frontmatterAudience(source) };
  }
  const { audience, text } = audienceLine(forEngine(source));
  return { file, source, text, toSource: same, audience };
}
