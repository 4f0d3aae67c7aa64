/** Nothing to check is a usage error: usage on standard error, exit 2 (as the README says), nothing on standard output. */
import { describe, expect, it } from 'vitest';
import { run, runProcess } from './helpers.js';

describe('usage errors', () => {
  it.each([[[]], [['check']], [['check', '--']], [['check', '--format', 'json']]])('%j prints usage on stderr and exits 2', async (args) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/Usage: values-lens check/);
  });

  it('the real command with no arguments exits 2', async () => {
    const r = await runProcess([]);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/Usage: values-lens check/);
  });

  it('--help still prints usage on stdout and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/Usage: values-lens check/);
  });
});
