/**
 * Asks the background for this site's settings. A reply that is not a config (the background
 * restarting, or an error it sent back) must not switch checking off: ask again, a few times, with
 * growing pauses (0.5 s, 1 s, 2 s, 4 s, 8 s).
 */
import type { ToBackground } from '../protocol/messages.js';
import { isContentConfig, type ContentConfig } from '../protocol/settings-shapes.js';
import type { Lifetime } from './lifetime.js';

const RETRIES = 5;
const FIRST_PAUSE_MS = 500;

export async function loadConfig(
  host: string,
  send: (msg: ToBackground) => Promise<unknown>,
  life: Pick<Lifetime, 'setTimeout'>,
): Promise<ContentConfig | null> {
  for (let attempt = 0; ; attempt++) {
    let reply: unknown;
    try {
      reply = await send({ type: 'content:get-config', host });
    } catch (e) {
      reply = e;
    }
    if (isContentConfig(reply)) return reply;
    if (attempt >= RETRIES) {
      console.warn('Values Lens could not read its settings:', reply);
      return null;
    }
    await new Promise<void>((ok) => life.setTimeout(ok, FIRST_PAUSE_MS * 2 ** attempt));
  }
}
