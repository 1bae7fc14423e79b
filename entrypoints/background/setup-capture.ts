import { browser } from 'wxt/browser';
import { onMessage, type MessageSender } from '../../lib/messages';
import type { CaptureResult } from '../../lib/capture';
import { captureFailure, captureTab, settleCapture } from './capture-tab';
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

/** What the panel says when a capture script sent something that is not a valid `CaptureResult`. */
export const INVALID_CAPTURE_DETAIL = 'Kết quả đọc trang không hợp lệ.';

/**
 * A `pageCaptured` payload that failed its schema (the capture script does not validate what it
 * sends): the capture awaited for that tab fails at once instead of waiting for the timeout.
 */
export async function handleInvalidPageCaptured(sender: MessageSender): Promise<void> {
  // Not from a tab's top frame: nothing waits for it, and the sender is refused all the same.
  await handlePageCaptured(captureFailure('failed', INVALID_CAPTURE_DETAIL), sender).catch(() => {});
}

/** `captureTab` (side panel → background): reads the given or active tab and answers with the result. */
export async function handleCaptureTab(data: { tabId?: number }, sender: MessageSender): Promise<CaptureResult> {
  if (!isExtensionPage(sender)) throw new Error('captureTab: only extension pages may ask');
  return captureTab(data.tabId);
}

/** Registers the capture message handlers. */
export function setupCapture(): void {
  onMessage('pageCaptured', handlePageCaptured, { onInvalid: (_error, sender) => handleInvalidPageCaptured(sender) });
  onMessage('captureTab', handleCaptureTab);
}
