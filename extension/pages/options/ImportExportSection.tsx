/** "Import and export": the settings file (settings-file.ts says what is in it and what an import refuses). */
import type { ImportResult } from '../../protocol/messages.js';
import { ask } from '../background-client.js';
import { done, refreshOptions, status } from './options-state.js';

function download(json: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  a.download = 'values-lens-settings.json';
  a.click();
  URL.revokeObjectURL(a.href);
}

export function ImportExportSection() {
  return (
    <section class="vl-section" aria-labelledby="import-heading">
      <h2 id="import-heading">Import and export</h2>
      <p class="vl-muted">Move your settings, site switches and phrases to another computer, or share them with your team. An import replaces them.</p>
      <div class="vl-row vl-row--end">
        <button type="button" class="vl-button vl-button--secondary" onClick={async () => download(await ask<string>({ type: 'ui:export' }))}>Export settings</button>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="import">Import settings (JSON)</label>
          <input
            class="vl-file"
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
        </div>
      </div>
    </section>
  );
}
