import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { CaptureResult } from '../../lib/capture';
import { settleCapture } from '../../entrypoints/background/capture-tab';

/** What the fake browser lacks: the side panel (Chrome) and a working sidebar (Firefox), scripting. */
type Extra = {
  sidePanel?: { open: ReturnType<typeof vi.fn> };
  sidebarAction?: { open: ReturnType<typeof vi.fn> };
};
const extra = fakeBrowser as unknown as Extra;
const firefoxSidebar = extra.sidebarAction;

/** Chrome: a side panel API, no sidebar. Returns the `sidePanel.open` mock. */
export function useChromePanel(): ReturnType<typeof vi.fn> {
  delete extra.sidebarAction;
  extra.sidePanel = { open: vi.fn(async () => {}) };
  return extra.sidePanel.open;
}

/** Firefox: a sidebar API, no side panel. Returns the `sidebarAction.open` mock. */
export function useFirefoxSidebar(): ReturnType<typeof vi.fn> {
  delete extra.sidePanel;
  extra.sidebarAction = { open: vi.fn(async () => {}) };
  return extra.sidebarAction.open;
}

/** Puts the fake browser back as it was. */
export function restoreBrowser(): void {
  delete extra.sidePanel;
  extra.sidebarAction = firefoxSidebar;
  fakeBrowser.reset();
  vi.restoreAllMocks();
}

/**
 * Makes `scripting.executeScript` behave like the capture script: each injection answers with
 * `answer(tabId)` through the same path the `pageCaptured` handler takes. Returns the mock.
 */
export function fakeInjection(answer: (tabId: number) => CaptureResult | Error | 'silent') {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { target: { tabId: number } }) => {
    const result = answer(injection.target.tabId);
    if (result instanceof Error) throw result;
    if (result !== 'silent') queueMicrotask(() => settleCapture(injection.target.tabId, result));
    return [];
  }) as never);
}

export const PAGE_CAPTURE: CaptureResult = {
  ok: true,
  capture: { text: 'Giao Sở Y tế chủ trì.', selection: false, truncated: false, url: 'http://127.0.0.1/vb', title: 'Văn bản', reader: 'generic' },
};

/** Opens a tab in the fake browser, typed as WXT's `Browser.tabs.Tab` (the fake uses the polyfill's typings). */
export async function createTab(props: { url?: string }): Promise<Browser.tabs.Tab & { id: number }> {
  return (await fakeBrowser.tabs.create(props)) as unknown as Browser.tabs.Tab & { id: number };
}

export { fakeBrowser };
