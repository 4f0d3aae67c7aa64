/**
 * The database cannot be used (db-connection.ts): say what still works and what will not last,
 * in plain words. What it promises is what the store does: checking goes on with defaults (or
 * with the settings it could still read, when only writing fails), changes take effect at once
 * and are kept in storage.session until the browser closes, and are saved if storage recovers.
 */
import type { UiState } from '../../protocol/messages.js';

export function StorageNotice({ problem }: { problem: NonNullable<UiState['storageProblem']> }) {
  const what = {
    quota: "Values Lens can't save your settings: the browser's storage on this computer is full.",
    blocked: "Values Lens can't open your saved settings right now, because an older copy of its storage is still in use. Restarting the browser usually fixes this.",
    unavailable: "Values Lens can't open or save your settings: the browser's storage refused.",
  }[problem.kind];
  const using = problem.kind === 'quota'
    ? 'It is still checking what you write, with your saved settings.'
    : "It is still checking what you write, with the default settings (and any your organisation has set).";
  return (
    <div class="vl-warning" role="alert" id="storage-problem">
      <p><strong>{what}</strong></p>
      <p>{using}</p>
      <p>
        {problem.unsavedChanges && 'Some of your changes are not saved yet. '}
        Changes you make here take effect straight away, but are kept only until the browser closes.
        Values Lens keeps trying, and saves them if its storage starts working again before then.
      </p>
      <p class="vl-muted">Details: {problem.detail}</p>
    </div>
  );
}
