/**
 * What the options page shows and how it saves: the background's UiState, the status line, and
 * save(), which says "Saved" only when the change was saved (during a storage fault a change is
 * in effect but not saved: see StorageNotice.tsx).
 */
import { signal } from '@preact/signals';
import type { UiState } from '../../protocol/messages.js';
import type { Settings } from '../../protocol/settings-shapes.js';
import { ask, loadUiState } from '../background-client.js';

export const state = signal<UiState | null>(null);
/** The status line's text (a polite live region: StatusLine.tsx). */
export const status = signal('');

export async function refreshOptions(): Promise<void> {
  state.value = await loadUiState();
}

/** Saves the settings and says so; `what` names the change ("Saved: ..."), else plain "Saved.". */
export async function save(settings: Settings, what?: string): Promise<void> {
  await ask({ type: 'ui:save-settings', settings });
  await refreshOptions();
  status.value = done(what ? `Saved: ${what}.` : 'Saved.', what ? `Changed: ${what}` : 'Changed');
}

/** "Saved." only when it was: during a storage fault a change is in effect but not saved (see StorageNotice). */
export function done(saved: string, unsavedPrefix: string): string {
  return state.value?.storageProblem ? `${unsavedPrefix}, but not saved: see the message at the top of the page.` : saved;
}
