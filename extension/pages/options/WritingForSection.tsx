/** "Writing for": the default audience, with what it changes (the side panel changes it for one letter), and the reading age target. */
import { AUDIENCE_CHOICE, AUDIENCE_NOTES } from '../../../engine/audience-notes.js';
import { AUDIENCES, type Audience } from '../../../engine/index.js';
import type { Settings } from '../../protocol/settings-shapes.js';
import { save } from './options-state.js';

export function WritingForSection({ settings }: { settings: Settings }) {
  return (
    <section class="vl-section" aria-labelledby="writing-for-heading">
      <h2 id="writing-for-heading">Writing for</h2>
      <div class="vl-row">
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="audience">Default audience</label>
          <div class="nhsuk-hint" id="audience-hint">{AUDIENCE_NOTES[settings.audience]}</div>
          <select class="nhsuk-select" id="audience" value={settings.audience} aria-describedby="audience-hint"
            onChange={(e) => save({ ...settings, audience: (e.target as HTMLSelectElement).value as Audience })}>
            {AUDIENCES.map((a) => <option value={a}>{AUDIENCE_CHOICE[a]}</option>)}
          </select>
        </div>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="reading-age">Reading age target</label>
          <div class="nhsuk-hint" id="reading-age-hint">In years, from 5 to 25. Most NHS letters aim for 9 to 11.</div>
          <input class="vl-input vl-input--width-3" id="reading-age" type="number" min={5} max={25} inputMode="numeric" aria-describedby="reading-age-hint"
            value={settings.readingAgeTarget}
            onChange={(e) => save({ ...settings, readingAgeTarget: Number((e.target as HTMLInputElement).value) })} />
        </div>
      </div>
    </section>
  );
}
