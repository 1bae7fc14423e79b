import { storage } from 'wxt/utils/storage';

/**
 * Instant (epoch ms) up to which reminders have been given. Kept across browser restarts: the
 * reminders between it and the next start are the catch-up. Absent on a fresh install, which
 * owes nothing from before it.
 */
export const lastReminderRunItem = storage.defineItem<number>('local:reminderLastRun');

/** The task the side panel should show when it opens (a notification was clicked), and when it was asked. */
export interface FocusRequest {
  taskId: number | null;
  at: number;
}

/** Session item the side panel reads and watches: see `FocusRequest`. */
export const focusTaskItem = storage.defineItem<FocusRequest>('session:focusTask');

/** A focus request older than this was meant for a panel that never opened. */
export const FOCUS_FRESH_MS = 5 * 60_000;

/** `value` as a fresh focus request, or null. Checked by hand: the panel reads it without Zod. */
export function readFocusRequest(value: unknown, now: number): FocusRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { taskId, at } = value as Record<string, unknown>;
  if (typeof at !== 'number' || now - at > FOCUS_FRESH_MS || at > now + 60_000) return null;
  if (taskId !== null && !(Number.isInteger(taskId) && (taskId as number) > 0)) return null;
  return { taskId: taskId as number | null, at };
}
