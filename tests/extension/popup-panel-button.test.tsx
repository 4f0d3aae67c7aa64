/**
 * The popup's button opens Chrome's side panel or Firefox's sidebar, and says which: Firefox users
 * know it as the sidebar. Renders the real Popup into a linkedom document; the browser object is a
 * stub with or without Firefox's sidebarAction.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';

const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../extension/pages/background-client.js', async (original) => ({
  ...(await original<object>()),
  loadUiState: async () => null,
  tabReport: async () => null,
  prepareOpenPanel: async () => {},
}));
const { Popup, refreshPopup } = await import('../../extension/pages/Popup.js');

const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const root = document.getElementById('root') as unknown as HTMLElement;
const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent!.trim());

function asChrome() {
  for (const k of Object.keys(fake.browser)) delete fake.browser[k];
  fake.browser.runtime = { getURL: (p: string) => `chrome-extension://id${p}` };
  fake.browser.sidePanel = { open: async () => {} };
}
function asFirefox() {
  for (const k of Object.keys(fake.browser)) delete fake.browser[k];
  fake.browser.runtime = { getURL: (p: string) => `moz-extension://id${p}` };
  fake.browser.sidebarAction = { open: async () => {} };
}

beforeEach(async () => {
  (globalThis as { document?: unknown }).document = document;
  await refreshPopup();
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

describe('the popup\'s panel button', () => {
  it('says "Open side panel" in Chrome', () => {
    asChrome();
    render(h(Popup, {}), root);
    expect(buttons()).toContain('Open side panel');
  });

  it('says "Open sidebar" in Firefox', () => {
    asFirefox();
    render(h(Popup, {}), root);
    expect(buttons()).toContain('Open sidebar');
    expect(buttons()).not.toContain('Open side panel');
  });
});
