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

/** What the side panel and popup show: the focused field's report, and where it came from. */
export interface TabReport {
  tabId: number;
  /** The focused field's report: the top frame's, or that of the frame from another origin that has the field. */
  report: FieldReport;
  /** The frame that answered `report` (0: the top frame); messages about its findings go there. */
  frameId: number;
  /** The top frame's own report: its host is the page's site, the one "this site" means. */
  page: FieldReport;
}

/**
 * The active tab's report, or null where the content script does not run. The top frame answers
 * first; when it says the clinician's last field is in a frame from another origin, that frame is
 * asked, and its report is used if it still has a field, or if checking is off for its site (the
 * popup then still offers that site's switch). A frame removed or navigated away since answers
 * nothing, or has no field: the top frame's report stands. docs/extension.md, "Frames".
 */
export async function tabReport(): Promise<TabReport | null> {
  const tabId = await activeTabId();
  if (tabId === undefined) return null;
  let page: FieldReport | undefined;
  try {
    // Sent to the whole tab: only the top frame answers a message that names no frame.
    page = (await browser.tabs.sendMessage(tabId, { type: 'page:get-report' } satisfies ToContent)) as FieldReport | undefined;
  } catch {
    return null;
  }
  if (!page) return null;
  const frameId = page.focusedFrame;
  if (frameId) {
    const inFrame = (await browser.tabs
      .sendMessage(tabId, { type: 'page:get-report', frame: frameId } satisfies ToContent, { frameId })
      .catch(() => undefined)) as FieldReport | undefined;
    if (inFrame && (inFrame.hasField || !inFrame.enabled)) return { tabId, report: inFrame, frameId, page };
  }
  return { tabId, report: page, frameId: 0, page };
}

/** Sends a page:* message to the tab's top frame, or to the one frame `frameId` (which then answers it). */
export function tellTab(tabId: number, msg: ToContent, frameId = 0): Promise<unknown> {
  const sent = frameId ? browser.tabs.sendMessage(tabId, { ...msg, frame: frameId }, { frameId }) : browser.tabs.sendMessage(tabId, msg);
  return sent.catch(() => undefined);
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
