// The selection reader on happy-dom documents, which implement Selection (linkedom does not).
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/read/index';
import { PAGE_URL } from './page-fixtures';

describe('the selection reader', () => {
  function selectIn(doc: Document, selector: string, from: number, to: number): void {
    const node = doc.querySelector(selector)!.firstChild!;
    const range = doc.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
  }
  /** The test window's own document: a parsed one has no window, hence no working Selection. */
  function loadPage(): Document {
    document.title = 'Trang';
    document.body.innerHTML = `<nav>Menu</nav>
      <div id="text">Giao Sở Tài chính chủ trì, báo cáo trước ngày 30/4/2024.</div><p id="other">Đoạn khác của trang.</p>`;
    document.getSelection()!.removeAllRanges();
    return document;
  }

  it('reads the selection when there is one', () => {
    const doc = loadPage();
    selectIn(doc, '#text', 0, 34);
    expect(readPage(doc, PAGE_URL)).toEqual({
      text: 'Giao Sở Tài chính chủ trì, báo cáo',
      selection: true,
      truncated: false,
      url: PAGE_URL.href,
      title: 'Trang',
      reader: 'selection',
    });
  });

  it('reads the page when the selection is a stray word', () => {
    const doc = loadPage();
    selectIn(doc, '#text', 0, 4);
    expect(readPage(doc, PAGE_URL)).toMatchObject({ reader: 'generic', selection: false });
  });

  it('reads the page when nothing is selected', () => {
    expect(readPage(loadPage(), PAGE_URL)).toMatchObject({ reader: 'generic' });
  });
});

