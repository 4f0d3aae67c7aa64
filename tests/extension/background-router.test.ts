/**
 * The background's front door (issue 11, defect 3): every content:* message has its fields
 * checked (and the host it claims must be the sender's own), ui:* messages come only from the
 * extension's own pages, and what a page could make its content script do in a loop (turn off a
 * rule, ignore a finding, open a guidance tab) passes only a few times a minute per tab.
 */
import { describe, expect, it } from 'vitest';
import { createRouter, type Sender } from '../../extension/background/router.js';
import { PAGE_ACTION_LIMITS } from '../../extension/background/rate-limit.js';
import type { ToBackground } from '../../extension/protocol/messages.js';
import type { PageRuleset } from '../../extension/protocol/page-ruleset.js';
import { customRuleId } from '../../extension/protocol/ids.js';

const ROOT = 'chrome-extension://abcdefgh/';
const KEY = 'nocte-mane#0123456789abcdef';

function setup(config: unknown = true) {
  let t = 1_000_000;
  const handled: ToBackground[] = [];
  const opened: string[] = [];
  let broadcasts = 0;
  const toldTop: Array<[tabId: number, frameId: number]> = [];
  const route = createRouter({
    store: {
      handle: async (msg: ToBackground) => {
        handled.push(msg);
        return { reply: msg.type === 'content:get-config' ? config : true, changed: msg.type !== 'content:get-config' && msg.type !== 'content:seen' };
      },
    },
    ruleset: { version: 3, rules: [], groups: [], trie: {} } as never,
    ruleIds: ['failed-to-attend', 'nocte-mane'],
    extensionRoot: ROOT,
    openTab: async (url) => void opened.push(url),
    broadcast: async () => void broadcasts++,
    tellTopFrame: async (tabId, frameId) => void toldTop.push([tabId, frameId]),
    now: () => t,
  });
  const tab = (id: number, url = 'https://email.nhs.net/owa/'): Sender => ({ tab: { id, index: 3 }, url });
  const extensionPage: Sender = { url: `${ROOT}options.html` };
  return { route, handled, opened, tab, extensionPage, toldTop, later: (ms: number) => (t += ms), broadcasts: () => broadcasts };
}

describe('rate limits on what a page could trigger', () => {
  it('a loop of "Turn off this rule" reaches storage only a few times a minute per tab', async () => {
    const { route, handled, tab, later } = setup();
    const max = PAGE_ACTION_LIMITS['content:disable-rule'].max;
    for (let i = 0; i < 50; i++) await route({ type: 'content:disable-rule', ruleId: 'nocte-mane' }, tab(1));
    expect(handled).toHaveLength(max);
    await route({ type: 'content:disable-rule', ruleId: 'nocte-mane' }, tab(2));
    expect(handled).toHaveLength(max + 1);
    later(60_000);
    await route({ type: 'content:disable-rule', ruleId: 'nocte-mane' }, tab(1));
    expect(handled).toHaveLength(max + 2);
  });

  it('ignores and guidance tabs too', async () => {
    const { route, handled, opened, tab } = setup();
    for (let i = 0; i < 50; i++) await route({ type: 'content:ignore', host: 'email.nhs.net', key: KEY }, tab(1));
    for (let i = 0; i < 50; i++) await route({ type: 'content:open-guidance', path: 'rules/nocte-mane.html' }, tab(1));
    expect(handled).toHaveLength(PAGE_ACTION_LIMITS['content:ignore'].max);
    expect(opened).toHaveLength(PAGE_ACTION_LIMITS['content:open-guidance'].max);
    expect(opened[0]).toBe(`${ROOT}guidance/rules/nocte-mane.html`);
  });

  it('a refused message is answered (with an error), so the content script does not wait', async () => {
    const { route, tab } = setup();
    for (let i = 0; i < 10; i++) await route({ type: 'content:open-guidance', path: 'rules/x.html' }, tab(1));
    expect(await route({ type: 'content:open-guidance', path: 'rules/x.html' }, tab(1))).toEqual({ error: expect.stringMatching(/too many/) });
  });
});

