/**
 * The content script asks the background for the ruleset when the first field is checked. A reply
 * that failed (the background restarting) or was not the ruleset (an error sent back) used to leave
 * the page unchecked until the clinician typed again, or for good: a letter typed before the rules
 * arrived stayed without underlines.
 */
import { describe, expect, it } from 'vitest';
import { RulesetSource } from '../../extension/in-page/ruleset-source.js';
import type { CompiledRuleset } from '../../engine/index.js';
import { realRuleset } from './real-ruleset.js';

/** A source whose background answers with `replies` in turn, and whose pauses run when the test says. */
function sourceWith(replies: Array<unknown>) {
  const paused: Array<{ fn: () => void; ms: number }> = [];
  let arrived = 0;
  let asked = 0;
  const source = new RulesetSource(
    async () => {
      asked++;
      const r = replies.shift();
      if (r instanceof Error) throw r;
      return r as CompiledRuleset;
    },
    () => arrived++,
    (fn, ms) => paused.push({ fn, ms }),
  );
  const settle = () => new Promise((ok) => setTimeout(ok, 0));
  const runPauses = async () => {
    for (const p of paused.splice(0)) p.fn();
    await settle();
  };
  return { source, paused, settle, runPauses, arrived: () => arrived, asked: () => asked };
}

describe('loading the ruleset in the page', () => {
  it('asks again after a pause when the request failed, with no further edit, and then checks', async () => {
    const t = sourceWith([new Error('Could not establish connection. Receiving end does not exist.'), realRuleset()]);
    t.source.request();
    await t.settle();
    expect(t.source.checker()).toBeNull();
    expect(t.paused.map((p) => p.ms)).toEqual([500]);
    await t.runPauses();
    expect(t.asked()).toBe(2);
    expect(t.arrived()).toBe(1);
    expect(t.source.checker()?.check('Take one tablet nocte.', { audience: 'patient' }).map((f) => f.actual)).toEqual(['nocte']);
  });

  it('does not take an error reply for the ruleset, and asks again', async () => {
    const t = sourceWith([{ error: 'Error: something broke' }, undefined, realRuleset()]);
    t.source.request();
    await t.settle();
    expect(t.source.checker()).toBeNull();
    await t.runPauses();
    expect(t.source.checker()).toBeNull();
    await t.runPauses();
    expect(t.arrived()).toBe(1);
    expect(t.source.checker()).not.toBeNull();
    expect(t.asked()).toBe(3);
  });

  it('stops asking on its own after five failures (the next check asks again)', async () => {
    const t = sourceWith(Array.from({ length: 7 }, () => new Error('down')).concat([realRuleset() as never]));
    t.source.request();
    await t.settle();
    for (let i = 0; i < 6; i++) await t.runPauses();
    expect(t.asked()).toBe(6);
    expect(t.paused).toEqual([]);
    t.source.request();
    await t.settle();
    expect(t.asked()).toBe(7);
  });
});
