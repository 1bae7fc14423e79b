// "Trích xuất việc cần làm" on a list row's link: the capture of the list page is narrowed to that
// row's document, which the side panel then reads at once (one document, like a detail page).
import { afterEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { PendingCaptureSchema, type CaptureResult } from '../../lib/capture';
import { narrowToLink } from '../../lib/read/narrow-to-link';
import { captureFromGesture } from '../../entrypoints/background/capture-from-gesture';
import { PENDING_CAPTURE_KEY } from '../../entrypoints/background/pending-capture';
import { PAGE_CAPTURE, createTab, fakeInjection, restoreBrowser, useChromePanel } from '../background/browser-fakes';

afterEach(restoreBrowser);

const LIST = 'http://127.0.0.1/qlvbdh/main?lang=vi';
const row = (id: string) => ({
  id,
  number: `${id}/UBND`,
  subject: `Văn bản ${id}`,
  page: `http://127.0.0.1/qlvbdh/vanbanden/chitiet?flyid=${id}`,
  filesUrl: `http://127.0.0.1/qlvbdh/vanbanden/dsfiledinhkem?flyid=${id}`,
});
const LIST_CAPTURE: CaptureResult = {
  ok: true,
  capture: { text: '', selection: false, truncated: false, url: LIST, title: 'Văn bản đến', reader: 'ioffice-old', inbox: { site: 'ioffice-old', docs: [row('1'), row('2'), row('3')] } },
};

describe('narrowToLink', () => {
  it("keeps only the document whose page is the link's", () => {
    const narrowed = narrowToLink(LIST_CAPTURE, row('2').page);
    expect(narrowed.ok && narrowed.capture.inbox).toEqual({ site: 'ioffice-old', docs: [row('2')] });
    expect(narrowed.ok && narrowed.capture.url).toBe(LIST);
  });

  it('leaves the capture alone for another link, no link, a page without documents or a failure', () => {
    expect(narrowToLink(LIST_CAPTURE, 'http://127.0.0.1/qlvbdh/lichcongtac')).toBe(LIST_CAPTURE);
    expect(narrowToLink(LIST_CAPTURE, undefined)).toBe(LIST_CAPTURE);
    expect(narrowToLink(PAGE_CAPTURE, row('2').page)).toBe(PAGE_CAPTURE);
    const failure: CaptureResult = { ok: false, reason: 'no-text', detail: '' };
    expect(narrowToLink(failure, row('2').page)).toBe(failure);
  });
});

describe('the context menu on a list row link', () => {
  it('stores the list capture narrowed to that row for the panel', async () => {
    useChromePanel();
    const tab = await createTab({ url: LIST });
    fakeInjection(() => LIST_CAPTURE);
    await captureFromGesture(tab, { linkUrl: row('3').page });
    const stored = PendingCaptureSchema.parse(await storage.getItem(PENDING_CAPTURE_KEY));
    expect(stored.result.ok && stored.result.capture.inbox!.docs).toEqual([row('3')]);
  });
});
