import { browser } from 'wxt/browser';
import { captureFromGesture } from './capture-from-gesture';
import { captureTab } from './capture-tab';

/** Name of the global the browser tests call through `serviceWorker.evaluate`. */
export const E2E_HOOKS_GLOBAL = '__nhacViecE2E';

/**
 * E2E build only (`wxt build --mode e2e`; the call is compiled out of the normal build): exposes
 * the functions the toolbar, shortcut and menu handlers call, so tests can drive the same path
 * without a real toolbar click.
 */
export function exposeE2eHooks(): void {
  Object.assign(globalThis, {
    [E2E_HOOKS_GLOBAL]: {
      /** What a toolbar click on `tabId` does. */
      toolbarClick: async (tabId: number) => captureFromGesture(await browser.tabs.get(tabId)),
      captureTab,
    },
  });
}
