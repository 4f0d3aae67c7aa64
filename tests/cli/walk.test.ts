/**
 * Walking folders follows symbolic links (to files and to folders) without looping, and never
 * drops a letter silently: a broken link or a device, pipe or socket with a letter's name is
 * reported on stderr like any unreadable input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, runProcess, tempDir } from './helpers.js';

const LETTER = 'Dear Sam,\n\nWe are sorry you failed to attend.\n\nCall us on 0161 496 0000.\n\nYours sincerely,\nDr Patel\n';

let root: string;
beforeAll(() => {
  root = tempDir();
  // outside/ holds letters reached only through links from letters/.
  mkdirSync(join(root, 'outside', 'shared'), { recursive: true });
  writeFileSync(join(root, 'outside', 'linked.txt'), LETTER);
  writeFileSync(join(root, 'outside', 'shared', 'in-linked-folder.md'), LETTER);
  mkdirSync(join(root, 'letters', 'sub'), { recursive: true });
  writeFileSync(join(root, 'letters', 'own.txt'), LETTER);
  writeFileSync(join(root, 'letters', 'sub', 'deep.txt'), LETTER);
  symlinkSync(join(root, 'outside', 'linked.txt'), join(root, 'letters', 'link-to-file.txt'));
  symlinkSync(join(root, 'outside', 'shared'), join(root, 'letters', 'link-to-folder'));
  symlinkSync(join(root, 'letters'), join(root, 'letters', 'sub', 'loop-to-parent'));
  symlinkSync(join(root, 'letters', 'sub'), join(root, 'letters', 'sub', 'loop-to-self'));
});

const files = (out: string): string[] => JSON.parse(out).map((r: { file: string }) => r.file.slice(root.length + 1));

describe('walking folders', () => {
  it('follows links to files and folders, once each, without looping', async () => {
    const r = await runProcess(['check', '--format', 'json', join(root, 'letters')], { timeoutMs: 15_000 });
    expect(r.timedOut).toBe(false);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(files(r.out)).toEqual([
      'letters/link-to-file.txt',
      'letters/link-to-folder/in-linked-folder.md',
      'letters/own.txt',
      'letters/sub/deep.txt',
    ]);
  });

  it('reports a broken link with a letter name, and checks the rest', async () => {
    const dir = join(root, 'broken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'fine.txt'), LETTER);
    symlinkSync(join(root, 'nowhere.txt'), join(dir, 'gone.txt'));
    const { code, out, err } = await run(['check', '--format', 'json', dir]);
    expect(code).toBe(2);
    expect(err).toBe(`values-lens: ${join(dir, 'gone.txt')}: is a broken symbolic link\n`);
    expect(files(out)).toEqual(['broken/fine.txt']);
  });

  it('reports a link loop with a letter name instead of following it', async () => {
    const dir = join(root, 'looped');
    mkdirSync(dir);
    writeFileSync(join(dir, 'fine.txt'), LETTER);
    symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const { code, err, out } = await run(['check', '--format', 'json', dir]);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toEqual([
      `values-lens: ${join(dir, 'a.txt')}: cannot follow symbolic link (ELOOP)`,
      `values-lens: ${join(dir, 'b.txt')}: cannot follow symbolic link (ELOOP)`,
    ]);
    expect(files(out)).toEqual(['looped/fine.txt']);
  });

  it('reports a pipe or a link to a device with a letter name, without reading it', async () => {
    const dir = join(root, 'special');
    mkdirSync(dir);
    writeFileSync(join(dir, 'fine.txt'), LETTER);
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const r = await runProcess(['check', '--format', 'json', dir], { timeoutMs: 15_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pipe\.txt: is a named pipe \(FIFO\)/);
    expect(r.err).toMatch(/zero\.txt: is a device/);
    expect(files(r.out)).toEqual(['special/fine.txt']);
  });
});
