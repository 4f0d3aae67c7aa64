/**
 * The background's answer to every runtime message: checks it (message-guards.ts), holds back what
 * a page could make its content script do in a loop (rate-limit.ts), then answers from the store,
 * the ruleset or by opening a guidance page. Plain functions of its dependencies, so unit tests
 * drive it without a browser; entrypoints/background.ts wires it to browser.runtime.onMessage.
 */
import type { CompiledRuleset } from '../../engine/index.js';
import { isContentConfig } from '../protocol/settings-shapes.js';
import { pageRulesets } from './page-ruleset.js';
import { guidanceUrl } from './tabs.js';
import { isForBackground, messageProblem, type Sender } from '../protocol/message-guards.js';
import type { ToBackground } from '../protocol/messages.js';
import { RateLimiter, PAGE_ACTION_LIMITS } from './rate-limit.js';
import type { Store } from './settings-service.js';

export type { Sender } from '../protocol/message-guards.js';

export interface RouterDeps {
  store: Pick<Store, 'handle'>;
  /** The built-in ruleset: the options page's search gets it as it is, a tab with its packs and phrases. */
  ruleset: CompiledRuleset;
  /** Ids of the built-in rules. */
  ruleIds: Iterable<string>;
  /** The extension's own root URL ("chrome-extension://<id>/"). */
  extensionRoot: string;
  /** Opens a tab (the guidance page) at this place in the tab strip. */
  openTab(url: string, index: number): Promise<void>;
  /** Sends every tab its site's config after a change. */
  broadcast(): Promise<void>;
  /** Tells a tab's top frame which of its frames has the field the clinician entered last (page:focus-frame). */
  tellTopFrame?(tabId: number, frameId: number): Promise<void>;
  now?: () => number;
}

export function createRouter(deps: RouterDeps) {
  const rules = new Set(deps.ruleIds);
  const limiter = new RateLimiter(PAGE_ACTION_LIMITS, deps.now);
  const forPage = pageRulesets(deps.ruleset);
  return async function route(msg: unknown, sender: Sender): Promise<unknown> {
    if (!isForBackground(msg)) return undefined;
    const problem = messageProblem(msg, sender, deps.extensionRoot, (id) => rules.has(id));
    if (problem) return { error: `refused: ${problem}` };
    const m = msg as ToBackground;
    if (!limiter.allow(m.type, sender.tab?.id ?? 'extension')) return { error: `refused: too many ${m.type} from this tab; try again in a minute` };
    if (m.type === 'ui:get-ruleset') return deps.ruleset;
    if (m.type === 'content:get-ruleset') {
      // With the packs and phrases of the config this host's tab was sent: when they change, every
      // tab is sent its config again and asks for the ruleset again (ruleset-source.ts).
      const { reply } = await deps.store.handle({ type: 'content:get-config', host: m.host });
      return isContentConfig(reply) ? forPage(reply.packs ?? [], reply.customPhrases) : reply;
    }
    if (m.type === 'content:focused') {
      // The browser sets the sender's tab and frame; the message itself names neither, so a frame
      // can only ever say "here", never point the side panel at another frame.
      if (sender.tab?.id === undefined || sender.frameId === undefined) return false;
      await deps.tellTopFrame?.(sender.tab.id, sender.frameId);
      return true;
    }
    if (m.type === 'content:open-guidance') {
      await deps.openTab(guidanceUrl(deps.extensionRoot, m.path), (sender.tab?.index ?? 0) + 1);
      return true;
    }
    const { reply, changed } = await deps.store.handle(m);
    if (changed) await deps.broadcast();
    return reply;
  };
}
