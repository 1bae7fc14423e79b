import type { Browser } from 'wxt/browser';
import { MAX_CAPTURE_CHARS, MAX_CAPTURE_TITLE, MAX_CAPTURE_URL, type CaptureResult } from '../../lib/capture';
import { narrowToLink } from '../../lib/read/narrow-to-link';
import { captureTab } from './capture-tab';
import { openPanel } from './open-panel';
import { storePendingCapture } from './pending-capture';

/** What the context menu knows besides the tab. */
export interface GestureContext {
  /** `info.selectionText` of a menu click on a selection. */
  selectionText?: string;
  /** `info.linkUrl` of a menu click on a link: on an inbox list, that row's document is read. */
  linkUrl?: string;
}

/**
 * The toolbar button, the shortcut and the context menu all land here: open the panel first,
 * synchronously (still inside the user gesture), then read the tab (the gesture granted
 * activeTab) and leave the result in session storage, where the panel picks it up.
 * A selection that cannot be read from the page (a PDF viewer, a page closed to scripts) falls
 * back to the menu's `selectionText`, which the browser gives without line breaks.
 */
export async function captureFromGesture(tab: Browser.tabs.Tab | undefined, context: GestureContext = {}): Promise<CaptureResult> {
  openPanel(tab);
  let result = narrowToLink(await captureTab(tab?.id), context.linkUrl);
  const selection = context.selectionText?.trim();
  // A page that could not be read, or a PDF tab known only by its URL (no text): the selection wins.
  if (selection && (!result.ok || !result.capture.text.trim())) result = selectionResult(selection, tab);
  await storePendingCapture(result);
  return result;
}

function selectionResult(text: string, tab: Browser.tabs.Tab | undefined): CaptureResult {
  return {
    ok: true,
    capture: {
      text: text.slice(0, MAX_CAPTURE_CHARS),
      selection: true,
      truncated: text.length > MAX_CAPTURE_CHARS,
      url: (tab?.url ?? '').slice(0, MAX_CAPTURE_URL),
      title: (tab?.title ?? '').slice(0, MAX_CAPTURE_TITLE),
      reader: 'selection',
    },
  };
}
