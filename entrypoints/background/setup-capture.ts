import { browser } from 'wxt/browser';
import { onMessage, type MessageSender } from '../../lib/messages';
import type { CaptureResult } from '../../lib/capture';
import { captureTab, settleCapture } from './capture-tab';
import { storePendingCapture } from './pending-capture';

/** True for a message from one of the extension's own pages (side panel, options), not a tab's script. */
export function isExtensionPage(sender: MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/**
 * `pageCaptured` (capture script → background): payload already validated by `onMessage`; only
 * the top frame of a tab may send it. It settles the capture awaited for that tab; if the worker
 * restarted in between and nobody waits, the result is kept for the panel all the same.
 */
export async function handlePageCaptured(result: CaptureResult, sender: MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || (sender.frameId ?? 0) !== 0) throw new Error('pageCaptured: not from a tab');
  if (!settleCapture(tabId, result)) await storePendingCapture(result);
}

/** `captureTab` (side panel → background): reads the given or active tab and answers with the result. */
export async function handleCaptureTab(data: { tabId?: number }, sender: MessageSender): Promise<CaptureResult> {
  if (!isExtensionPage(sender)) throw new Error('captureTab: only extension pages may ask');
  return captureTab(data.tabId);
}

/** Registers the capture message handlers. */
export function setupCapture(): void {
  onMessage('pageCaptured', handlePageCaptured);
  onMessage('captureTab', handleCaptureTab);
}
