// @vitest-environment node
// The iOffice page readers on linkedom documents: the demo's own markup of both generations.
import { describe, expect, it } from 'vitest';
import { PageCaptureSchema } from '../../lib/capture';
import { loadDemoDocs } from '../../lib/demo/demo-docs';
import { renderDocumentPage, renderInboxPage } from '../../lib/demo/pages';
import { capturePage } from '../../lib/read/capture-page';
import { readPage } from '../../lib/read/index';
import { iofficeNewReader } from '../../lib/read/ioffice-new';
import { iofficeOldReader } from '../../lib/read/ioffice-old';
import { parsePage } from './page-fixtures';

const docs = loadDemoDocs().slice(0, 4);
const ORIGIN = 'http://127.0.0.1:4173';
const listUrl = new URL(`${ORIGIN}/qlvbdh/main?lang=vi`);
const detailUrl = (flyid: string) => new URL(`${ORIGIN}/qlvbdh/vanbanden/chitiet?flyid=${flyid}`);

describe('the older iOffice reader', () => {
  it('reads a list page as its rows: id, number, subject, detail link, attachment list; no text', () => {
    const capture = readPage(parsePage(renderInboxPage(docs)), listUrl)!;
    expect(PageCaptureSchema.parse(capture)).toEqual(capture);
    expect(capture).toMatchObject({ reader: 'ioffice-old', text: '', selection: false, truncated: false, url: listUrl.href });
    expect(capture.inbox!.site).toBe('ioffice-old');
    expect(capture.inbox!.docs).toEqual(
      docs.map((d) => ({
        id: d.flyid,
        number: d.number,
        subject: d.subject.replace(/\s+/g, ' ').trim(),
        page: `${ORIGIN}/qlvbdh/vanbanden/chitiet?flyid=${d.flyid}`,
        filesUrl: `${ORIGIN}/qlvbdh/vanbanden/dsfiledinhkem?flyid=${d.flyid}`,
      })),
    );
  });

  it('keeps only the rows of the role filter shown', () => {
    const capture = readPage(parsePage(renderInboxPage(docs, 'ph')), listUrl)!;
    expect(capture.inbox!.docs.map((d) => d.id)).toEqual(docs.filter((d) => d.role === 'ph').map((d) => d.flyid));
  });

  it('reads a document page that lists its files by script as that one document', () => {
    const doc = docs[1]!;
    const capture = readPage(parsePage(renderDocumentPage(doc, null, { listed: true })), detailUrl(doc.flyid))!;
    expect(capture).toMatchObject({ reader: 'ioffice-old', text: '' });
    expect(capture.inbox).toEqual({
      site: 'ioffice-old',
      docs: [{ id: doc.flyid, number: doc.number, subject: doc.subject.replace(/\s+/g, ' ').trim(), page: detailUrl(doc.flyid).href, filesUrl: `${ORIGIN}/qlvbdh/vanbanden/dsfiledinhkem?flyid=${doc.flyid}` }],
    });
  });

  it('finds the attachment list under a tenant path on a provincial host', () => {
    const url = new URL('https://quanlyvanban.tinh.gov.vn/sonoivu/qlvbdh/vanbanden/chitiet?flyid=9');
    const capture = readPage(parsePage(renderDocumentPage({ ...docs[0]!, flyid: '9' }, null, { listed: true })), url)!;
    expect(capture.inbox!.docs[0]!.filesUrl).toBe('https://quanlyvanban.tinh.gov.vn/sonoivu/qlvbdh/vanbanden/dsfiledinhkem?flyid=9');
  });

  it('leaves a document page that shows the directive itself to the generic reader', () => {
    const doc = docs[0]!;
    const page = parsePage(renderDocumentPage(doc));
    expect(iofficeOldReader.applies(page, detailUrl(doc.flyid))).toBe(false);
    expect(readPage(page, detailUrl(doc.flyid))!.reader).toBe('generic');
    // The same page with a hidden id and its text shown: still the text.
    const both = parsePage(renderDocumentPage(doc).replace('<div class="vb-noidung"', `<input type="hidden" name="flyid" value="${doc.flyid}"><div class="vb-noidung"`));
    expect(iofficeOldReader.read(both, detailUrl(doc.flyid), 1000)).toBeNull();
    expect(readPage(both, detailUrl(doc.flyid))!.reader).toBe('generic');
  });

  it('applies only under /qlvbdh/ and only to its list or document markup', () => {
    const list = parsePage(renderInboxPage(docs));
    expect(iofficeOldReader.applies(list, new URL('https://example.vn/vanban/main'))).toBe(false);
    expect(iofficeOldReader.applies(parsePage('<html><body><table id="dt_basic"></table></body></html>'), listUrl)).toBe(false);
    expect(iofficeOldReader.applies(list, listUrl)).toBe(true);
  });

  it('sends both the attachment links the page script drew and the document', () => {
    const doc = docs[2]!;
    const html = renderDocumentPage(doc, null, { listed: true }).replace(
      '<li class="loading">Đang tải danh sách tệp…</li>',
      '<li><a href="/qlvbdh/DownloadServlet?path=%2Fupload%2FPT_1.pdf">PT_1.pdf</a></li><li><a href="/qlvbdh/DownloadServlet?path=%2Fupload%2Fcv.pdf">cv.pdf</a></li>',
    );
    const result = capturePage(parsePage(html), detailUrl(doc.flyid));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.capture.attachments!.map((a) => a.label)).toEqual(['PT_1.pdf', 'cv.pdf']);
    expect(result.capture.inbox!.docs).toHaveLength(1);
  });
});

