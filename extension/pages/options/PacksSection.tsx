/**
 * The options page's rule packs: the packs in use (name, version, organisation, rule count),
 * importing a pack file (the background reads it with readPack and answers with the pack's own
 * problems when it cannot be used), and removing an imported pack. Packs pushed by the
 * organisation's policy are marked as such and cannot be removed here.
 */
import { signal } from '@preact/signals';
import { MAX_PACK_CHARS, MAX_PACKS } from '../../../engine/index.js';
import type { PackImportResult, PackSummary } from '../../protocol/messages.js';
import { ask } from '../background-client.js';

const problems = signal<{ error: string; list: string[] } | null>(null);

const n = (x: number) => x.toLocaleString('en-GB');

/** What the section needs of the page: its data again, and the page's one status line (so one live region, not two). */
interface PageHooks {
  refresh: () => Promise<void>;
  say: (message: string) => void;
}

async function importFile(file: File, { refresh, say }: PageHooks): Promise<void> {
  say('');
  problems.value = null;
  const text = await file.text();
  // The background refuses it too (readPack); saying so here avoids sending half a megabyte for nothing.
  const r: PackImportResult = text.length > MAX_PACK_CHARS
    ? { ok: false, error: `That file was not imported: the file is ${n(text.length)} characters long; the most allowed is ${n(MAX_PACK_CHARS)}.` }
    : await ask<PackImportResult | { error: string }>({ type: 'ui:import-pack', json: text }).then((x) => ('ok' in x ? x : { ok: false as const, error: x.error }));
  await refresh();
  if (r.ok) say(r.message);
  else problems.value = { error: r.error, list: r.problems && r.problems.length > 1 ? r.problems : [] };
}

async function remove(p: PackSummary, { refresh, say }: PageHooks): Promise<void> {
  await ask({ type: 'ui:remove-pack', name: p.name });
  await refresh();
  problems.value = null;
  say(`Removed ${p.name} ${p.version}.`);
}

export function PacksSection({ packs, ...page }: { packs: PackSummary[] } & PageHooks) {
  return (
    <section class="vl-section" aria-labelledby="packs-heading">
      <h2 id="packs-heading">Rule packs</h2>
      <p class="vl-muted">
        Your organisation's own rules, from a file made with <code>values-lens pack build</code>: they look and work like the
        built-in ones. At most {MAX_PACKS} packs.{packs.length === 0 && ' No pack imported yet.'}
      </p>
      {packs.length > 0 && (
        <table class="vl-table">
          <thead><tr><th scope="col">Pack</th><th scope="col">Version</th><th scope="col">Organisation</th><th scope="col">Rules</th><th scope="col"><span class="vl-visually-hidden">Remove</span></th></tr></thead>
          <tbody>
            {packs.map((p) => (
              <tr data-pack={p.name}>
                <td>{p.name}{p.description && <div class="vl-muted">{p.description}</div>}</td>
                <td>{p.version}</td>
                <td>{p.organisation}</td>
                <td>{p.rules}</td>
                <td>
                  {p.managed ? <span>Set by your organisation</span> : (
                    <>
                      {p.replacedByPolicy && <div class="vl-muted">Not used: your organisation provides this pack.</div>}
                      <button type="button" class="vl-button vl-button--secondary vl-button--small" aria-label={`Remove pack ${p.name}`} onClick={() => remove(p, page)}>Remove</button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="nhsuk-form-group">
        <label class="nhsuk-label" for="import-pack">Import a pack file (.pack.json)</label>
        <input
          class="vl-file"
          id="import-pack"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            await importFile(file, page);
            input.value = ''; // the same file can be chosen again after fixing it
          }}
        />
      </div>
      {problems.value && (
        <div class="vl-warning" role="alert" id="pack-problems">
          <p>{problems.value.error}</p>
          {problems.value.list.length > 0 && <ul>{problems.value.list.map((x) => <li>{x}</li>)}</ul>}
        </div>
      )}
    </section>
  );
}
