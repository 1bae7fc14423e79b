import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which WXT's Chrome-based typings do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox). Call it synchronously in the click,
 * shortcut or menu handler, before any `await`: both browsers refuse it outside a user gesture
 * (https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open). A refusal
 * is logged, never thrown: the capture still lands in session storage for the panel.
 */
export function openPanel(tab: { id?: number; windowId?: number } | undefined): void {
  // Each API exists in one browser only, whatever the typings say.
  const { sidebarAction, sidePanel } = browser as unknown as { sidebarAction?: SidebarAction; sidePanel?: typeof browser.sidePanel };
  const warn = (error: unknown) => console.warn('Nhắc Việc: không mở được khung bên.', error);
  try {
    let opened: Promise<void> | null = null;
    if (sidebarAction) opened = sidebarAction.open();
    else if (sidePanel && tab?.id !== undefined && tab.id >= 0) opened = sidePanel.open({ tabId: tab.id });
    else if (sidePanel && tab?.windowId !== undefined) opened = sidePanel.open({ windowId: tab.windowId });
    opened?.catch(warn);
  } catch (error) {
    warn(error);
  }
}
