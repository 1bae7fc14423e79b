// The side panel's half of the iOffice adapters: which file is the directive, the older app's
// attachment list asked with the user's session, and what the user is told when that fails.
import { describe, expect, it, vi } from 'vitest';
import type { InboxDoc } from '../../lib/capture';
import { chooseDirectiveFile, type InboxFile } from '../../lib/read/sites/choose-directive';
import { findDirectiveFile } from '../../lib/read/sites/find-directive-file';
import { listIofficeNewFiles, parseApiDocument } from '../../lib/read/sites/ioffice-new-files';
import { downloadUrl, listIofficeOldFiles, listSessionExpiredMessage, parseFileList } from '../../lib/read/sites/ioffice-old-files';

const file = (name: string, slip = false): InboxFile => ({ url: `https://x.vn/qlvbdh/DownloadServlet?path=${encodeURIComponent(name)}`, name, slip });

describe('chooseDirectiveFile', () => {
  it.each([
    ['the file the site marks as phiếu trình is never chosen', [file('cv-12.pdf', true), file('cv-12-ban-chinh.docx')], 'cv-12-ban-chinh.docx'],
    ['a name like a phiếu trình is passed over', [file('Phiếu trình CV 12.pdf'), file('cv-12.pdf')], 'cv-12.pdf'],
    ['"PT_" names a phiếu trình', [file('PT_cv-12.pdf'), file('cv-12.docx')], 'cv-12.docx'],
    ['so does "Tờ trình"', [file('To trinh so 5.pdf'), file('QD-5.pdf')], 'QD-5.pdf'],
    ['a signed PDF before a plain one', [file('cv-12.pdf'), file('cv-12_signed.pdf')], 'cv-12_signed.pdf'],
    ['"đã ký" marks a signed PDF too', [file('cv-12.pdf'), file('cv-12 đã ký.pdf')], 'cv-12 đã ký.pdf'],
    ['a PDF before a DOCX', [file('cv-12.docx'), file('cv-12.pdf')], 'cv-12.pdf'],
    ['a DOCX before a ZIP', [file('tep.zip'), file('cv-12.docx')], 'cv-12.docx'],
    ['a ZIP before a text, a text before an old .doc', [file('cv.doc'), file('cv.txt'), file('ca-bo.zip')], 'ca-bo.zip'],
    ['the first listed among equals', [file('a.pdf'), file('b.pdf')], 'a.pdf'],
    ['anything rather than nothing', [file('anh.png')], 'anh.png'],
  ])('%s', (_case, files, expected) => {
    expect(chooseDirectiveFile(files)?.name).toBe(expected);
  });

  it('gives nothing when only phiếu trình are left', () => {
    expect(chooseDirectiveFile([file('a.pdf', true), file('Phieu_trinh.docx')])).toBeNull();
    expect(chooseDirectiveFile([])).toBeNull();
  });
});

describe('the older iOffice attachment list', () => {
  const listUrl = 'https://qlvb.tinh.gov.vn/so/qlvbdh/vanbanden/dsfiledinhkem?flyid=7';

  it('links each stored path to the download endpoint beside the list, the path encoded', () => {
    expect(downloadUrl(listUrl, '/upload/2025/7/Công văn 12&x=1.pdf')).toBe(
      'https://qlvb.tinh.gov.vn/so/qlvbdh/DownloadServlet?path=%2Fupload%2F2025%2F7%2FC%C3%B4ng%20v%C4%83n%2012%26x%3D1.pdf',
    );
    expect(
      parseFileList(
        [
          { path: '/u/PT.pdf', name: 'PT.pdf', size: 10, isPhieuTrinh: true },
          { path: '/u/cv.pdf', name: '', size: 20, isPhieuTrinh: false },
        ],
        listUrl,
      ),
    ).toEqual([
      { url: 'https://qlvb.tinh.gov.vn/so/qlvbdh/DownloadServlet?path=%2Fu%2FPT.pdf', name: 'PT.pdf', slip: true },
      { url: 'https://qlvb.tinh.gov.vn/so/qlvbdh/DownloadServlet?path=%2Fu%2Fcv.pdf', name: 'cv.pdf', slip: false },
    ]);
  });

  it.each([[{ files: [] }], [[{ name: 'a.pdf' }]], [[{ path: '', name: 'a.pdf' }]], ['<html>'], [null]])('refuses an answer that is not a list: %j', (json) => {
    expect(parseFileList(json, listUrl)).toBeNull();
  });

  const answer = (status: number, body: string, type = 'application/json') => vi.fn(async () => new Response(body, { status, headers: { 'content-type': type } }));

  it('asks the list with the user cookies and reads it', async () => {
    const fetchImpl = answer(200, JSON.stringify([{ path: '/u/cv.pdf', name: 'cv.pdf', size: 1, isPhieuTrinh: false }]));
    const result = await listIofficeOldFiles(listUrl, '12/UBND', fetchImpl);
    expect(result).toEqual({ ok: true, files: [{ url: downloadUrl(listUrl, '/u/cv.pdf'), name: 'cv.pdf', slip: false }] });
    expect(fetchImpl).toHaveBeenCalledWith(listUrl, expect.objectContaining({ credentials: 'include' }));
  });

  it.each([
    ['a 401', answer(401, 'Phiên làm việc đã hết hạn', 'text/html')],
    ['a 403', answer(403, '')],
    ['the login page in place of the list', answer(200, '<html><form>Đăng nhập</form></html>', 'text/html; charset=utf-8')],
  ])('says the session is gone on %s', async (_case, fetchImpl) => {
    expect(await listIofficeOldFiles(listUrl, '12/UBND', fetchImpl)).toEqual({ ok: false, message: listSessionExpiredMessage('12/UBND') });
    expect(listSessionExpiredMessage('12/UBND')).toContain('văn bản 12/UBND: phiên đăng nhập của trang đã hết hạn hoặc không hợp lệ');
  });

  it.each([
    ['a server error', answer(500, 'lỗi'), 'máy chủ trả lời 500'],
    ['an unreadable answer', answer(200, '{"x":'), 'không đọc được'],
    ['a network failure', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), 'Failed to fetch'],
  ])('explains %s', async (_case, fetchImpl, words) => {
    const result = await listIofficeOldFiles(listUrl, '', fetchImpl as typeof fetch);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(words);
  });
});