/** The newer app's document page as its script draws it. */
function newAppPage(files: string): string {
  return `<html><head><title>Văn bản đến</title></head><body><main id="app"><section class="vb-detail" data-id="42">
    <h2>Chi tiết văn bản đến</h2><dl><dt>Số/Ký hiệu</dt><dd class="so-ky-hieu">12/UBND-VX</dd><dt>Trích yếu</dt><dd class="trich-yeu">  V/v   báo cáo </dd></dl>
    <ul class="file-dinh-kem">${files}</ul></section></main></body></html>`;
}

describe('the newer iOffice reader', () => {
  const url = new URL('https://tinh.vnptioffice.vn/main/van-ban-den/chi-tiet/42');

  it('reads the attachment links the app drew, the phiếu trình marked', () => {
    const page = parsePage(
      newAppPage(`<li><a class="file-link" href="https://tinh-file.vnptioffice.vn/vnpt/a/PT.pdf">Phiếu trình.pdf</a><span class="tag-phieu-trinh"> Phiếu trình</span></li>
        <li><a class="file-link" href="https://tinh-file.vnptioffice.vn/vnpt/a/cv-12.pdf">cv-12.pdf</a></li>
        <li><a href="/main/van-ban-den/cho-xu-ly">Quay lại</a></li>`),
    );
    const capture = readPage(page, url)!;
    expect(PageCaptureSchema.parse(capture)).toEqual(capture);
    expect(capture).toMatchObject({ reader: 'ioffice-new', text: '' });
    expect(capture.inbox).toEqual({
      site: 'ioffice-new',
      docs: [
        {
          id: '42',
          number: '12/UBND-VX',
          subject: 'V/v báo cáo',
          page: url.href,
          files: [
            { url: 'https://tinh-file.vnptioffice.vn/vnpt/a/PT.pdf', label: 'Phiếu trình.pdf', slip: true },
            { url: 'https://tinh-file.vnptioffice.vn/vnpt/a/cv-12.pdf', label: 'cv-12.pdf', slip: false },
          ],
        },
      ],
    });
  });

  it('waits for the app: before it draws the document, or with no file link, it is not this reader', () => {
    const shell = parsePage('<html><body><main id="app"><p class="loading">Đang tải…</p></main></body></html>');
    expect(iofficeNewReader.applies(shell, url)).toBe(false);
    const noFiles = parsePage(newAppPage('<li><a href="/main/van-ban-den/cho-xu-ly">Quay lại</a></li>'));
    expect(iofficeNewReader.applies(noFiles, url)).toBe(true);
    expect(iofficeNewReader.read(noFiles, url, 1000)).toBeNull();
    expect(iofficeNewReader.applies(noFiles, new URL('https://example.vn/van-ban-den/42'))).toBe(false);
  });

  it("reads the waiting list as its rows, each asked later from the API the page itself used", () => {
    const list = new URL('https://tinh.vnptioffice.vn/main/van-ban-den/cho-xu-ly');
    const page = parsePage(`<html><body><main id="app"><table class="vb-list"><tbody>
      <tr data-id="42"><td><a href="/main/van-ban-den/chi-tiet/42">12/UBND-VX</a></td><td> V/v  báo cáo </td><td>30/11/2025</td></tr>
      <tr data-id="43"><td><a href="/main/van-ban-den/chi-tiet/43">13/UBND</a></td><td>Khác</td><td></td></tr></tbody></table></main></body></html>`);
    const withRequests = (names: string[]) =>
      Object.defineProperty(page, 'defaultView', { configurable: true, value: { performance: { getEntriesByType: () => names.map((name) => ({ name })) } } });
    withRequests(['https://tinh.vnptioffice.vn/main/static/app.js', 'https://tinh-api.vnptioffice.vn/api/v1/van-ban-den/thong-bao', 'https://tinh-api.vnptioffice.vn/api/v1/van-ban-den?trangThai=cho-xu-ly']);
    const capture = readPage(page, list)!;
    expect(PageCaptureSchema.parse(capture)).toEqual(capture);
    expect(capture.inbox).toEqual({
      site: 'ioffice-new',
      docs: [
        { id: '42', number: '12/UBND-VX', subject: 'V/v báo cáo', page: 'https://tinh.vnptioffice.vn/main/van-ban-den/chi-tiet/42', filesUrl: 'https://tinh-api.vnptioffice.vn/api/v1/van-ban-den/42' },
        { id: '43', number: '13/UBND', subject: 'Khác', page: 'https://tinh.vnptioffice.vn/main/van-ban-den/chi-tiet/43', filesUrl: 'https://tinh-api.vnptioffice.vn/api/v1/van-ban-den/43' },
      ],
    });
    // No list request seen (none made, or timing cleared): the rows, without a way to ask for files.
    withRequests([]);
    expect(readPage(page, list)!.inbox!.docs.map((d) => d.filesUrl)).toEqual([undefined, undefined]);
  });
});
