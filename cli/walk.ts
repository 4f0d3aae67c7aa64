/**
 * Expands the paths given on the command line into the files to check. Folders are walked
 * recursively and in sorted order, skipping hidden names and node_modules. Symbolic links are
 * followed; each folder is walked once by its real path, so a link back up the tree cannot loop.
 * Nothing with a letter's name is dropped silently: what cannot be followed or read is reported.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from './input-error.js';

export const CHECKED_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx']);

export type Collected = { kind: 'file'; file: string } | { kind: 'error'; error: InputError };

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

export function collectPaths(paths: readonly string[]): Collected[] {
  const out: Collected[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ kind: 'file', file: '-' });
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      const c = code(e);
      out.push({ kind: 'error', error: new InputError(path, c === 'ENOENT' ? 'no such file or folder' : c === 'EACCES' ? 'permission denied' : `cannot open (${c})`) });
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(path, new Set());
      if (found.length === 0) out.push({ kind: 'error', error: new InputError(path, 'folder has no .txt, .md, .html or .docx files to check') });
      out.push(...found);
    } else out.push({ kind: 'file', file: path }); // reading it decides whether it can be read
  }
  return out;
}

/** What an entry is once links are followed, or why it cannot be followed. */
function kindOf(entry: Dirent, path: string): 'dir' | 'other' | InputError {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'dir' : 'other';
  try {
    return statSync(path).isDirectory() ? 'dir' : 'other';
  } catch (e) {
    return new InputError(path, code(e) === 'ENOENT' ? 'is a broken symbolic link' : `cannot follow symbolic link (${code(e)})`);
  }
}

/** `walked` holds the real paths of the folders already walked. */
function walk(dir: string, walked: Set<string>): Collected[] {
  let entries;
  try {
    const real = realpathSync(dir);
    if (walked.has(real)) return []; // reached again through a link: already walked, or a loop
    walked.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    return [{ kind: 'error', error: new InputError(dir, `cannot read folder (${code(e)})`) }];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: Collected[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const letterName = CHECKED_EXTENSIONS.has(extname(entry.name).toLowerCase());
    const kind = kindOf(entry, path);
    if (kind === 'dir') out.push(...walk(path, walked));
    else if (!letterName) continue;
    else if (kind instanceof InputError) out.push({ kind: 'error', error: kind });
    // Regular or not: reading refuses devices, pipes and sockets with a line naming them.
    else out.push({ kind: 'file', file: path });
  }
  return out;
}
