/**
 * The card for one finding and the badge by the focused field: which is open, where it goes on the
 * screen, and drawing them (FindingCard.tsx, FieldBadge.tsx) into our closed UI root (ui-root.ts).
 * What the card's buttons do is fixes.ts's job, passed in as `CardActions`.
 */
import { h, render } from 'preact';
import { replacementFor, type Finding } from '../../engine/index.js';
import { isCustomRule } from '../protocol/ids.js';
import { FindingCard } from './FindingCard.js';
import { FieldBadge } from './FieldBadge.js';
import { badgePosition, badgePositionOutside, fixedViewport } from './badge-placement.js';
import { cardPosition } from './card-placement.js';
import { isTextInput } from './field.js';
import type { FieldSession } from './field-session.js';
import type { PageState } from './page-state.js';
import type { RulesetSource } from './ruleset-source.js';
import type { ReportWay } from './FalseAlarmView.js';

/** "From <organisation> (pack <name> <version>)" for a pack rule's finding; undefined for a built-in rule. */
function packSource(rules: RulesetSource, ruleId: string): string | undefined {
  const p = rules.packRule(ruleId)?.pack;
  return p && `From ${p.organisation} (pack ${p.name} ${p.version})`;
}

export interface CardActions {
  apply(s: FieldSession, f: Finding, suggestion: number): void;
  ignore(s: FieldSession, f: Finding): void;
  disable(s: FieldSession, f: Finding): void;
  why(f: Finding): void;
  /** "This is wrong here": the report leaves the chosen way (the clinician's click); resolves whether it worked. */
  report(f: Finding, way: ReportWay, text: string, mailto: string | null, box: HTMLTextAreaElement | null): Promise<boolean>;
}

export class CardController {
  actions: CardActions | null = null;
  /** The extension's version, for false-alarm reports. */
  version = 'unknown';

  constructor(
    private readonly state: PageState,
    private readonly rules: RulesetSource,
    private readonly uiRoot: (doc: Document) => ShadowRoot,
  ) {}

  open(s: FieldSession, index: number, focus: boolean): void {
    s.flushCount(); // a finding the clinician opened was seen, however soon after typing
    this.state.card = { session: s, index, focus };
    s.active = index;
    s.field.paint(s.findings, index);
    this.drawCard();
  }

  close(): void {
    const s = this.state.card?.session;
    this.state.card = null;
    if (s) {
      s.active = -1;
      s.field.paint(s.findings, -1);
    }
    for (const doc of this.state.documents()) {
      const slot = this.uiRoot(doc).querySelector('.vl-card-slot');
      if (slot) render(null, slot);
    }
  }

  /** Closes the card and gives the field its focus back (Escape, Close, and after a card action). */
  closeToField(s: FieldSession): void {
    this.close();
    s.field.element.focus();
  }

  /** After a check: the card follows its finding (or closes when it is gone), the badge its counts. */
  afterCheck(s: FieldSession): void {
    const card = this.state.card;
    if (card?.session === s && card.index >= s.findings.length) this.close();
    if (this.state.current === s) this.drawBadge();
    if (this.state.card?.session === s) this.drawCard();
  }

  /** Scrolling or resizing moved the fields: move the mirrors, badge and card with them. */
  reposition(): void {
    for (const s of this.state.sessions.values()) s.field.place();
    this.drawBadge();
    if (this.state.card) this.drawCard();
  }

  private slot(doc: Document, cls: string): Element {
    const root = this.uiRoot(doc);
    let el = root.querySelector(`.${cls}`);
    if (!el) {
      el = doc.createElement('div');
      el.className = cls;
      root.append(el);
    }
    return el;
  }

  private drawCard(): void {
    const card = this.state.card;
    if (!card || !this.actions) return;
    const { session: s, index, focus } = card;
    const f = s.findings[index];
    if (!f) return this.close();
    const doc = s.field.element.ownerDocument;
    const rect = s.field.rectOf(f, index) ?? s.field.element.getBoundingClientRect();
    const win = doc.defaultView!;
    const { left, top } = cardPosition(rect, { width: win.innerWidth, height: win.innerHeight });
    const actions = this.actions;
    render(
      h(FindingCard, {
        finding: f,
        title: this.rules.checker()?.ruleById(f.ruleId)?.title ?? f.ruleId,
        replacements: f.suggestions.map((_, i) => replacementFor(s.text, f, i)),
        position: { left, top },
        takeFocus: focus,
        hasGuidance: !isCustomRule(f.ruleId),
        source: packSource(this.rules, f.ruleId),
        onApply: (i) => actions.apply(s, f, i),
        onIgnore: () => actions.ignore(s, f),
        onDisable: () => actions.disable(s, f),
        onWhy: () => actions.why(f),
        onClose: () => this.closeToField(s),
        report: {
          version: this.version,
          address: this.state.config?.falseAlarmAddress,
          onReport: (way, text, mailto, box) => actions.report(f, way, text, mailto, box),
        },
      }),
      this.slot(doc, 'vl-card-slot'),
    );
    card.focus = false; // focus once, not on every redraw
  }

  drawBadge(): void {
    const s = this.state.current;
    for (const doc of this.state.documents()) {
      const slot = this.slot(doc, 'vl-badge-slot');
      // Not before the ruleset has come with the badge's styles (protocol/card-css.ts): no check has
      // run, and an unstyled badge would be a bare button at the page's corner.
      if (!s || s.field.element.ownerDocument !== doc || !this.state.enabled || !this.rules.cardCss()) {
        render(null, slot);
        continue;
      }
      render(
        h(FieldBadge, {
          counts: s.counts(),
          position: (isTextInput(s.field.element) ? badgePositionOutside : badgePosition)(s.field.element.getBoundingClientRect(), fixedViewport(doc)),
          onActivate: () => {
            if (s.findings.length === 0) return;
            s.field.select(s.findings[0].start, s.findings[0].end);
            this.open(s, 0, true);
          },
        }),
        slot,
      );
    }
  }
}
