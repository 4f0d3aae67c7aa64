/**
 * What the in-page modules share: this site's config, the fields being checked, which one the
 * clinician is in, and which finding's card is open. Plain data; each module changes only its part
 * (field-tracker.ts the fields, card-controller.ts the card, content-app.ts the config).
 */
import type { ContentConfig } from '../protocol/settings-shapes.js';
import type { FieldSession } from './field-session.js';
import { IgnoredFindings } from './ignore-key.js';

export interface OpenCard {
  session: FieldSession;
  /** Index into session.findings. */
  index: number;
  /** Move focus into the card on its next draw (keyboard and badge open it so; a click does not). */
  focus: boolean;
}

export class PageState {
  /** This site's settings; null until the background has answered. */
  config: ContentConfig | null = null;
  readonly sessions = new Map<HTMLElement, FieldSession>();
  /** The field the clinician is in (or was last in): the badge and side panel follow it. */
  current: FieldSession | null = null;
  card: OpenCard | null = null;
  readonly ignored = new IgnoredFindings();

  get enabled(): boolean {
    return this.config?.enabled ?? false;
  }

  /** The documents that hold a field we check (each has its own UI root for card and badge). */
  documents(): Document[] {
    return [...new Set([...this.sessions.keys()].map((el) => el.ownerDocument))];
  }
}
