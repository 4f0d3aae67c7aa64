/**
 * Reads a rule pack file the clinician chose or dropped on the check page. The file is untrusted:
 * its size is checked before it is read, its bytes must be UTF-8, and then the engine's own reader
 * (readPack, as the CLI and the extension use) checks everything else. Nothing is stored or sent:
 * the pack lives in this page's memory until it is removed or the page is closed.
 */
import { MAX_PACK_CHARS, PackError, readPack, type PackFile } from '../../../engine/pack/index.js';

export type PackRead = { ok: true; pack: PackFile } | { ok: false; problems: string[] };

/** UTF-8 takes at most 3 bytes for each UTF-16 unit: a longer file cannot be within the reader's limit. */
const MAX_BYTES = 3 * MAX_PACK_CHARS;

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`;

export async function readPackFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<PackRead> {
  if (file.size === 0) return { ok: false, problems: ['the file is empty'] };
  if (file.size > MAX_BYTES) return { ok: false, problems: [`the file is ${kb(file.size)}; a pack file is at most ${kb(MAX_PACK_CHARS)}`] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, problems: ['the file is not text (a pack file is JSON, as `values-lens pack build` writes it)'] };
  }
  try {
    return { ok: true, pack: readPack(text) };
  } catch (e) {
    if (e instanceof PackError) return { ok: false, problems: [...e.problems] };
    throw e;
  }
}
