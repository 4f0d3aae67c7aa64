/**
 * The text of a .docx, with its expansion capped. Only the XML parts are taken (the text is
 * there; pictures are not needed), their declared sizes are checked before anything is inflated,
 * each is inflated with a hard cap, and mammoth reads a rebuilt, uncompressed zip of just those
 * parts: nothing it opens can expand.
 */
import { InputError } from './input-error.js';
import { storedZip } from './stored-zip.js';
import { inflateEntry, zipEntries, ZipError } from './zip.js';

/**
 * All the XML in a .docx together. A letter's is well under 1 MB. Mammoth is slow on dense XML:
 * a 184 KB .docx holding 4.9 MB of one-word paragraphs took 9.6 s and 570 MB to check (measured),
 * which is what this limit bounds; 20 MB would allow four times that.
 */
export const MAX_DOCX_XML = 5 * 1024 * 1024;
const MB = 1024 * 1024;

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

function xmlParts(file: string, bytes: Buffer): Array<{ name: string; data: Buffer }> {
  try {
    const parts = zipEntries(bytes).filter((e) => isXmlPart(e.name));
    const declared = parts.reduce((n, e) => n + e.size, 0);
    if (declared > MAX_DOCX_XML) {
      throw new InputError(file, `its XML would expand to ${(declared / MB).toFixed(1)} MB (the limit is ${MAX_DOCX_XML / MB} MB); letters and templates are much smaller`);
    }
    // Each part stops inflating at its declared size, so together they stay under the limit.
    return parts.map((e) => ({ name: e.name, data: inflateEntry(bytes, e) }));
  } catch (e) {
    if (e instanceof ZipError) throw new InputError(file, `is not a valid .docx file (${e.message})`);
    throw e;
  }
}

export async function docxText(file: string, bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new InputError(file, 'is not a valid .docx file (not a zip archive)');
  const safe = storedZip(xmlParts(file, bytes));
  try {
    const mammoth = (await import('mammoth')).default;
    const { value } = await mammoth.extractRawText({ buffer: safe });
    if (!value.trim()) throw new InputError(file, 'has no text in it; nothing to check');
    return value;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, `cannot read this .docx file (${(e as Error).message.split('\n')[0]})`);
  }
}