describe("the newer iOffice API's document", () => {
  const apiUrl = 'https://tinh-api.vnptioffice.vn/api/v1/van-ban-den/42';

  it('lists its attachments, links resolved against the API, the phiếu trình marked', () => {
    const json = {
      id: '42',
      tepDinhKem: [
        { ten: 'PT.pdf', laPhieuTrinh: true, duongDan: 'https://tinh-file.vnptioffice.vn/vnpt/PT.pdf' },
        { ten: 'cv.pdf', laPhieuTrinh: false, duongDan: '/file/cv.pdf' },
        { ten: 'x', duongDan: 'javascript:alert(1)' },
      ],
    };
    expect(parseApiDocument(json, apiUrl)).toEqual([
      { url: 'https://tinh-file.vnptioffice.vn/vnpt/PT.pdf', name: 'PT.pdf', slip: true },
      { url: 'https://tinh-api.vnptioffice.vn/file/cv.pdf', name: 'cv.pdf', slip: false },
    ]);
    expect(parseApiDocument({ files: [] }, apiUrl)).toBeNull();
  });

  it('is asked with the user cookies; a refusal says the session is gone', async () => {
    const ok = vi.fn(async () => Response.json({ tepDinhKem: [{ ten: 'cv.pdf', duongDan: '/f/cv.pdf' }] }));
    expect(await listIofficeNewFiles(apiUrl, '12', ok)).toEqual({ ok: true, files: [{ url: 'https://tinh-api.vnptioffice.vn/f/cv.pdf', name: 'cv.pdf', slip: false }] });
    expect(ok).toHaveBeenCalledWith(apiUrl, expect.objectContaining({ credentials: 'include' }));
    const refused = vi.fn(async () => Response.json({ loi: 'Phiên làm việc đã hết hạn' }, { status: 401 }));
    expect(await listIofficeNewFiles(apiUrl, '12', refused)).toEqual({ ok: false, message: listSessionExpiredMessage('12') });
  });
});

describe('findDirectiveFile', () => {
  const doc: InboxDoc = { id: '7', number: '12/UBND', subject: 'V/v báo cáo', filesUrl: 'https://x.vn/qlvbdh/vanbanden/dsfiledinhkem?flyid=7' };

  it('takes the links the page showed without asking the site', async () => {
    const fetchImpl = vi.fn();
    const result = await findDirectiveFile('ioffice-new', { ...doc, files: [{ url: 'https://f.vn/PT.pdf', label: 'PT.pdf', slip: true }, { url: 'https://f.vn/cv.pdf', label: 'cv.pdf' }] }, fetchImpl);
    expect(result).toEqual({ ok: true, file: { url: 'https://f.vn/cv.pdf', name: 'cv.pdf', slip: false } });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it("asks the site's attachment list otherwise, and passes the phiếu trình over", async () => {
    const list = [
      { path: '/u/PT_12.pdf', name: 'PT_12.pdf', isPhieuTrinh: true },
      { path: '/u/12.docx', name: '12.docx', isPhieuTrinh: false },
    ];
    const fetchImpl = vi.fn(async () => Response.json(list));
    const result = await findDirectiveFile('ioffice-old', doc, fetchImpl);
    expect(result).toEqual({ ok: true, file: { url: 'https://x.vn/qlvbdh/DownloadServlet?path=%2Fu%2F12.docx', name: '12.docx', slip: false } });
  });

  it('says so when a document has no file, or only its phiếu trình', async () => {
    const none = await findDirectiveFile('ioffice-old', doc, vi.fn(async () => Response.json([])));
    expect(none).toEqual({ ok: false, message: expect.stringContaining('Văn bản 12/UBND không có tệp đính kèm nào') });
    const unknownSite = await findDirectiveFile('khac', doc, vi.fn());
    expect(unknownSite.ok).toBe(false);
    const slipOnly = await findDirectiveFile('ioffice-old', doc, vi.fn(async () => Response.json([{ path: '/u/a.pdf', name: 'a.pdf', isPhieuTrinh: true }])));
    expect(slipOnly).toEqual({ ok: false, message: expect.stringContaining('chỉ có phiếu trình') });
  });

  it("passes the list's refusal on", async () => {
    const result = await findDirectiveFile('ioffice-old', doc, vi.fn(async () => new Response('', { status: 401 })));
    expect(result).toEqual({ ok: false, message: listSessionExpiredMessage('12/UBND') });
  });
});
