import { afterEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { PendingCaptureSchema } from '../../lib/capture';
import { captureFromGesture } from '../../entrypoints/background/capture-from-gesture';
import { PENDING_CAPTURE_KEY } from '../../entrypoints/background/pending-capture';
import { PAGE_CAPTURE, createTab, fakeInjection, restoreBrowser, useChromePanel, useFirefoxSidebar } from './browser-fakes';

afterEach(restoreBrowser);

async function pending() {
  return PendingCaptureSchema.parse(await storage.getItem(PENDING_CAPTURE_KEY));
}

describe('captureFromGesture (toolbar, shortcut, menu)', () => {
  it('opens the side panel before anything is awaited, then stores the capture for the panel', async () => {
    const open = useChromePanel();
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    const inject = fakeInjection(() => PAGE_CAPTURE);
    const done = captureFromGesture(tab);
    // Synchronously, still inside the user gesture: the panel is asked to open, nothing injected yet.
    expect(open).toHaveBeenCalledWith({ tabId: tab.id });
    expect(inject).not.toHaveBeenCalled();
    await expect(done).resolves.toEqual(PAGE_CAPTURE);
    const stored = await pending();
    expect(stored.result).toEqual(PAGE_CAPTURE);
    expect(stored.at).toBeGreaterThan(0);
  });

  it('opens the Firefox sidebar instead', async () => {
    const open = useFirefoxSidebar();
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    fakeInjection(() => PAGE_CAPTURE);
    const done = captureFromGesture(tab);
    expect(open).toHaveBeenCalledWith();
    await done;
  });

  it('still captures when the panel refuses to open', async () => {
    const open = useChromePanel();
    open.mockImplementation(async () => {
      throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
    });
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    fakeInjection(() => PAGE_CAPTURE);
    await expect(captureFromGesture(tab)).resolves.toEqual(PAGE_CAPTURE);
    expect((await pending()).result).toEqual(PAGE_CAPTURE);
  });

  it('stores a failure too, so the panel can explain it', async () => {
    useChromePanel();
    const tab = await createTab({ url: 'chrome://settings/' });
    await captureFromGesture(tab);
    expect((await pending()).result).toMatchObject({ ok: false, reason: 'unsupported-page' });
  });

  it("falls back to the menu's selectionText when the page cannot be read", async () => {
    useChromePanel();
    const tab = await createTab({ url: 'http://127.0.0.1/van-ban.pdf' });
    fakeInjection(() => new Error('Cannot access contents of the page.'));
    await captureFromGesture(tab, { selectionText: '  Giao Sở Y tế chủ trì  ' });
    expect((await pending()).result).toEqual({
      ok: true,
      capture: { text: 'Giao Sở Y tế chủ trì', selection: true, truncated: false, url: 'http://127.0.0.1/van-ban.pdf', title: '', reader: 'selection' },
    });
  });
});
