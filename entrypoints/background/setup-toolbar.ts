import { browser } from 'wxt/browser';
import { captureFromGesture } from './capture-from-gesture';

/**
 * Toolbar button: opens the panel and captures the page. The manifest has no popup and the panel
 * is not set to open on action click, so that the click reaches `onClicked` and grants activeTab.
 */
export function setupToolbar(): void {
  // MV2 (Firefox) calls the toolbar button browserAction.
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => void captureFromGesture(tab));
}
