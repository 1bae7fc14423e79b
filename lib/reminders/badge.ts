import { browser } from 'wxt/browser';
import type { StoredTask } from '../db/types';

/** Open tasks due on or before `today` (overdue + due today): the toolbar badge's count. */
export function badgeCount(openDated: readonly Pick<StoredTask, 'due' | 'done'>[], today: string): number {
  return openDated.filter((t) => !t.done && t.due !== null && t.due <= today).length;
}

/** The badge text for a count: empty for none, "99+" past 99 (the badge holds about four characters). */
export const badgeText = (count: number) => (count === 0 ? '' : count > 99 ? '99+' : String(count));

/** Shows the count on the toolbar button (MV2 Firefox calls it browserAction). */
export async function setBadge(count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ color: '#c5221f' });
  await action.setBadgeText({ text: badgeText(count) });
}
