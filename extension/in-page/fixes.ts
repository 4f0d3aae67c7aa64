/**
 * What the card's buttons do. A fix is planned by the engine (planFix: what actually changes,
 * computed on the field's text as it is now, and nothing at all when the finding's words are no
 * longer there) and written through the editor (field.replace, editor-writes.ts), so its undo
 * works. Ignore and "Turn off this rule" tell the background; nothing of the letter goes with them.
 * Fixes, ignores and false-alarm reports are counted for the insights page: rule id and kind only.
 */
import { planFix, type Finding } from '../../engine/index.js';
import type { ActionKind, ToBackground } from '../protocol/messages.js';
import type { CardActions, CardController } from './card-controller.js';
import type { FieldSession } from './field-session.js';
import type { PageState } from './page-state.js';
import type { RulesetSource } from './ruleset-source.js';
import type { ReportWay } from './FalseAlarmView.js';
import { reportFileName } from './false-alarm-report.js';
import { copyText, openMailto, saveTextFile } from './report-export.js';

/** How soon to check again after a fix: the editor's own change events then arrive in the meantime. */
const AFTER_FIX_MS = 30;

export class Fixes implements CardActions {
  constructor(
    private readonly state: PageState,
    private readonly card: CardController,
    private readonly rules: RulesetSource,
    private readonly host: string,
    private readonly send: (msg: ToBackground) => Promise<unknown>,
  ) {}

  apply(s: FieldSession, f: Finding, suggestion: number): void {
    s.flushCount(); // acted on, so seen: counted before the fix takes it away
    // Read again: the editor may have changed since the finding was drawn.
    s.text = s.field.read();
    const plan = planFix(s.text, f, suggestion);
    this.card.close();
    if (plan.kind !== 'edit') return s.checkNow(); // stale offsets, or nothing to change: never write
    s.field.replace(plan.edit.start, plan.edit.end, plan.edit.insert);
    s.schedule(AFTER_FIX_MS);
    this.count(f, 'fixed');
  }

  ignore(s: FieldSession, f: Finding): void {
    s.flushCount();
    // null: a finding whose words are the letter's own (a name, a sentence) is ignored on this page only.
    const key = this.state.ignored.add(f, this.rules.checker()?.ruleById(f.ruleId));
    this.card.closeToField(s);
    s.checkNow();
    if (key) void this.send({ type: 'content:ignore', host: this.host, key });
    this.count(f, 'ignored');
  }

  disable(s: FieldSession, f: Finding): void {
    s.flushCount();
    const config = this.state.config;
    if (config) this.state.config = { ...config, disabledRules: [...config.disabledRules, f.ruleId] };
    this.card.closeToField(s);
    s.checkNow();
    void this.send({ type: 'content:disable-rule', ruleId: f.ruleId });
  }

  why(f: Finding): void {
    void this.send({ type: 'content:open-guidance', path: f.url });
  }

  /** Findings already counted as reported: copying and then saving one report counts once. */
  private readonly reported = new WeakSet<Finding>();

  async report(f: Finding, way: ReportWay, text: string, mailto: string | null, box: HTMLTextAreaElement | null): Promise<boolean> {
    const doc = box?.ownerDocument ?? document;
    let ok = true;
    if (way === 'copy') ok = await copyText(text, box);
    else if (way === 'save') saveTextFile(doc, text, reportFileName(f.ruleId));
    else if (mailto) openMailto(doc, mailto);
    else ok = false;
    this.state.card?.session.flushCount();
    if (ok && !this.reported.has(f)) {
      this.reported.add(f);
      this.count(f, 'reported');
    }
    return ok;
  }

  private count(f: Finding, kind: ActionKind): void {
    void this.send({ type: 'content:counted', ruleId: f.ruleId, kind }).catch(() => {});
  }
}
