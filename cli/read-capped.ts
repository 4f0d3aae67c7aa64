/**
 * Reads an input's bytes with a hard cap on what is actually read, not on what stat reports:
 * a file can grow while it is read, /dev/zero reports size 0 and never ends, and a named pipe has
 * no size at all. Only regular files are read; devices, pipes and sockets are refused before any
 * read (opening a FIFO for reading would wait for a writer forever).
 */
import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { InputError } from './input-error.js';

/** Letters and templates are small; a file this large is almost certainly not one. */
export const MAX_BYTES = 5 * 1024 * 1024;
const CHUNK = 64 * 1024;
const MB = 1024 * 1024;

function tooLarge(file: string, size?: number): InputError {
  const how = size === undefined ? `over ${MAX_BYTES / MB} MB` : `${(size / MB).toFixed(1)} MB; the limit is ${MAX_BYTES / MB} MB`;
  return new InputError(file, `too large (${how}): letters and templates are much smaller`);
}

/** Refuses anything but a regular file, saying what it is. */
function requireRegular(file: string, st: Stats): void {
  if (st.isFile()) return;
  if (st.isDirectory()) throw new InputError(file, 'is a folder, not a file');
  const hint = '; not read (use - to check standard input)';
  if (st.isFIFO()) throw new InputError(file, `is a named pipe (FIFO), not a regular file${hint}`);
  if (st.isCharacterDevice() || st.isBlockDevice()) throw new InputError(file, `is a device, not a regular file${hint}`);
  if (st.isSocket()) throw new InputError(file, `is a socket, not a regular file${hint}`);
  throw new InputError(file, `is not a regular file${hint}`);
}

/** Up to max + 1 bytes from the handle's current position: one byte more than allowed shows the input is too large, without reading the rest. */
export async function readAtMost(handle: FileHandle, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= max) {
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, max + 1 - total));
    const { bytesRead } = await handle.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function readProblem(file: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return new InputError(file, 'is a folder, not a file');
  if (code === 'ENOENT') return new InputError(file, 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(file, 'permission denied');
  return new InputError(file, `cannot read (${code ?? (e as Error).message})`);
}

/** A regular file's bytes, at most MAX_BYTES of them. */
export async function readFileCapped(file: string): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    // stat first: it has no side effects, where opening a FIFO blocks and opening a device may not.
    const before = await stat(file);
    requireRegular(file, before);
    if (before.size > MAX_BYTES) throw tooLarge(file, before.size);
    // Non-blocking, in case the path was swapped for a FIFO since the stat; then check what was opened.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
    requireRegular(file, await handle.stat());
    const bytes = await readAtMost(handle, MAX_BYTES);
    if (bytes.length > MAX_BYTES) throw tooLarge(file);
    return bytes;
  } catch (e) {
    throw readProblem(file, e);
  } finally {
    await handle?.close();
  }
}

/** Standard input's bytes, at most MAX_BYTES of them: reading stops as soon as there are more. */
export async function readStreamCapped(name: string, stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += b.length;
    if (total > MAX_BYTES) throw tooLarge(name); // leaving the loop stops (destroys) the stream
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}
