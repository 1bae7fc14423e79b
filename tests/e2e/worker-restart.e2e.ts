// An MV3 service worker is stopped by Chrome whenever it idles, and its alarms may be lost: here
// the worker alone is stopped (its DevTools target closed, as Chrome's idle timer does), with the
// browser and its pages left running. The next event that wakes it must rebuild the alarms from
// the database, with nothing else asking.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { reminderHooks, saveDueTasks, setReminderSettings } from '../../lib/demo/reminder-bench';
import { DEFAULT_REMINDER_SETTINGS } from '../../lib/reminders/reminder-settings';
import { createProfile, launchTestBrowser } from './harness';

const DAY = 86_400_000;
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toLocaleDateString('sv');

/** The extension's service worker targets (none while it is stopped). */
async function workerTargets(cdp: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(extensionId)).map((t) => t.targetId);
}

describe('the service worker stopped on its own', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchTestBrowser(profile.dir);
    await setReminderSettings(browser.serviceWorker, { ...DEFAULT_REMINDER_SETTINGS, quietHours: null });
  });
  afterAll(async () => {
    await browser?.close();
    profile.remove();
  });

  it('rebuilds cleared alarms from the database when the next event wakes it', async () => {
    await saveDueTasks(browser.serviceWorker, '9/UBND-NH', [{ title: 'Báo cáo quý', due: isoDay(10) }]);
    const names = async () => (await reminderHooks(browser.serviceWorker).alarms()).map((a) => a.name).sort();
    expect(await names()).toEqual(['nhac-viec-midnight', 'nhac-viec-reminder']);
    await browser.serviceWorker.evaluate('chrome.alarms.clearAll()');
    expect(await names()).toEqual([]);

    // An extension page stays open: it reads the alarms and sends the waking message.
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    const cdp = await browser.context.newCDPSession(page);
    const [worker] = await workerTargets(cdp, browser.extensionId);
    expect(worker).toBeTruthy();
    // Closing the target stops the worker; a close that lands while it is busy (the options page
    // loading its settings) is asked again until no worker is left.
    const stopWorker = async () => {
      for (const targetId of await workerTargets(cdp, browser.extensionId)) await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      return workerTargets(cdp, browser.extensionId);
    };
    await expect.poll(stopWorker, { timeout: 20_000, interval: 500 }).toEqual([]);
    const pageAlarms = async () => ((await page.evaluate('chrome.alarms.getAll()')) as { name: string }[]).map((a) => a.name).sort();

    // Any event starts the worker again; a message is the simplest one to send, and it is sent again
    // while the alarms are still missing (a message that lands while Chrome is still tearing the old
    // worker down may be dropped). The options page's own messages may already have woken it: the
    // alarms cleared above can only have come back through that rebuild, which is what is checked.
    const wakeAndRead = async () => {
      const alarms = await pageAlarms();
      if (alarms.length === 0) await page.evaluate('chrome.runtime.sendMessage({ wake: true }).catch(() => null)');
      return alarms;
    };
    await expect.poll(wakeAndRead, { timeout: 20_000, interval: 500 }).toEqual(['nhac-viec-midnight', 'nhac-viec-reminder']);
    await page.close();
  }, 60_000);
});