describe('checking every content:* message', () => {
  const refused: Array<[string, unknown, Partial<Sender>?]> = [
    ['an unknown content:* type', { type: 'content:delete-everything' }],
    ['get-config for another site than the sender', { type: 'content:get-config', host: 'other.example' }],
    ['get-config with no host', { type: 'content:get-config' }],
    ['an ignore for another site', { type: 'content:ignore', host: 'other.example', key: KEY }],
    ['an ignore key that is not one', { type: 'content:ignore', host: 'email.nhs.net', key: 'Mrs Okonkwo' }],
    ['an ignore key with words in it', { type: 'content:ignore', host: 'email.nhs.net', key: 'third-person-name#mrs okonkwo' }],
    ['turning off a rule that does not exist', { type: 'content:disable-rule', ruleId: 'no-such-rule' }],
    ['turning off a rule id that is not text', { type: 'content:disable-rule', ruleId: ['nocte-mane'] }],
    ['counts that are not a list', { type: 'content:seen', ruleIds: 'nocte-mane' }],
    ['counts of unknown rules', { type: 'content:seen', ruleIds: ['nocte-mane', 'x y'] }],
    ['a huge list of counts', { type: 'content:seen', ruleIds: Array.from({ length: 5001 }, () => 'nocte-mane') }],
    ['a guidance path that is not text', { type: 'content:open-guidance', path: { toString: 1 } }],
    ['turning off a "pack rule" that is not a pack rule id', { type: 'content:disable-rule', ruleId: 'Pack/Rule' }],
    ['a pack rule id with three parts', { type: 'content:seen', ruleIds: ['a/b/c'] }],
    ['a pack import from a web page\'s content script', { type: 'ui:import-pack', json: '{}' }],
    ['a content:* message from a sender with no tab', { type: 'content:disable-rule', ruleId: 'nocte-mane' }, { tab: undefined }],
    ['a ui:* message from a web page\'s content script', { type: 'ui:import', json: '{}' }],
    ['a ui:* message from another extension page URL', { type: 'ui:export' }, { tab: undefined, url: 'chrome-extension://someoneelse/x.html' }],
  ];
  it.each(refused)('refuses %s, without reaching storage', async (_what, msg, sender) => {
    const { route, handled, tab } = setup();
    expect(await route(msg, { ...tab(1), ...sender })).toEqual({ error: expect.any(String) });
    expect(handled).toEqual([]);
  });
});

describe('checking every ui:* message, from the extension\'s own pages', () => {
  const refused: Array<[string, unknown]> = [
    ['an unknown ui:* type', { type: 'ui:delete-everything' }],
    ['settings that are not an object', { type: 'ui:save-settings', settings: 'all off' }],
    ['a site switch with no host', { type: 'ui:set-site', enabled: false }],
    ['a site switch that is not on or off', { type: 'ui:set-site', host: 'email.nhs.net', enabled: 'no' }],
    ['a phrase that is not an object', { type: 'ui:save-phrase', phrase: 'touch base' }],
    ['a pack import that is not text', { type: 'ui:import-pack', json: { name: 'x' } }],
    ['a pack import over 512 KB', { type: 'ui:import-pack', json: 'x'.repeat(600_000) }],
    ['removing a pack by a name that is not a pack name', { type: 'ui:remove-pack', name: '../settings' }],
    ['asking for a pack rule by a built-in id', { type: 'ui:get-pack-rule', id: 'nocte-mane' }],
    ['a phrase id that is not a number', { type: 'ui:save-phrase', phrase: { id: 'x', phrase: 'touch base' } }],
    ['a delete with no id', { type: 'ui:delete-phrase' }],
    ['an import that is not text', { type: 'ui:import', json: { settings: {} } }],
    ['an import over 1 MB', { type: 'ui:import', json: ' '.repeat(1_000_001) }],
    ['a field no ui message has', { type: 'ui:get-state', host: 'email.nhs.net' }],
  ];
  it.each(refused)('refuses %s, without reaching storage', async (_what, msg) => {
    const { route, handled, extensionPage } = setup();
    expect(await route(msg, extensionPage)).toEqual({ error: expect.any(String) });
    expect(handled).toEqual([]);
  });

  it('passes each ui:* message the pages send', async () => {
    const { route, handled, extensionPage } = setup();
    const sent = [
      { type: 'ui:get-state' },
      { type: 'ui:save-settings', settings: { audience: 'carer' } },
      { type: 'ui:set-site', host: 'email.nhs.net', enabled: false },
      { type: 'ui:save-phrase', phrase: { phrase: 'touch base', suggestion: 'talk', lens: 'clarity', explanation: '' } },
      { type: 'ui:save-phrase', phrase: { id: 3, phrase: '', suggestion: '', lens: 'clarity', explanation: '' } }, // the service explains what is missing
      { type: 'ui:delete-phrase', id: 3 },
      { type: 'ui:import', json: '{}' },
      { type: 'ui:export' },
    ];
    for (const m of sent) await route(m, extensionPage);
    expect(handled.map((m) => m.type)).toEqual(sent.map((m) => m.type));
  });
});

