/**
 * The one status line: "Saved.", "Added ...", or why not. Kept in view at the top of the window
 * (sticky), so a change made far down the page is confirmed where the clinician can see it, and
 * announced politely to screen readers. Empty, it takes no space.
 */
import { status } from './options-state.js';

export function StatusLine() {
  return (
    <p class={status.value ? 'vl-status vl-status--shown' : 'vl-status'} role="status" aria-live="polite">
      {status.value}
    </p>
  );
}
