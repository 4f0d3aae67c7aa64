/**
 * "Your organisation's phrases": the phrases the organisation's policy pushes (read-only, marked as
 * its own), the clinician's (with Remove), and the form to add one.
 */
import type { CustomPhrase } from '../../protocol/settings-shapes.js';
import { LensLabel } from '../../../components/LensLabel.js';
import { ask } from '../background-client.js';
import { refreshOptions, status } from './options-state.js';
import { PhraseForm } from './PhraseForm.js';

export function PhrasesSection({ phrases, pushed = [] }: { phrases: CustomPhrase[]; pushed?: CustomPhrase[] }) {
  return (
    <section class="vl-section" aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">Your organisation's phrases</h2>
      <p class="vl-muted">Words your team wants flagged, with what to write instead. They are checked like the built-in rules.</p>
      <PhraseList phrases={phrases} pushed={pushed} />
      <PhraseForm />
    </section>
  );
}

function PhraseList({ phrases, pushed }: { phrases: CustomPhrase[]; pushed: CustomPhrase[] }) {
  if (phrases.length === 0 && pushed.length === 0) return <p class="vl-muted">None yet.</p>;
  return (
    <table class="vl-table">
      <caption class="vl-visually-hidden">Your organisation's phrases</caption>
      <thead><tr><th scope="col">Phrase</th><th scope="col">Suggestion</th><th scope="col">Lens</th><th scope="col">Why</th><th scope="col"><span class="vl-visually-hidden">Remove</span></th></tr></thead>
      <tbody>
        {pushed.map((p) => (
          <tr>
            <td>{p.phrase}</td><td>{p.suggestion}</td><td><LensLabel lens={p.lens} /></td><td>{p.explanation}</td>
            <td class="vl-muted">Set by your organisation</td>
          </tr>
        ))}
        {phrases.map((p) => (
          <tr>
            <td>{p.phrase}</td><td>{p.suggestion}</td><td><LensLabel lens={p.lens} /></td><td>{p.explanation}</td>
            <td>
              <button type="button" class="vl-button vl-button--secondary vl-button--small" aria-label={`Remove ${p.phrase}`}
                onClick={async () => {
                  await ask({ type: 'ui:delete-phrase', id: p.id! });
                  await refreshOptions();
                  status.value = `Removed "${p.phrase}".`;
                }}>Remove</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
