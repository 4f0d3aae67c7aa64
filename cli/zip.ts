/**
 * Just enough of the zip format to take a .docx apart safely: the entries its central directory
 * lists, and each entry's data inflated with a hard cap on the output. Inflating is never trusted
 * to stop by itself: a zip can declare small sizes and inflate to gigabytes.
 */
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  /** The uncompressed size the central directory declares. */
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endOfCentralDirectory(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of up to 65,535; search back from the end for it.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipError('not a zip archive');
}

/** The entries the central directory lists, in order. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const dirSize = zip.readUInt32LE(end + 12);
  const dirStart = zip.readUInt32LE(end + 16);
  // ZIP64 marks these fields 0xFFFF...; a letter never needs it, so it is refused rather than parsed.
  if (count === 0xffff || dirSize === 0xffffffff || dirStart === 0xffffffff) throw new ZipError('uses ZIP64, which a letter never needs');
  if (dirStart + dirSize > end) throw new ZipError('its central directory is outside the file');
  const entries: ZipEntry[] = [];
  let p = dirStart;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || zip.readUInt32LE(p) !== CENTRAL) throw new ZipError('its central directory is damaged');
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    entries.push({
      flags: zip.readUInt16LE(p + 8),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localOffset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's data inflated, refused as soon as it would be longer than the size its zip declares. */
export function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new ZipError(`${entry.name} is damaged`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) throw new ZipError(`${entry.name} is cut short`);
  if (entry.flags & 1) throw new ZipError(`${entry.name} is encrypted`);
  const data = zip.subarray(start, start + entry.compressedSize);
  const overrun = () => new ZipError(`${entry.name} inflates to more than the ${entry.size} bytes its zip declares`);
  let out: Buffer;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      // maxOutputLength makes zlib stop as soon as the output passes the declared size.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw overrun();
      throw new ZipError(`${entry.name} is damaged (${(e as Error).message})`);
    }
  } else throw new ZipError(`${entry.name} uses compression method ${entry.method}`);
  if (out.length > entry.size) throw overrun();
  if (out.length < entry.size) throw new ZipError(`${entry.name} is shorter than its zip declares`);
  return out;
}
