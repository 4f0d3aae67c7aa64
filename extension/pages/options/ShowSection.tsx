/**
 * "What to show": the severity threshold (issue 13: "41 underlines on a 291-word letter ... no way
 * to hide 'worth a thought' findings"). The words are the card's own severity labels
 * (SEVERITY_LABEL), so the choice reads as what the clinician sees on the page.
 */
import { SEVERITY_LABEL, type Severity } from '../../../engine/index.js';
import type { Settings } from '../../protocol/settings-shapes.js';
import { save } from './options-state.js';

const q = (s: Severity) => `“${SEVERITY_LABEL[s]}”`;

/** Mildest first, as the page reads: each choice hides more. */
const CHOICES: Array<{ value: Severity; label: string; hint: string }> = [
  { value: 'advice', label: 'Everything', hint: `${q('error')}, ${q('warning')} and ${q('advice')} findings.` },
  { value: 'warning', label: 'Changes and must-fix only', hint: `${q('error')} and ${q('warning')}: hides ${q('advice')}.` },
  { value: 'error', label: 'Must-fix only', hint: `${q('error')} only.` },
];

/** lockedBy: the threshold the organisation's policy sets and locks, if it does. */
export function ShowSection({ settings, lockedBy }: { settings: Settings; lockedBy?: Severity }) {
  return (
    <section class="vl-section" aria-labelledby="show-heading">
      <div class="nhsuk-form-group">
        <fieldset class="nhsuk-fieldset" aria-describedby="show-hint">
          <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 class="nhsuk-fieldset__heading" id="show-heading">What to show</h2>
          </legend>
          <div class="nhsuk-hint" id="show-hint">
            Which findings are underlined, counted and listed as you write.{lockedBy && ' Set by your organisation: you cannot change it.'}
          </div>
          <div class="nhsuk-radios nhsuk-radios--small">
            {CHOICES.map((c) => (
              <div class="nhsuk-radios__item">
                <input
                  class="nhsuk-radios__input"
                  id={`show-${c.value}`}
                  name="severity-threshold"
                  type="radio"
                  value={c.value}
                  checked={settings.severityThreshold === c.value}
                  disabled={!!lockedBy}
                  aria-describedby={`show-${c.value}-hint`}
                  onChange={() => save({ ...settings, severityThreshold: c.value }, `showing ${c.label.toLowerCase()}`)}
                />
                <label class="nhsuk-label nhsuk-radios__label" for={`show-${c.value}`}>{c.label}</label>
                <div class="nhsuk-hint nhsuk-radios__hint" id={`show-${c.value}-hint`}>{c.hint}</div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </section>
  );
}
