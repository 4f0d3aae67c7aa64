/**
 * Which frames' content scripts do the work. The script runs in every frame with a web address
 * (all_frames; not in about:blank or srcdoc frames, which their creator's script reaches), but a
 * field must be checked once, by one script, with one card and one badge:
 *
 * - a frame whose parent's document this script can read (same origin) is left to the parent's
 *   script, which reaches it through field-tracker.ts, as it reaches the about:blank and srcdoc
 *   frames editors such as TinyMCE create and write into; the frame's own script stays idle;
 * - any other frame (an editor served from another origin) checks its own
 *   fields, draws in its own document and loads its own site's settings.
 *
 * The top frame answers the side panel and popup (page:get-report, page:get-host...) and knows
 * which frame has the clinician's last field; a frame from another origin answers only what is
 * sent to it alone, when that field is its own: see docs/extension.md, "Frames".
 */

/** The role of the script in this window. */
export type FrameRole = 'top' | 'frame' | 'idle';

export function frameRole(win: Window): FrameRole {
  if (win === win.top) return 'top';
  try {
    // Reading the parent's document throws (or gives null) when it is another origin's.
    return win.parent.document ? 'idle' : 'frame';
  } catch {
    return 'frame';
  }
}
