/**
 * The 5 MB cap holds for what is actually read: devices, pipes and sockets named as files are
 * refused without being opened for reading, and standard input stops at the cap. Each refusal is
 * one line on stderr naming the input; the other files are still checked; the exit code is 2.
 * Inputs that used to hang or read forever run in a real process with a deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { MAX_BYTES } from '../../cli/inputs.js';
import { run, runProcess, tempDir } from './helpers.js';

const CLEAN = 'Dear Sam,\n\nYour blood test results are normal. You do not need to do anything.\n\nIf you have questions, call us on 0161 496 0000.\n\nYours sincerely,\nDr Patel\n';

let dir: string;
let clean: string;
let server: Server | undefined;
beforeAll(() => {
  dir = tempDir();
  clean = join(dir, 'clean.txt');
  writeFileSync(clean, CLEAN);
});
afterAll(() => server?.close());

function refusedAlone(r: { code: number | null; out: string; err: string }, name: RegExp) {
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(name);
  expect(r.out).toContain('clean.txt: 0 findings');
  expect(r.out).toContain('No findings in 1 file');
}

describe('special files named as FILE arguments', () => {
  it('/dev/zero is refused at once instead of read forever', async () => {
    const r = await runProcess(['check', '/dev/zero', clean], { timeoutMs: 10_000 });
    expect(r.timedOut).toBe(false);
    refusedAlone(r, /^values-lens: \/dev\/zero: is a device, not a regular file/);
  });

  it('a FIFO with no writer is refused instead of waited on', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const r = await runProcess(['check', fifo, clean], { timeoutMs: 10_000 });
    expect(r.timedOut).toBe(false);
    refusedAlone(r, /pipe\.txt: is a named pipe \(FIFO\), not a regular file/);
  });

  it('/dev/stdin fed 6 MB through a pipe is refused, not read past the cap', async () => {
    const r = await runProcess(['check', '/dev/stdin', clean], { stdin: Buffer.alloc(6 * 1024 * 1024, 'word '), timeoutMs: 10_000 });
    expect(r.timedOut).toBe(false);
    // A shell pipe is a FIFO; Node's child-process pipe is a socket. Either is refused.
    refusedAlone(r, /\/dev\/stdin: is a (named pipe \(FIFO\)|socket), not a regular file/);
  });

  it('a socket is refused', async () => {
    const sock = join(dir, 'sock.txt');
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(sock, resolve));
    refusedAlone(await run(['check', sock, clean]), /sock\.txt: is a socket, not a regular file/);
  });

  it('the error says how to check standard input instead', async () => {
    const r = await run(['check', '/dev/null', clean]);
    refusedAlone(r, /\/dev\/null: is a device, not a regular file; not read \(use - to check standard input\)/);
  });
});

describe('standard input', () => {
  it('"-" still works', async () => {
    const r = await run(['check', '-'], CLEAN);
    expect(r.code).toBe(0);
    expect(r.out).toContain('-: 0 findings');
  });

  it('"-" from an endless stream stops at the cap', async () => {
    let sent = 0;
    const endless = new Readable({
      read() {
        sent += 65536;
        this.push(Buffer.alloc(65536, 'word '));
      },
    });
    const r = await run(['check', '-', clean], endless);
    refusedAlone(r, /^values-lens: -: too large \(over 5 MB/);
    expect(sent).toBeLessThan(MAX_BYTES + 1024 * 1024);
  });

  it('"-" reading /dev/zero in a real process stops at the cap', async () => {
    const r = await runProcess(['check', '-', clean], { stdinFile: '/dev/zero', timeoutMs: 10_000 });
    expect(r.timedOut).toBe(false);
    refusedAlone(r, /-: too large \(over 5 MB/);
  });
});

describe('regular files', () => {
  it('are read only up to the cap plus one byte, whatever their size', async () => {
    const big = join(dir, 'six-mb.txt');
    writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 'word '));
    const { readAtMost } = await import('../../cli/read-capped.js');
    const handle = await open(big, 'r');
    try {
      expect((await readAtMost(handle, MAX_BYTES)).length).toBe(MAX_BYTES + 1);
    } finally {
      await handle.close();
    }
    const small = await open(clean, 'r');
    try {
      expect((await readAtMost(small, MAX_BYTES)).toString()).toBe(CLEAN);
    } finally {
      await small.close();
    }
  });

  it('a file over the cap is refused, and the rest are checked', async () => {
    const big = join(dir, 'over.txt');
    writeFileSync(big, Buffer.alloc(MAX_BYTES + 1, 'word '));
    refusedAlone(await run(['check', big, clean]), /over\.txt: too large \(5\.0 MB; the limit is 5 MB\)/);
  });

  it('a 1 MB single-line file is checked', async () => {
    const line = join(dir, 'one-line.txt');
    writeFileSync(line, 'Your results are normal and you do not need to do anything '.repeat(18000));
    const r = await run(['check', '--format', 'json', line]);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)[0].summary.words).toBeGreaterThan(190_000);
  });
});