describe('well-formed messages', () => {

  it('passes well-formed messages from their own senders', async () => {
    const { route, handled, tab, extensionPage, broadcasts } = setup();
    await route({ type: 'content:get-config', host: 'email.nhs.net' }, tab(1));
    await route({ type: 'content:ignore', host: 'email.nhs.net', key: KEY }, tab(1));
    await route({ type: 'content:disable-rule', ruleId: 'custom-hang-in-there' }, tab(1));
    await route({ type: 'content:seen', ruleIds: ['nocte-mane', 'custom-hang-in-there'] }, tab(1));
    await route({ type: 'ui:export' }, extensionPage);
    await route({ type: 'ui:get-state' }, { ...extensionPage, tab: { id: 9, index: 0 } }); // the options page open in a tab
    expect(handled.map((m) => m.type)).toEqual(['content:get-config', 'content:ignore', 'content:disable-rule', 'content:seen', 'ui:export', 'ui:get-state']);
    expect(broadcasts()).toBe(4);
  });

  it('answers content:get-ruleset with the ruleset and the packs and phrases of the host\'s config', async () => {
    const phrase = { phrase: 'touch base', suggestion: 'talk', lens: 'clarity', explanation: '' } as const;
    const config = { enabled: true, audience: 'patient', readingAgeTarget: 11, severityThreshold: 'advice', disabledRules: [], customPhrases: [phrase], ignored: [], siteKey: '00' };
    const { route, tab, handled } = setup(config);
    const page = (await route({ type: 'content:get-ruleset', host: 'email.nhs.net' }, tab(1))) as PageRuleset;
    expect(handled).toEqual([{ type: 'content:get-config', host: 'email.nhs.net' }]);
    expect(page.packRules).toEqual({});
    expect(page.ruleset.rules.map((r) => r.id)).toEqual([customRuleId(phrase)]);
    // Another site's host, or none: refused, as content:get-config is.
    expect(await route({ type: 'content:get-ruleset', host: 'evil.example' }, tab(1))).toEqual({ error: expect.stringMatching(/own host/) });
    expect(await route({ type: 'content:get-ruleset' }, tab(1))).toEqual({ error: expect.stringMatching(/own host/) });
  });

  it('sends back what the store answered when the config cannot be read, so the tab asks again', async () => {
    const { route, tab } = setup({ error: 'database closed' });
    expect(await route({ type: 'content:get-ruleset', host: 'email.nhs.net' }, tab(1))).toEqual({ error: 'database closed' });
  });

  it('answers ui:get-ruleset (the options page\'s search) only to the extension\'s own pages', async () => {
    const { route, tab, extensionPage } = setup();
    expect(await route({ type: 'ui:get-ruleset' }, extensionPage)).toEqual({ version: 3, rules: [], groups: [], trie: {} });
    expect(await route({ type: 'ui:get-ruleset' }, tab(1))).toEqual({ error: expect.stringMatching(/extension's own pages/) });
    expect(await route({ type: 'ui:get-ruleset', host: 'x' }, extensionPage)).toEqual({ error: expect.any(String) });
  });

  it('leaves messages that are not for it alone (undefined: not answered)', async () => {
    const { route, handled, tab } = setup();
    expect(await route({ type: 'report:changed' }, tab(1))).toBeUndefined();
    expect(await route('content:disable-rule', tab(1))).toBeUndefined();
    expect(await route(null, tab(1))).toBeUndefined();
    expect(handled).toEqual([]);
  });

  it('passes pack messages and pack rule ids (accepted by their shape, as packs come and go)', async () => {
    const { route, handled, tab, extensionPage } = setup();
    await route({ type: 'content:disable-rule', ruleId: 'example-trust/old-trust-name' }, tab(1));
    await route({ type: 'content:seen', ruleIds: ['example-trust/old-trust-name', 'nocte-mane'] }, tab(1));
    await route({ type: 'ui:import-pack', json: '{}' }, extensionPage);
    await route({ type: 'ui:remove-pack', name: 'example-trust' }, extensionPage);
    await route({ type: 'ui:get-pack-rule', id: 'example-trust/old-trust-name' }, extensionPage);
    expect(handled.map((m) => m.type)).toEqual(['content:disable-rule', 'content:seen', 'ui:import-pack', 'ui:remove-pack', 'ui:get-pack-rule']);
  });

  it('"Why?" on a pack rule opens why.html for it (its url has no bundled guidance page)', async () => {
    const { route, opened, tab } = setup();
    await route({ type: 'content:open-guidance', path: 'rules/example-trust/old-trust-name.html' }, tab(1));
    await route({ type: 'content:open-guidance', path: 'rules/example-trust/../../x.html' }, tab(1));
    expect(opened).toEqual([`${ROOT}why.html#example-trust/old-trust-name`, `${ROOT}guidance/rules/index.html`]);
  });
});

describe('which frame has the focused field (docs/extension.md, "Frames")', () => {
  it('tells the tab\'s top frame the frame the browser says sent content:focused, and nothing else', async () => {
    const { route, handled, tab, toldTop } = setup();
    const inFrame: Sender = { ...tab(7, 'https://editor.example/compose'), frameId: 3 };
    expect(await route({ type: 'content:focused' }, inFrame)).toBe(true);
    expect(await route({ type: 'content:focused' }, { ...tab(7), frameId: 0 })).toBe(true);
    expect(toldTop).toEqual([
      [7, 3],
      [7, 0],
    ]);
    // The store never hears of it: nothing about focus is kept.
    expect(handled).toEqual([]);
  });

  it('refuses a content:focused that names a frame or a tab of its own, and one from an extension page', async () => {
    const { route, tab, extensionPage, toldTop } = setup();
    expect(await route({ type: 'content:focused', frameId: 0 }, { ...tab(7), frameId: 3 })).toEqual({ error: expect.stringMatching(/no fields/) });
    expect(await route({ type: 'content:focused', tabId: 1 }, { ...tab(7), frameId: 3 })).toEqual({ error: expect.any(String) });
    expect(await route({ type: 'content:focused' }, extensionPage)).toEqual({ error: expect.stringMatching(/content script in a tab/) });
    expect(toldTop).toEqual([]);
  });

  it('holds back a page that sends it in a loop', async () => {
    const { route, tab, toldTop } = setup();
    for (let i = 0; i < 1000; i++) await route({ type: 'content:focused' }, { ...tab(7), frameId: 3 });
    expect(toldTop).toHaveLength(PAGE_ACTION_LIMITS['content:focused'].max);
  });
});
