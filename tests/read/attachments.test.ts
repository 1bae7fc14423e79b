// @vitest-environment node
// Attachment links on linkedom documents: what the capture script offers the side panel.
import { describe, expect, it } from 'vitest';
import { PageCaptureSchema } from '../../lib/capture';
import { loadDemoDocs } from '../../lib/demo/demo-docs';
import { renderDocumentPage } from '../../lib/demo/pages';
import { collectAttachments, isAttachmentUrl, MAX_ATTACHMENTS } from '../../lib/read/attachments';
import { capturePage } from '../../lib/read/capture-page';
import { PAGE_URL, parsePage } from './page-fixtures';

const page = (body: string) => parsePage(`<!doctype html><html><head><title>Văn bản</title></head><body>${body}</body></html>`);

describe('collectAttachments', () => {
  it('keeps links to .pdf, .docx, .doc and .zip as absolute URLs with their text', () => {
    const doc = page(`
      <a href="/files/cv%20123.pdf">Công văn 123</a>
      <a href="files/kh.DOCX?v=2">  Kế hoạch
        số 45 </a>
      <a href="https://other.gov.vn/a/old.doc"></a>
      <a href="/goi.zip#top">Gói văn bản</a>
      <a href="/qlvbdh/download?flyid=1&file=qd-7.pdf">Tải về</a>
      <a href="/trang.html">Trang</a>
      <a href="/anh.png">Ảnh</a>
      <a href="mailto:a@b.vn">thư.pdf</a>
      <a href="javascript:void('x.pdf')">x</a>`);
    expect(collectAttachments(doc, PAGE_URL)).toEqual([
      { url: 'http://127.0.0.1:4173/files/cv%20123.pdf', label: 'Công văn 123' },
      { url: 'http://127.0.0.1:4173/qlvbdh/vanbanden/files/kh.DOCX?v=2', label: 'Kế hoạch số 45' },
      { url: 'https://other.gov.vn/a/old.doc', label: 'old.doc' },
      { url: 'http://127.0.0.1:4173/goi.zip', label: 'Gói văn bản' },
      { url: 'http://127.0.0.1:4173/qlvbdh/download?flyid=1&file=qd-7.pdf', label: 'Tải về' },
    ]);
  });

  it('drops duplicates and stops at the limit', () => {
    const links = Array.from({ length: 80 }, (_, i) => `<a href="/f/${i % 70}.pdf">Tệp ${i}</a>`).join('');
    const found = collectAttachments(page(links), PAGE_URL);
    expect(found).toHaveLength(MAX_ATTACHMENTS);
    expect(new Set(found.map((a) => a.url)).size).toBe(MAX_ATTACHMENTS);
    expect(found[0]).toEqual({ url: 'http://127.0.0.1:4173/f/0.pdf', label: 'Tệp 0' });
  });

  it('reports a PDF open in the viewer as its own single attachment', () => {
    const url = new URL('https://vanban.gov.vn/files/chi-thi-05.pdf');
    expect(collectAttachments(page('<embed type="application/pdf">'), url)).toEqual([{ url: url.href, label: 'chi-thi-05.pdf' }]);
    expect(isAttachmentUrl(new URL('https://vanban.gov.vn/files/chi-thi-05.html'))).toBe(false);
  });
});

describe('capturePage with attachments', () => {
  it('adds the links to a page capture, which stays valid', () => {
    const result = capturePage(page('<p>Nội dung trang có chữ để đọc.</p><a href="/a.pdf">Tệp A</a>'), PAGE_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.capture.attachments).toEqual([{ url: 'http://127.0.0.1:4173/a.pdf', label: 'Tệp A' }]);
    expect(PageCaptureSchema.safeParse(result.capture).success).toBe(true);
  });

  it('leaves the field out when the page links no file', () => {
    const result = capturePage(page('<p>Nội dung trang có chữ để đọc.</p>'), PAGE_URL);
    expect(result.ok && 'attachments' in result.capture).toBe(false);
  });

  it('captures a PDF tab with empty text and the file as its attachment', () => {
    const url = new URL('http://127.0.0.1:4173/files/qd.pdf');
    const result = capturePage(page(''), url);
    expect(result).toMatchObject({ ok: true, capture: { text: '', attachments: [{ url: url.href, label: 'qd.pdf' }] } });
    if (result.ok) expect(PageCaptureSchema.safeParse(result.capture).success).toBe(true);
  });

  it('finds the download link of a demo detail page served with a PDF', () => {
    const doc = loadDemoDocs()[0]!;
    const found = collectAttachments(parsePage(renderDocumentPage(doc, `${doc.stem}.pdf`)), PAGE_URL);
    expect(found).toEqual([
      { url: `http://127.0.0.1:4173/qlvbdh/download?flyid=${doc.flyid}&file=${encodeURIComponent(`${doc.stem}.pdf`)}`, label: `${doc.stem}.pdf` },
    ]);
  });
});
