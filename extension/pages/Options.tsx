/** Options: lenses and rules, audience, reading age, sites, the organisation's phrases, import and export; a notice when storage fails. */
import { signal } from '@preact/signals';
import { AUDIENCES, LENSES, type Audience, type Lens } from '../../engine/index.js';
import { LensLabel } from '../../components/LensLabel.js';
import type { ImportResult, PhraseResult, UiState } from '../protocol/messages.js';
import { MAX_EXPLANATION_LENGTH, MAX_PHRASE_LENGTH, MAX_SUGGESTION_LENGTH, MAX_PHRASINGS_PER_PHRASE } from '../protocol/phrase-limits.js';
import type { CustomPhrase, RuleList, Settings } from '../protocol/settings-shapes.js';
import { ask, loadUiState } from './background-client.js';
import { PacksSection } from './options/PacksSection.js';
import { PolicySummary } from './options/PolicySummary.js';

const state = signal<UiState | null>(null);
const status = signal('');

export async function refreshOptions(): Promise<void> {
  state.value = await loadUiState();
}

async function save(settings: Settings) {
  await ask({ type: 'ui:save-settings', settings });
  await refreshOptions();
  status.value = done('Saved.', 'Changed');
}

/** "Saved." only when it was: during a storage fault a change is in effect but not saved (see StorageNotice). */
function done(saved: string, unsavedPrefix: string): string {
  return state.value?.storageProblem ? `${unsavedPrefix}, but not saved: see the message at the top of the page.` : saved;
}

function download(json: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  a.download = 'values-lens-settings.json';
  a.click();
  URL.revokeObjectURL(a.href);
}

