/**
 * Keeps the audience window and the presenter view of one deck in step. Two routes, because
 * neither works everywhere: a BroadcastChannel reaches every window of the site's origin (checked
 * in Chromium 156 from http and from file://, where it pairs two windows opened separately; other
 * browsers may treat each file:// page as an origin of its own), and postMessage reaches the window
 * that opened this one or that this one opened, whatever the origins.
 * Messages carry only the slide and step numbers; a state that arrives twice changes nothing.
 */
import type { DeckState } from './deck-steps.js';

const TAG = 'values-lens-deck';

/** Which window is talking: a window listens only to the other kind (two slide tabs of one deck leave each other alone). */
export type DeckRole = 'audience' | 'presenter';
type Envelope = { tag: typeof TAG; deck: string; from: DeckRole };
type Message = (Envelope & { type: 'hello' | 'bye' }) | (Envelope & { type: 'state' } & DeckState);

export interface DeckSync {
  /** Tell the other window where this one is now. */
  send(state: DeckState): void;
  /** Open (or bring back) the other window; it pairs by postMessage even where BroadcastChannel cannot. */
  open(url: string, name: string): Window | null;
}

function isMessage(data: unknown, deck: string, role: DeckRole): data is Message {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  if (m.tag !== TAG || m.deck !== deck || m.from !== (role === 'audience' ? 'presenter' : 'audience')) return false;
  if (m.type === 'hello' || m.type === 'bye') return true;
  return m.type === 'state' && Number.isInteger(m.slide) && Number.isInteger(m.step);
}

export function deckSync(deck: string, role: DeckRole, current: () => DeckState, onState: (s: DeckState) => void, onPeer: (connected: boolean) => void): DeckSync {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${TAG}:${deck}`) : null;
  const peers = new Set<Window>();
  if (window.opener) peers.add(window.opener as Window);

  const post = (m: Message) => {
    channel?.postMessage(m);
    for (const w of peers) {
      if (w.closed) peers.delete(w);
      // Only two numbers and the deck's name travel: nothing to keep from another origin.
      else w.postMessage(m, '*');
    }
  };
  const receive = (data: unknown) => {
    if (!isMessage(data, deck, role)) return;
    if (data.type === 'bye') return onPeer(false);
    onPeer(true);
    if (data.type === 'hello') post({ tag: TAG, deck, from: role, type: 'state', ...current() });
    else if (data.type === 'state') onState({ slide: data.slide, step: data.step });
  };
  if (channel) channel.onmessage = (e) => receive(e.data);
  window.addEventListener('message', (e) => {
    // Only the windows this one opened or was opened by; anything else could be any page.
    if (e.source && peers.has(e.source as Window)) receive(e.data);
  });
  window.addEventListener('pagehide', () => post({ tag: TAG, deck, from: role, type: 'bye' }));
  post({ tag: TAG, deck, from: role, type: 'hello' });

  return {
    send: (state) => post({ tag: TAG, deck, from: role, type: 'state', ...state }),
    open(url, name) {
      const w = window.open(url, name, 'popup,width=1200,height=760');
      if (w) peers.add(w);
      return w;
    },
  };
}
