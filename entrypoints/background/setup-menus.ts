import { browser } from 'wxt/browser';
import { captureFromGesture } from './capture-from-gesture';

export const CAPTURE_MENU_ID = 'nhac-viec-capture';

/**
 * (Re)creates the context menu item "Trích xuất việc cần làm" on pages, selections and links.
 * A link captures the page it is on; on an inbox list, a row's link narrows it to that document.
 */
export function createMenus(): Promise<void> {
  // Install and start can both fire at once (an update at browser start): one rebuild at a time.
  menusBuilt = menusBuilt.then(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: CAPTURE_MENU_ID,
      title: browser.i18n.getMessage('captureAction'),
      contexts: ['page', 'selection', 'link'],
    });
  });
  return menusBuilt;
}

let menusBuilt: Promise<void> = Promise.resolve();

/**
 * Menus are created at install and at browser start (Firefox does not keep them across restarts;
 * Chrome does, hence `removeAll` first); the click listener is registered at every worker start.
 */
export function setupMenus(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CAPTURE_MENU_ID) void captureFromGesture(tab, { selectionText: info.selectionText, linkUrl: info.linkUrl });
  });
}
