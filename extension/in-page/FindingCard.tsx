/**
 * The in-page card for one finding: lens, explanation, suggestions as buttons, ignore, turn off, why.
 * A class, as the badge and report are: with no hooks, no page's content script carries
 * preact/hooks (issue 10, its size).
 */
import { Component, createRef } from 'preact';
import type { Finding } from '../../engine/index.js';
import { LENS_LOOK } from '../../engine/index.js';
import { trusted } from './trusted-events.js';
import { FalseAlarmView, type FalseAlarmViewProps } from './FalseAlarmView.js';

export interface FindingCardProps {
  finding: Finding;
  title: string;
  /** Replacement texts to show on the suggestion buttons, already in the letter's case. */
  replacements: string[];
  position: { left: number; top: number };
  /** Move focus into the card (keyboard users); a mouse click leaves focus in the editor. */
  takeFocus: boolean;
  hasGuidance: boolean;
  /** Where a pack rule comes from ("From <organisation> (pack ...)"); absent for built-in rules. */
  source?: string;
  onApply(index: number): void;
  onIgnore(): void;
  onDisable(): void;
  onWhy(): void;
  onClose(): void;
  /** "This is wrong here": the extension's version, the policy's address and how a report leaves. */
  report: Omit<FalseAlarmViewProps, 'finding'>;
}

interface CardState {
  reporting: boolean;
  /** How far the card moves up so that the open report stays on the screen. */
  lift: number;
}

export class FindingCard extends Component<FindingCardProps, CardState> {
  override state = { reporting: false, lift: 0 };
  private readonly first = createRef<HTMLButtonElement>();
  private readonly card = createRef<HTMLDivElement>();

  override componentDidMount() {
    if (this.props.takeFocus) this.first.current?.focus();
    this.place();
  }

  override componentDidUpdate(prev: FindingCardProps, prevState: CardState) {
    const p = this.props;
    if ((p.finding !== prev.finding || p.takeFocus !== prev.takeFocus) && p.takeFocus) this.first.current?.focus();
    // Another finding's card: start again without the report open.
    if (p.finding.ruleId !== prev.finding.ruleId || p.finding.start !== prev.finding.start) this.setState({ reporting: false });
    if (this.state.reporting !== prevState.reporting || p.position.top !== prev.position.top) this.place();
  }

  /** The report makes the card taller: move it up as far as needed to keep it on the screen. */
  private place() {
    const el = this.card.current;
    const win = el?.ownerDocument.defaultView;
    if (!el || !win) return;
    const top = this.props.position.top;
    const over = top + el.offsetHeight - (win.innerHeight - 8);
    const lift = this.state.reporting && over > 0 ? Math.min(over, top - 8) : 0;
    if (lift !== this.state.lift) this.setState({ lift });
  }

  override render(p: FindingCardProps, { reporting, lift }: CardState) {
    const look = LENS_LOOK[p.finding.lens];
    const { first, card } = this;
    const setReporting = (reporting: boolean) => this.setState({ reporting });
    // Every handler: real input only (a page's script can dispatch events at our buttons; see trusted-events.ts).
    const onKey = trusted((e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        p.onClose();
      }
    });
    const headingId = 'vl-card-title';
    return (
      <div
        class="vl-card"
        ref={card}
        role="dialog"
        aria-labelledby={headingId}
        style={{ left: `${p.position.left}px`, top: `${p.position.top - lift}px`, borderTopColor: look.colour }}
        onKeyDown={onKey}
      >
        <p class="vl-lens" style={{ color: look.colour }}>
          <span class={`vl-swatch vl-line-${look.line}`} style={{ borderBottomColor: look.colour }} aria-hidden="true" />
          {look.label} <span class="vl-sev">({p.finding.severity})</span>
        </p>
        <h2 id={headingId} class="vl-title">
          {p.title}
        </h2>
        {p.source && <p class="vl-source">{p.source}</p>}
        <p class="vl-actual">
          You wrote: <q>{p.finding.actual}</q>
        </p>
        <p class="vl-message">{p.finding.message}</p>
        {p.replacements.length > 0 && (
          <div class="vl-suggestions" role="group" aria-label="Suggestions">
            {p.replacements.map((s, i) => (
              <button type="button" class="vl-suggest" ref={i === 0 ? first : undefined} onClick={trusted(() => p.onApply(i))}>
                {s === '' ? 'Delete it' : s}
              </button>
            ))}
          </div>
        )}
        <div class="vl-actions">
          <button type="button" ref={p.replacements.length === 0 ? first : undefined} onClick={trusted(p.onIgnore)}>
            Ignore here
          </button>
          <button type="button" onClick={trusted(p.onDisable)}>
            Turn off this rule
          </button>
          {p.hasGuidance && (
            <button type="button" onClick={trusted(p.onWhy)}>
              Why?
            </button>
          )}
          <button type="button" aria-expanded={reporting} aria-controls="vl-report" onClick={trusted(() => setReporting(!reporting))}>
            This is wrong here
          </button>
          <button type="button" class="vl-close" aria-label="Close" onClick={trusted(p.onClose)}>
            ×
          </button>
        </div>
        <div id="vl-report">{reporting && <FalseAlarmView finding={p.finding} {...p.report} />}</div>
      </div>
    );
  }
}