export function Options({ ruleset }: { ruleset: RuleList }) {
  const s = state.value;
  if (!s) return <main><p>Loading…</p></main>;
  const st = s.settings;
  const locked = new Set(s.lockedRules);
  const lockedLenses = new Set(s.policy?.lockedLenses ?? []);
  // Pack rules are listed with the built-in ones, so one turned off from the card can be turned on again.
  const rules = [...ruleset.rules, ...s.packs.filter((p) => !p.replacedByPolicy).flatMap((p) => p.ruleList)];
  const toggleRule = (id: string, on: boolean) =>
    save({ ...st, disabledRules: on ? st.disabledRules.filter((r) => r !== id) : [...st.disabledRules, id] });
  return (
    <main style={{ maxWidth: '820px' }}>
      <h1>Values Lens options</h1>
      <p role="status" aria-live="polite">{status.value}</p>
      {s.storageProblem && <StorageNotice problem={s.storageProblem} />}
      <PolicySummary policy={s.policy} warnings={s.policyWarnings} />

      <h2>Writing for</h2>
      <p class="row">
        <label for="audience">Default audience</label>
        <select id="audience" value={st.audience} onChange={(e) => save({ ...st, audience: (e.target as HTMLSelectElement).value as Audience })}>
          {AUDIENCES.map((a) => <option value={a}>{a}</option>)}
        </select>
        <label for="reading-age">Reading age target</label>
        <input id="reading-age" type="number" min={5} max={25} value={st.readingAgeTarget} onChange={(e) => save({ ...st, readingAgeTarget: Number((e.target as HTMLInputElement).value) })} />
      </p>

      <h2>Lenses and rules</h2>
      {LENSES.map((lens: Lens) => (
        <fieldset>
          <legend>
            <label>
              <input type="checkbox" checked={st.lenses[lens]} disabled={lockedLenses.has(lens)} onChange={(e) => save({ ...st, lenses: { ...st.lenses, [lens]: (e.target as HTMLInputElement).checked } })} />{' '}
              <LensLabel lens={lens} /> lens {lockedLenses.has(lens) && <span class="muted">(kept on by your organisation)</span>}
            </label>
          </legend>
          <ul class="lens-list">
            {rules.filter((r) => r.lens === lens).map((r) => (
              <li>
                <label>
                  <input
                    type="checkbox"
                    data-rule={r.id}
                    checked={locked.has(r.id) || (st.lenses[lens] && !st.disabledRules.includes(r.id))}
                    disabled={locked.has(r.id) || !st.lenses[lens]}
                    onChange={(e) => toggleRule(r.id, (e.target as HTMLInputElement).checked)}
                  />{' '}
                  {r.title} {locked.has(r.id) && <span class="muted">(kept on by your organisation)</span>}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}

      <h2>Sites</h2>
      {Object.keys(s.sites).length === 0 ? <p class="muted">On everywhere. Turn a site off from the toolbar button while on it.</p> : (
        <table>
          <tbody>
            {Object.entries(s.sites).map(([host, on]) => (
              <tr>
                <td>{host}</td>
                <td>
                  <label>
                    <input type="checkbox" checked={on} onChange={async (e) => { await ask({ type: 'ui:set-site', host, enabled: (e.target as HTMLInputElement).checked }); await refreshOptions(); }} /> on
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Your organisation's phrases</h2>
      <PhraseList phrases={s.customPhrases} />
      <PhraseForm />

      <PacksSection packs={s.packs} refresh={refreshOptions} say={(m) => (status.value = m)} />

      <h2>Import and export</h2>
      <p class="row">
        <button type="button" onClick={async () => download(await ask<string>({ type: 'ui:export' }))}>Export settings</button>
        <label for="import">Import settings (JSON)</label>
        <input
          id="import"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (!file) return;
            const r = await ask<ImportResult>({ type: 'ui:import', json: await file.text() });
            await refreshOptions();
            status.value = r.ok ? done('Imported.', 'Imported') : r.error;
          }}
        />
      </p>
    </main>
  );
}

/**
 * The database cannot be used (db-connection.ts): say what still works and what will not last,
 * in plain words. What it promises is what the store does: checking goes on with defaults (or
 * with the settings it could still read, when only writing fails), changes take effect at once
 * and are kept in storage.session until the browser closes, and are saved if storage recovers.
 */
function StorageNotice({ problem }: { problem: NonNullable<UiState['storageProblem']> }) {
  const what = {
    quota: "Values Lens can't save your settings: the browser's storage on this computer is full.",
    blocked: "Values Lens can't open your saved settings right now, because an older copy of its storage is still in use. Restarting the browser usually fixes this.",
    unavailable: "Values Lens can't open or save your settings: the browser's storage refused.",
  }[problem.kind];
  const using = problem.kind === 'quota'
    ? 'It is still checking what you write, with your saved settings.'
    : "It is still checking what you write, with the default settings (and any your organisation has set).";
  return (
    <div class="warning" role="alert" id="storage-problem">
      <p><strong>{what}</strong></p>
      <p>{using}</p>
      <p>
        {problem.unsavedChanges && 'Some of your changes are not saved yet. '}
        Changes you make here take effect straight away, but are kept only until the browser closes.
        Values Lens keeps trying, and saves them if its storage starts working again before then.
      </p>
      <p class="muted">Details: {problem.detail}</p>
    </div>
  );
}

function PhraseList({ phrases }: { phrases: CustomPhrase[] }) {
  if (phrases.length === 0) return <p class="muted">None yet.</p>;
  return (
    <table>
      <thead><tr><th>Phrase</th><th>Suggestion</th><th>Lens</th><th>Why</th><th><span class="muted">Remove</span></th></tr></thead>
      <tbody>
        {phrases.map((p) => (
          <tr>
            <td>{p.phrase}</td><td>{p.suggestion}</td><td><LensLabel lens={p.lens} /></td><td>{p.explanation}</td>
            <td><button type="button" aria-label={`Remove ${p.phrase}`} onClick={async () => { await ask({ type: 'ui:delete-phrase', id: p.id! }); await refreshOptions(); }}>Remove</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PhraseForm() {
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
    <form onSubmit={onSubmit} aria-label="Add a phrase">
      <p id="p-phrase-hint" class="muted">
        Up to {MAX_PHRASE_LENGTH} characters. <code>{'{a|b}'}</code> gives choices and <code>[word]</code> an optional word; one phrase may
        stand for at most {MAX_PHRASINGS_PER_PHRASE} wordings.
      </p>
      <p class="row">
        <label for="p-phrase">Phrase</label> <input id="p-phrase" name="phrase" required maxLength={MAX_PHRASE_LENGTH} aria-describedby="p-phrase-hint" />
        <label for="p-suggestion">Suggestion</label> <input id="p-suggestion" name="suggestion" maxLength={MAX_SUGGESTION_LENGTH} />
        <label for="p-lens">Lens</label>
        <select id="p-lens" name="lens">{LENSES.map((l) => <option value={l}>{l}</option>)}</select>
      </p>
      <p class="row">
        <label for="p-explanation">Explanation</label> <input id="p-explanation" name="explanation" size={50} maxLength={MAX_EXPLANATION_LENGTH} />
        <button type="submit" class="primary">Add phrase</button>
      </p>
    </form>
  );
}
