import { browser } from 'wxt/browser';
import type { NotificationContent } from './notification-content';

/** What each notification id last showed, in this worker's life (the browser can list ids only). */
const shown = new Map<string, NotificationContent>();

/** The content last shown under `id` by this worker, for the browser tests. */
export const shownNotification = (id: string): NotificationContent | null => shown.get(id) ?? null;

/**
 * Shows a notification (replacing one with the same id). Chrome gets the buttons and the summary's
 * list; Firefox shows neither, so it gets the plain form (a click still opens the task).
 */
export async function showNotification(content: NotificationContent): Promise<void> {
  shown.set(content.id, content);
  const firefox = import.meta.env.FIREFOX;
  const list = !firefox && content.items?.length;
  await browser.notifications.create(content.id, {
    type: list ? 'list' : 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: content.title,
    message: content.message,
    ...(content.contextMessage && !firefox ? { contextMessage: content.contextMessage } : {}),
    ...(list ? { items: content.items } : {}),
    ...(content.buttons && !firefox ? { buttons: content.buttons } : {}),
    // Chrome keeps a priority-2 notification on screen longer (Firefox has no such option).
    ...(firefox ? {} : { priority: 2 }),
  });
}
