import { browser, type Browser } from 'wxt/browser';
import { captureFromGesture } from './capture-from-gesture';

/** Keyboard commands declared in the manifest (`wxt.config.ts`), by name. */
export const COMMAND_HANDLERS: Record<string, (tab: Browser.tabs.Tab | undefined) => void> = {
  // Alt+Shift+N: same as the toolbar button.
  'capture-page': (tab) => void captureFromGesture(tab),
};

/** Registers the keyboard shortcut handlers. */
export function setupCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => COMMAND_HANDLERS[command]?.(tab));
}
