/** The form that adds one of the organisation's phrases; the background says why a phrase is refused (phrase-limits.ts). */
import { LENSES, LENS_LABEL, type Lens } from '../../../engine/index.js';
import type { PhraseResult } from '../../protocol/messages.js';
import { MAX_EXPLANATION_LENGTH, MAX_PHRASE_LENGTH, MAX_PHRASINGS_PER_PHRASE, MAX_SUGGESTION_LENGTH } from '../../protocol/phrase-limits.js';
import type { CustomPhrase } from '../../protocol/settings-shapes.js';
import { ask } from '../background-client.js';
import { done, refreshOptions, status } from './options-state.js';

export function PhraseForm() {
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const phrase: CustomPhrase = {
      phrase: String(data.get('phrase') ?? '').trim(),
      suggestion: String(data.get('suggestion') ?? '').trim(),
      lens: String(data.get('lens')) as Lens,
      explanation: String(data.get('explanation') ?? '').trim(),
    };
    if (!phrase.phrase) return;
    const r = await ask<PhraseResult>({ type: 'ui:save-phrase', phrase });
    if (r.ok) form.reset();
    await refreshOptions();
    // The background says why a phrase was refused, naming the limit it is over (phrase-limits.ts).
    status.value = r.ok ? done(`Added "${phrase.phrase}".`, `Added "${phrase.phrase}"`) : r.error;
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="add-phrase-heading" class="vl-phrase-form">
      <h3 id="add-phrase-heading">Add a phrase</h3>
      <div class="nhsuk-hint" id="p-phrase-hint">
        Phrase: up to {MAX_PHRASE_LENGTH} characters. <code>{'{a|b}'}</code> gives choices and <code>[word]</code> an optional word; one phrase may
        stand for at most {MAX_PHRASINGS_PER_PHRASE} wordings.
      </div>
      <div class="vl-row">
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="p-phrase">Phrase</label>
          <input class="vl-input" id="p-phrase" name="phrase" required maxLength={MAX_PHRASE_LENGTH} aria-describedby="p-phrase-hint" />
        </div>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="p-suggestion">Suggestion</label>
          <input class="vl-input" id="p-suggestion" name="suggestion" maxLength={MAX_SUGGESTION_LENGTH} />
        </div>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="p-lens">Lens</label>
          <select class="nhsuk-select" id="p-lens" name="lens">{LENSES.map((l) => <option value={l}>{LENS_LABEL[l]}</option>)}</select>
        </div>
      </div>
      <div class="nhsuk-form-group">
        <label class="nhsuk-label" for="p-explanation">Explanation</label>
        <input class="vl-input" id="p-explanation" name="explanation" maxLength={MAX_EXPLANATION_LENGTH} />
      </div>
      <button type="submit" class="vl-button">Add phrase</button>
    </form>
  );
}
