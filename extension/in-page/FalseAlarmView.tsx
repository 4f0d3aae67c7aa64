/**
 * The card's "This is wrong here" view: the report exactly as it would leave, read-only, a box to
 * include the flagged words (unticked), and Copy / Save as file / E-mail (only when the policy sets
 * an address). Nothing leaves until the clinician presses one of them; the extension sends nothing.
 * A class, as the card and badge are: with no hooks, no page's content script carries preact/hooks
 * (issue 10, its size).
 */
import { Component, createRef } from 'preact';
import type { Finding } from '../../engine/index.js';
import { falseAlarmReport, reportMailto } from './false-alarm-report.js';
import { trusted } from './trusted-events.js';

export type ReportWay = 'copy' | 'save' | 'email';

export interface FalseAlarmViewProps {
  finding: Finding;
  version: string;
  /** The policy's address for reports, if any (ContentConfig.falseAlarmAddress). */
  address?: string;
  /** Sends the report the chosen way; resolves whether it worked. */
  onReport(way: ReportWay, text: string, mailto: string | null, box: HTMLTextAreaElement | null): Promise<boolean>;
}

const DONE: Record<ReportWay, string> = {
  copy: 'Copied. Paste it where your organisation collects false alarms.',
  save: 'Saved as a file.',
  email: 'Opened in your e-mail program. Nothing is sent until you send it.',
};

export class FalseAlarmView extends Component<FalseAlarmViewProps, { withWords: boolean; done: string }> {
  override state = { withWords: false, done: '' };
  private readonly box = createRef<HTMLTextAreaElement>();
  private readonly first = createRef<HTMLInputElement>();
  private scriptClick = false;

  override componentDidMount() {
    this.first.current?.focus();
  }

  override render(p: FalseAlarmViewProps, { withWords, done }: { withWords: boolean; done: string }) {
    const { box, first } = this;
    const setWithWords = (withWords: boolean) => this.setState({ withWords });
    const setDone = (done: string) => this.setState({ done });
    const f = p.finding;
    const text = falseAlarmReport({ ruleId: f.ruleId, severity: f.severity, version: p.version, ...(withWords ? { flaggedWords: f.actual } : {}) });
    const mailto = reportMailto(p.address, f.ruleId, text);
    const send = (way: ReportWay) =>
      trusted(() => {
        void p.onReport(way, text, mailto, box.current).then((ok) => setDone(ok ? DONE[way] : 'That did not work: select the report and copy it yourself.'));
      });
    return (
      <section class="vl-report" aria-labelledby="vl-report-title">
        <h3 id="vl-report-title" class="vl-report-title">
          Report a false alarm
        </h3>
        <p class="vl-report-note">Values Lens sends nothing. Read the report, then copy it{mailto ? ', save it or e-mail it' : ' or save it'} yourself.</p>
        <label class="vl-report-words">
          <input
            type="checkbox"
            ref={first}
            checked={withWords}
            // A script's click ticks a box too, and the change event the browser then fires is
            // trusted: so the click itself is checked, and a box ticked by script is put back.
            onClick={(e) => {
              this.scriptClick = !e.isTrusted;
            }}
            onChange={(e) => {
              const box = e.target as HTMLInputElement;
              const fromScript = this.scriptClick || !e.isTrusted;
              this.scriptClick = false;
              if (fromScript) return void (box.checked = withWords);
              setWithWords(box.checked);
              setDone('');
            }}
          />{' '}
          Include the flagged words
        </label>
        <label for="vl-report-text" class="vl-report-label">
          The report
        </label>
        <textarea id="vl-report-text" class="vl-report-text" readOnly rows={8} value={text} />
        <div class="vl-actions">
          <button type="button" onClick={send('copy')}>
            Copy
          </button>
          <button type="button" onClick={send('save')}>
            Save as file
          </button>
          {mailto && (
            <button type="button" onClick={send('email')}>
              E-mail
            </button>
          )}
        </div>
        <p role="status" class="vl-report-done">
          {done}
        </p>
      </section>
    );
  }
}
