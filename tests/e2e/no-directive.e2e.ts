// (c) A page without a directive says so plainly (and offers to paste text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { PANEL, openPanelPage } from '../../lib/demo/panel-driver';
import { createProfile, e2e, launchTestBrowser, openDemoTab } from './harness';

describe('a page without a directive', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchTestBrowser(profile.dir);
  });
  afterAll(async () => {
    await browser?.close();
    profile.remove();
  });

  it('shows the no-directive message instead of a review', async () => {
    const { tabId } = await openDemoTab(browser, e2e().noDirectiveUrl);
    const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
    await panel.locator(PANEL.capture).click();
    await panel.locator(PANEL.noDirective).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await panel.locator(PANEL.review).count()).toBe(0);
    expect(await panel.locator(PANEL.noDirective).innerText()).not.toBe('');
  });
});
