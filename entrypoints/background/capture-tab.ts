import { browser, type Browser } from 'wxt/browser';
import type { CaptureFailure, CaptureResult } from '../../lib/capture';

/** The capture script, built from `entrypoints/capture.ts` (an unlisted script: injected on demand only). */
export const CAPTURE_SCRIPT = '/capture.js';

/** A page that has not answered by then is reported as failed (a 5 MB page reads in well under a second). */
export const CAPTURE_TIMEOUT_MS = 15_000;

/** Pages a script may be injected into; the others (browser pages, stores, viewers) are not read. */
const READABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

/** Captures awaited per tab, settled when that tab's capture script reports (see `settleCapture`). */
const waiting = new Map<number, Set<(result: CaptureResult) => void>>();

/** Builds a failed result with a Vietnamese detail for the panel. */
export function captureFailure(reason: CaptureFailure, detail: string): CaptureResult {
  return { ok: false, reason, detail: detail.slice(0, 500) };
}

/**
 * Settles the captures awaited for `tabId` with what its capture script sent. Returns false when
 * nobody was waiting (the worker restarted in between), so the caller can keep the result anyway.
 */
export function settleCapture(tabId: number, result: CaptureResult): boolean {
  const settle = waiting.get(tabId);
  if (!settle) return false;
  waiting.delete(tabId);
  for (const resolve of settle) resolve(result);
  return true;
}

function awaitCapture(tabId: number): { promise: Promise<CaptureResult>; cancel(): void } {
  let resolve!: (result: CaptureResult) => void;
  const promise = new Promise<CaptureResult>((r) => (resolve = r));
  const set = waiting.get(tabId) ?? new Set();
  waiting.set(tabId, set.add(resolve));
  const cancel = () => {
    set.delete(resolve);
    if (!set.size && waiting.get(tabId) === set) waiting.delete(tabId);
  };
  const timer = setTimeout(() => {
    cancel();
    resolve(captureFailure('failed', 'Trang không trả lời kịp. Hãy tải lại trang rồi thử lại.'));
  }, CAPTURE_TIMEOUT_MS);
  return { promise: promise.finally(() => clearTimeout(timer)), cancel };
}

async function findTab(tabId: number | undefined): Promise<Browser.tabs.Tab | null> {
  if (tabId !== undefined) return browser.tabs.get(tabId).catch(() => null);
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active ?? null;
}

/** Names the reason an injection was refused, from the browsers' error messages. */
export function classifyInjectionError(message: string, urlKnown: boolean): CaptureFailure {
  if (/cannot be scripted|extensions gallery|Cannot access a (?:chrome|edge|about|devtools)|chrome-extension:|moz-extension:|about:|view-source:/i.test(message))
    return 'unsupported-page';
  if (/No tab with id|Invalid tab ID|tab was closed/i.test(message)) return 'no-tab';
  if (/permission|Cannot access contents|Cannot access the page|host/i.test(message) || !urlKnown) return 'no-access';
  return 'failed';
}

const FAILURE_DETAIL: Record<CaptureFailure, string> = {
  'no-tab': 'Không tìm thấy thẻ cần đọc.',
  'no-access': 'Tiện ích chưa được phép đọc trang này.',
  'unsupported-page': 'Trang này không đọc được (trang của trình duyệt hoặc cửa hàng tiện ích).',
  'no-text': 'Trang này không có chữ để đọc.',
  failed: 'Không đọc được trang.',
};

/**
 * Reads a tab (the given one, else the active tab of the last focused window): injects the capture
 * script, which reads the page through `lib/read` and sends one `pageCaptured` message, and
 * resolves with that result. Never throws: no tab, no access (no toolbar click or granted host
 * yet), a browser page or a page that does not answer each become a failed result.
 */
export async function captureTab(tabId?: number): Promise<CaptureResult> {
  const tab = await findTab(tabId);
  if (tab?.id === undefined || tab.id < 0) return captureFailure('no-tab', FAILURE_DETAIL['no-tab']);
  // Without access to the tab the browser hides its URL; with it, a browser page is told apart early.
  if (tab.url && !READABLE_PROTOCOLS.has(new URL(tab.url).protocol)) return captureFailure('unsupported-page', FAILURE_DETAIL['unsupported-page']);
  const capture = awaitCapture(tab.id);
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CAPTURE_SCRIPT] });
  } catch (error) {
    capture.cancel();
    // A PDF open in the browser's viewer may refuse the script: the panel fetches the file itself.
    const pdf = pdfTabCapture(tab);
    if (pdf) return pdf;
    const message = error instanceof Error ? error.message : String(error);
    const reason = classifyInjectionError(message, !!tab.url);
    return captureFailure(reason, reason === 'failed' ? `${FAILURE_DETAIL.failed} ${message}` : FAILURE_DETAIL[reason]);
  }
  return capture.promise;
}

/** A tab showing a PDF (its URL ends in .pdf): a capture with no text and the file as its one attachment. */
function pdfTabCapture(tab: Browser.tabs.Tab): CaptureResult | null {
  if (!tab.url) return null;
  const url = new URL(tab.url);
  if (!/^https?:$/.test(url.protocol) || !/\.pdf$/i.test(url.pathname)) return null;
  let name = url.pathname.split('/').pop() || 'tệp PDF';
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it encoded
  }
  return {
    ok: true,
    capture: { text: '', selection: false, truncated: false, url: tab.url.slice(0, 4096), title: (tab.title ?? '').slice(0, 1000), reader: 'attachments', attachments: [{ url: tab.url.slice(0, 4096), label: name.slice(0, 200) }] },
  };
}
