/** What extension pages (popup, side panel, options) use to reach the background and the active tab. */
import { browser } from 'wxt/browser';
import type { FieldReport, ToBackground, ToContent, UiState } from '../protocol/messages.js';

export function ask<T>(msg: ToBackground): Promise<T> {
  return browser.runtime.sendMessage(msg) as Promise<T>;
}

export const loadUiState = () => ask<UiState>({ type: 'ui:get-state' });

export async function activeTabId(): Promise<number | undefined> {
  // ?tab=<id> lets a page be opened for a given tab (and lets tests drive it in a normal tab).
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (fromUrl) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** The report from the active tab's content script, or null where it does not run. */
export async function tabReport(): Promise<{ tabId: number; report: FieldReport } | null> {
  const tabId = await activeTabId();
  if (tabId === undefined) return null;
  try {
    const report = (await browser.tabs.sendMessage(tabId, { type: 'page:get-report' } satisfies ToContent)) as FieldReport | undefined;
    return report ? { tabId, report } : null;
  } catch {
    return null;
  }
}

export function tellTab(tabId: number, msg: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
}

/** Calls `fn` whenever a content script says its findings changed, or the active tab changes. */
export function onReportChanged(fn: () => void): () => void {
  const listener = (msg: { type?: string }) => {
    if (msg?.type === 'report:changed') fn();
  };
  browser.runtime.onMessage.addListener(listener);
  const tabs = () => fn();
  browser.tabs.onActivated.addListener(tabs);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    browser.tabs.onActivated.removeListener(tabs);
  };
}

export function guidanceHref(path = 'rules/index.html'): string {
  return (browser.runtime as unknown as { getURL(p: string): string }).getURL(`/guidance/${path}`);
}

let windowId: number | undefined;

/** Looks up this window ahead of time: opening the panel must happen in the click itself, with no await before it. */
export async function prepareOpenPanel(): Promise<void> {
  windowId = (await browser.windows.getCurrent()).id;
}

type PanelApis = {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/** What the browser calls the panel openPanel() opens: Firefox users know it as the sidebar. */
export function panelName(): 'side panel' | 'sidebar' {
  return (browser as unknown as PanelApis).sidebarAction ? 'sidebar' : 'side panel';
}

/** Opens the side panel (Chrome) or sidebar (Firefox); call it straight from a click handler. */
export function openPanel(): Promise<void> {
  const b = browser as unknown as PanelApis;
  if (b.sidebarAction) return b.sidebarAction.open();
  if (b.sidePanel && windowId !== undefined) return b.sidePanel.open({ windowId });
  return Promise.resolve();
}
