import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAPTURE_SCRIPT, CAPTURE_TIMEOUT_MS, captureTab, classifyInjectionError } from '../../entrypoints/background/capture-tab';
import { PAGE_CAPTURE, createTab, fakeInjection, restoreBrowser } from './browser-fakes';

afterEach(() => {
  vi.useRealTimers();
  restoreBrowser();
});

describe('captureTab', () => {
  it('injects the capture script into the tab and answers with what it sent', async () => {
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    const inject = fakeInjection(() => PAGE_CAPTURE);
    await expect(captureTab(tab.id)).resolves.toEqual(PAGE_CAPTURE);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: [CAPTURE_SCRIPT] });
  });

  it('says no-access when the browser refuses the injection', async () => {
    const tab = await createTab({});
    fakeInjection(() => new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    await expect(captureTab(tab.id)).resolves.toMatchObject({ ok: false, reason: 'no-access' });
  });

  it('offers a PDF tab the browser will not script as its own attachment, with no text', async () => {
    const tab = await createTab({ url: 'https://vanban.gov.vn/files/chi-thi-05.pdf' });
    fakeInjection(() => new Error('Cannot access contents of the page.'));
    await expect(captureTab(tab.id)).resolves.toMatchObject({
      ok: true,
      capture: { text: '', reader: 'attachments', attachments: [{ url: 'https://vanban.gov.vn/files/chi-thi-05.pdf', label: 'chi-thi-05.pdf' }] },
    });
  });

  it('does not try browser pages', async () => {
    const tab = await createTab({ url: 'chrome://extensions/' });
    const inject = fakeInjection(() => PAGE_CAPTURE);
    await expect(captureTab(tab.id)).resolves.toMatchObject({ ok: false, reason: 'unsupported-page' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('says no-tab for a tab that does not exist', async () => {
    fakeInjection(() => PAGE_CAPTURE);
    await expect(captureTab(999)).resolves.toMatchObject({ ok: false, reason: 'no-tab' });
  });

  it('gives up on a page that never answers', async () => {
    vi.useFakeTimers();
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    fakeInjection(() => 'silent');
    const result = captureTab(tab.id);
    await vi.advanceTimersByTimeAsync(CAPTURE_TIMEOUT_MS + 1);
    await expect(result).resolves.toMatchObject({ ok: false, reason: 'failed' });
  });

  it('answers two captures of the same tab at once', async () => {
    const tab = await createTab({ url: 'http://127.0.0.1/vb' });
    fakeInjection(() => PAGE_CAPTURE);
    await expect(Promise.all([captureTab(tab.id), captureTab(tab.id)])).resolves.toEqual([PAGE_CAPTURE, PAGE_CAPTURE]);
  });
});

describe('classifyInjectionError', () => {
  it.each([
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', true, 'no-access'],
    ['Missing host permission for the tab', true, 'no-access'],
    ['Cannot access a chrome:// URL', true, 'unsupported-page'],
    ['The extensions gallery cannot be scripted.', true, 'unsupported-page'],
    ['No tab with id: 12.', true, 'no-tab'],
    ['Frame with ID 0 was removed.', true, 'failed'],
    ['Frame with ID 0 was removed.', false, 'no-access'],
  ] as const)('%j → %s', (message, urlKnown, reason) => {
    expect(classifyInjectionError(message, urlKnown)).toBe(reason);
  });
});
