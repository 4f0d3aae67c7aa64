/**
 * The real check loop (check-loop.ts) with the real ruleset around a field the test stands in for:
 * what the content script's tests of checking, counting and painting share.
 */
import { createChecker, type Checker } from '../../engine/index.js';
import { checkField, type CheckLoopDeps } from '../../extension/in-page/check-loop.js';
import { FieldSession } from '../../extension/in-page/field-session.js';
import type { Field } from '../../extension/in-page/field.js';
import { PageState } from '../../extension/in-page/page-state.js';
import type { RulesetSource } from '../../extension/in-page/ruleset-source.js';
import type { ToBackground } from '../../extension/protocol/messages.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import { realRuleset } from './real-ruleset.js';

/** A site's settings as the background sends them: checking on, writing to a patient, every severity shown. */
export const CONFIG: ContentConfig = { enabled: true, audience: 'patient', readingAgeTarget: 11, disabledRules: [], customPhrases: [], ignored: [], siteKey: '00'.repeat(32), severityThreshold: 'advice' };

let shared: Checker | null = null;
/** The real ruleset's checker, with the paragraph cache the content script uses; built once per test file. */
export function realChecker(): Checker {
  return (shared ??= createChecker(realRuleset(), { cacheParagraphs: true }));
}

/** A FieldSession over `field`, checked by the real loop; `sent` keeps what it sent to the background. */
export function checkedSession(field: Field, checker: Checker = realChecker()): { session: FieldSession; sent: ToBackground[]; state: PageState } {
  const sent: ToBackground[] = [];
  const state = new PageState();
  state.config = CONFIG;
  const deps: CheckLoopDeps = { state, rules: { checker: () => checker, request() {} } as unknown as RulesetSource, send: async (m) => void sent.push(m), forget() {}, checked() {} };
  return { session: new FieldSession(field, (s) => checkField(s, deps)), sent, state };
}
