/** Ways to run the CLI in tests: in this process (fast), or as a real process with a deadline (for inputs that could hang). */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { main } from '../../cli/main.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vl-cli-'));
}

/** main() in this process, with standard input given as a string or a stream. */
export async function run(args: string[], stdin: string | NodeJS.ReadableStream = ''): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const input = typeof stdin === 'string' ? Readable.from([Buffer.from(stdin)]) : stdin;
  const code = await main(args, { stdin: input, stdout, stderr });
  return { code, out, err };
}

export interface ProcessRun extends Run {
  /** True when the deadline passed and the process was killed. */
  timedOut: boolean;
  ms: number;
}

/**
 * The CLI from source as a real process. It is killed (SIGKILL) at the deadline, so a test of an
 * input that hangs or reads forever fails instead of hanging the suite.
 */
export function runProcess(args: string[], opts: { stdin?: string | Buffer; stdinFile?: string; timeoutMs?: number; cwd?: string } = {}): Promise<ProcessRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    // stdinFile: standard input opened straight from a file (e.g. /dev/zero), not through a pipe.
    const fd = opts.stdinFile ? openSync(opts.stdinFile, 'r') : undefined;
    // tsx by its path, so the CLI can run in another folder (cwd) and still find it.
    const child = spawn(process.execPath, ['--import', pathToFileURL(join(repo, 'node_modules/tsx/dist/esm/index.mjs')).href, join(repo, 'tests/cli/source-bin.ts'), ...args], {
      cwd: opts.cwd ?? repo,
      stdio: [fd ?? 'pipe', 'pipe', 'pipe'],
    });
    if (fd !== undefined) closeSync(fd);
    let out = '';
    let err = '';
    let timedOut = false;
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 10_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, timedOut, ms: Date.now() - started });
    });
    if (child.stdin) {
      child.stdin.on('error', () => {}); // the CLI may stop reading (and exit) before all input is written
      child.stdin.end(opts.stdin ?? '');
    }
  });
}

/** A finding as the JSON output gives it (the fields the tests read). */
export interface CliFinding {
  ruleId: string;
  start: number;
  end: number;
  line: number;
  column: number;
  actual: string;
}

/** Writes `content` to dir/name, checks it with --format json, and returns its findings (nothing on stderr). */
export async function jsonFindings(dir: string, name: string, content: string | Buffer): Promise<CliFinding[]> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const { out, err } = await run(['check', '--format', 'json', file]);
  if (err !== '') throw new Error(`unexpected stderr: ${err}`);
  return JSON.parse(out)[0].findings;
}

/** Line and column of an offset, counted independently of the CLI: \r\n, \r or \n end a line; a BOM takes no column. */
export function lineColumn(text: string, offset: number): [number, number] {
  const lines = text.slice(0, offset).replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  return [lines.length, lines[lines.length - 1].length + 1];
}
