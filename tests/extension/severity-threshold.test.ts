/**
 * Issue 13: "41 underlines on a 291-word letter ... no way to hide 'worth a thought' findings". The
 * severity threshold is applied where a field's findings are chosen (check-loop.ts), so what the
 * underlines, badge, card and side panel read never holds a finding below it. Runs the real check
 * loop over the real ruleset; the field is a stand-in that records what it was asked to paint.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../engine/index.js';
import { checkField } from '../../extension/in-page/check-loop.js';
import { FieldSession } from '../../extension/in-page/field-session.js';
import type { Field } from '../../extension/in-page/field.js';
import { PageState } from '../../extension/in-page/page-state.js';
import { RulesetSource } from '../../extension/in-page/ruleset-source.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import { realPageRuleset } from './real-ruleset.js';

/** Flags one rule of each severity: "utilise" (advice), "failed to attend" (warning), "without prejudice" (error). */
const TEXT = 'Dear Sam,\n\nYou failed to attend. We will utilise the results. This letter is without prejudice.';

const ruleset = realPageRuleset();

async function checkWith(threshold: Severity): Promise<{ painted: Finding[]; session: FieldSession }> {
  const state = new PageState();
  state.config = { enabled: true, audience: 'patient', readingAgeTarget: 11, severityThreshold: threshold, disabledRules: [], customPhrases: [], ignored: [], siteKey: '00'.repeat(32) } satisfies ContentConfig;
  let painted: Finding[] = [];
  const field = { element: { isConnected: true }, read: () => TEXT, paint: (f: Finding[]) => void (painted = f), dispose() {} } as unknown as Field;
  const session = new FieldSession(field, () => {});
  let arrived!: () => void;
  const ready = new Promise<void>((r) => (arrived = r));
  const rules = new RulesetSource(() => ruleset, () => arrived());
  rules.request();
  await ready;
  checkField(session, { state, rules, send: async () => true, forget: () => {}, checked: () => {} });
  return { painted, session };
}

const flagged = (fs: Finding[]) => fs.map((f) => `${f.severity}:${f.actual}`);

describe('the severity threshold in the page', () => {
  it("'advice' (the default) shows every finding", async () => {
    const { painted } = await checkWith('advice');
    expect(flagged(painted)).toEqual(['warning:You failed to attend', 'advice:utilise', 'error:without prejudice']);
  });

  it("'warning' leaves out the \"Worth a thought\" findings everywhere: underlines, counts, navigation", async () => {
    const { painted, session } = await checkWith('warning');
    expect(flagged(painted)).toEqual(['warning:You failed to attend', 'error:without prejudice']);
    expect(flagged(session.findings)).toEqual(flagged(painted));
    expect(session.counts()).toEqual({ candour: 1, compassion: 1, respect: 0, clarity: 0 });
    // Stepping from the first finding goes straight past where "utilise" is.
    expect(session.findings[session.step(session.findings[0].end, 1)].actual).toBe('without prejudice');
  });

  it("'error' shows only what must be fixed", async () => {
    const { painted } = await checkWith('error');
    expect(flagged(painted)).toEqual(['error:without prejudice']);
  });
});
