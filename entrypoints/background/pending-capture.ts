import { storage } from 'wxt/utils/storage';
import { PendingCaptureSchema, type CaptureResult, type PendingCapture } from '../../lib/capture';

/** Session item the side panel watches: the latest capture started outside the panel. */
export const PENDING_CAPTURE_KEY = 'session:pendingCapture';

/** Stores a capture for the side panel (validated first: it carries page text). */
export async function storePendingCapture(result: CaptureResult, at: number = Date.now()): Promise<PendingCapture> {
  const pending = PendingCaptureSchema.parse({ result, at });
  await storage.setItem<PendingCapture>(PENDING_CAPTURE_KEY, pending);
  return pending;
}
