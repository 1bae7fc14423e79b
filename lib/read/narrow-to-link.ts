import type { CaptureResult } from '../capture';

/**
 * A capture narrowed to the one document whose page `linkUrl` is — a context-menu click on a list
 * row's link means that row — or the capture unchanged when no document of it has that page.
 */
export function narrowToLink(result: CaptureResult, linkUrl: string | undefined): CaptureResult {
  if (!linkUrl || !result.ok || !result.capture.inbox) return result;
  const doc = result.capture.inbox.docs.find((d) => d.page === linkUrl);
  return doc ? { ok: true, capture: { ...result.capture, inbox: { ...result.capture.inbox, docs: [doc] } } } : result;
}
