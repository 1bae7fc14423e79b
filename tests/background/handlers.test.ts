import { afterEach, describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { captureTab } from '../../entrypoints/background/capture-tab';
import { PENDING_CAPTURE_KEY } from '../../entrypoints/background/pending-capture';
import { handleCaptureTab, handleInvalidPageCaptured, handlePageCaptured, INVALID_CAPTURE_DETAIL, isExtensionPage } from '../../entrypoints/background/setup-capture';
import { COMMAND_HANDLERS } from '../../entrypoints/background/setup-commands';
import { CAPTURE_MENU_ID, createMenus, setupMenus } from '../../entrypoints/background/setup-menus';
import type { MessageSender } from '../../lib/messages';
import { PAGE_CAPTURE, createTab, fakeBrowser, fakeInjection, restoreBrowser, useChromePanel } from './browser-fakes';

afterEach(restoreBrowser);

const PANEL: MessageSender = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html?tab=3` };

describe('message handlers', () => {
  it('accepts captureTab from extension pages only', async () => {
    expect(isExtensionPage(PANEL)).toBe(true);
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 1 } as never })).toBe(false);
    await expect(handleCaptureTab({}, { id: fakeBrowser.runtime.id, url: 'https://evil.example/' })).rejects.toThrow(/only extension pages/);
  });

  it('captureTab reads the asked tab', async () => {
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    fakeInjection(() => PAGE_CAPTURE);
    await expect(handleCaptureTab({ tabId: tab.id }, PANEL)).resolves.toEqual(PAGE_CAPTURE);
  });

  it('pageCaptured settles the capture awaited for the sending tab', async () => {
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
      await handlePageCaptured(PAGE_CAPTURE, { id: fakeBrowser.runtime.id, tab: { id: tab.id } as never, frameId: 0 });
      return [];
    }) as never);
    await expect(captureTab(tab.id)).resolves.toEqual(PAGE_CAPTURE);
    expect(await storage.getItem(PENDING_CAPTURE_KEY)).toBeNull();
  });

  it('pageCaptured nobody waits for (the worker restarted) is kept for the panel', async () => {
    await handlePageCaptured(PAGE_CAPTURE, { id: fakeBrowser.runtime.id, tab: { id: 41 } as never, frameId: 0 });
    expect(await storage.getItem(PENDING_CAPTURE_KEY)).toMatchObject({ result: PAGE_CAPTURE });
  });

  it('an invalid pageCaptured fails the capture awaited for that tab at once', async () => {
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
      await handleInvalidPageCaptured({ id: fakeBrowser.runtime.id, tab: { id: tab.id } as never, frameId: 0 });
      return [];
    }) as never);
    await expect(captureTab(tab.id)).resolves.toEqual({ ok: false, reason: 'failed', detail: INVALID_CAPTURE_DETAIL });
  });

  it('an invalid pageCaptured from elsewhere settles nothing and does not throw', async () => {
    await expect(handleInvalidPageCaptured({ id: 'other', tab: { id: 1 } as never, frameId: 0 })).resolves.toBeUndefined();
    expect(await storage.getItem(PENDING_CAPTURE_KEY)).toBeNull();
  });

  it.each([
    ['no tab', { id: fakeBrowser.runtime.id }],
    ['a sub-frame', { id: fakeBrowser.runtime.id, tab: { id: 1 }, frameId: 3 }],
    ['another extension', { id: 'other', tab: { id: 1 }, frameId: 0 }],
  ])('pageCaptured from %s is refused', async (_name, sender) => {
    await expect(handlePageCaptured(PAGE_CAPTURE, sender as MessageSender)).rejects.toThrow(/not from a tab/);
  });
});

describe('menus and commands', () => {
  it('creates one menu item on pages, selections and links', async () => {
    const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined as never);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(CAPTURE_MENU_ID as never);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => (name === 'captureAction' ? 'Trích xuất việc cần làm' : '')) as never);
    await createMenus();
    expect(removeAll).toHaveBeenCalledBefore(create);
    expect(create).toHaveBeenCalledWith({ id: CAPTURE_MENU_ID, title: 'Trích xuất việc cần làm', contexts: ['page', 'selection', 'link'] });
  });

  it('a menu click captures the tab, with the selection as fallback', async () => {
    let onClicked: ((info: object, tab: object) => void) | undefined;
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((l: typeof onClicked) => (onClicked = l)) as never);
    setupMenus();
    const open = useChromePanel();
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    fakeInjection(() => PAGE_CAPTURE);
    onClicked!({ menuItemId: CAPTURE_MENU_ID, selectionText: 'Giao' }, tab);
    expect(open).toHaveBeenCalledWith({ tabId: tab.id });
    await vi.waitFor(async () => expect(await storage.getItem(PENDING_CAPTURE_KEY)).toMatchObject({ result: PAGE_CAPTURE }));
  });

  it('the shortcut named in the manifest has a handler', async () => {
    const { default: config } = await import('../../wxt.config');
    const manifest = await (config.manifest as (env: object) => Promise<{ commands: Record<string, unknown> }>)({ mode: 'production', manifestVersion: 3, browser: 'chrome', command: 'build' });
    expect(Object.keys(manifest.commands)).toEqual(Object.keys(COMMAND_HANDLERS));
  });
});
