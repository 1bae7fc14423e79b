// @vitest-environment node
// readDirectiveFile on files built at test time: kinds by magic bytes, failures, DOCX, ZIP, legacy text.
import { describe, expect, it } from 'vitest';
import { readDirectiveFile, type FileReadResult } from '../../../lib/read/files/read-file';
import { listZipEntries, looksLikeSlip } from '../../../lib/read/files/zip';
import { layoutDirective } from '../../fixtures/directive-layout';
import { makeDirectivePdf, makeImageOnlyPdf, makePasswordPdf } from '../../fixtures/directive-pdf';
import { makeDocx, makeZip } from '../../fixtures/docx';
import { encodeTcvn3 } from '../../fixtures/tcvn3-encode';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);

const DIRECTIVE = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LẠNG SƠN   Độc lập - Tự do - Hạnh phúc
Số: 12/UBND-VX   Lạng Sơn, ngày 05 tháng 3 năm 2024
V/v triển khai Kế hoạch số 07-KH/UBND
Kính gửi: Các sở, ban, ngành tỉnh.
Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/4/2024.
Giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện./.
Nơi nhận:   KT. CHỦ TỊCH
- Như trên;   PHÓ CHỦ TỊCH
- Lưu: VT.   Nguyễn Văn A`;

const SLIP = `VĂN PHÒNG UBND TỈNH
PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC
${'Nội dung trình: đề nghị lãnh đạo xem xét, cho ý kiến về dự thảo văn bản kèm theo. '.repeat(40)}`;

function expectFailure(result: FileReadResult, reason: string): string {
  expect(result).toMatchObject({ ok: false, reason });
  const message = result.ok ? '' : result.message;
  // Every message is Vietnamese and says what to do.
  expect(message).toMatch(/[ăâđêôơư]/u);
  return message;
}

describe('kinds by magic bytes', () => {
  it('reads a PDF whatever its name says', async () => {
    const pdf = await makeDirectivePdf(layoutDirective(DIRECTIVE));
    const result = await readDirectiveFile(pdf, 'tai-ve.txt');
    expect(result).toMatchObject({ ok: true, kind: 'pdf' });
    expect(result.ok && result.text).toContain('Số: 12/UBND-VX');
  });

  it('reads a DOCX built from word/document.xml, paragraphs one a line, NFC', async () => {
    const docx = makeDocx(['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'.normalize('NFD'), 'Số: 12/UBND-VX', 'Giao Sở |Tài chính chủ trì.', '', 'Báo cáo trước ngày 30/4/2024.']);
    expect(await readDirectiveFile(docx, 'van-ban.docx')).toEqual({
      ok: true,
      kind: 'docx',
      text: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 12/UBND-VX\nGiao Sở Tài chính chủ trì.\nBáo cáo trước ngày 30/4/2024.',
    });
  });

  it('reads plain text: UTF-8 with a BOM, NFC', async () => {
    expect(await readDirectiveFile(utf8('\uFEFFSố: 12/UBND-VX\r\nGiao Sở Tài chính'.normalize('NFD')), 'a.txt')).toEqual({
      ok: true,
      kind: 'text',
      text: 'Số: 12/UBND-VX\nGiao Sở Tài chính',
    });
  });

  it.each([
    ['old Word (OLE)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0], 'cong-van.doc', 'unsupported-doc', /\.doc \(Word cũ\).*\.docx hoặc PDF/u],
    ['OLE named .pdf', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0], 'cong-van.pdf', 'unsupported-doc', /Word cũ/u],
    ['RAR 4', [...ascii('Rar!\x1a\x07\x00'), 0, 0], 'ho-so.rar', 'unsupported-rar', /RAR.*giải nén/u],
    ['RAR 5', [...ascii('Rar!\x1a\x07\x01\x00'), 0], 'ho-so.rar', 'unsupported-rar', /RAR/u],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4], 'ho-so.7z', 'unsupported-rar', /7z/u],
    ['RTF', [...ascii('{\\rtf1\\ansi '), 0x41], 'van-ban.rtf', 'unsupported-doc', /\.rtf/u],
    ['a JPEG scan', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'scan.jpg', 'scanned', /OCR/u],
    ['an unknown binary', [0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1], 'a.bin', 'unsupported', /PDF, DOCX/u],
    ['a login page saved as .pdf', [...utf8('<!DOCTYPE html><html><head><title>Đăng nhập</title></head></html>')], 'cong-van.pdf', 'corrupt', /trang web.*đăng nhập/u],
    ['an empty file', [], 'a.pdf', 'empty', /không có nội dung/u],
  ])('%s → refused with a Vietnamese message', async (_what, bytes, name, reason, message) => {
    expect(expectFailure(await readDirectiveFile(Uint8Array.from(bytes), name), reason)).toMatch(message);
  });
});

describe('PDF failures', () => {
  it('a PDF with no text layer is scanned, with OCR offered later', async () => {
    expect(expectFailure(await readDirectiveFile(await makeImageOnlyPdf(3), 'scan.pdf'), 'scanned')).toMatch(/3 trang.*bản scan.*OCR/su);
  });

  it('garbage behind a PDF header is corrupt', async () => {
    expect(expectFailure(await readDirectiveFile(utf8(`%PDF-1.7\n${'x'.repeat(2000)}\n%%EOF`), 'a.pdf'), 'corrupt')).toMatch(/tải lại/u);
  });

  it('a truncated PDF is corrupt', async () => {
    const pdf = await makeImageOnlyPdf(1);
    expectFailure(await readDirectiveFile(pdf.slice(0, 200), 'a.pdf'), 'corrupt');
  });

  it('a PDF that asks for a password is encrypted', async () => {
    expect(expectFailure(await readDirectiveFile(await makePasswordPdf(), 'mat.pdf'), 'encrypted')).toMatch(/mật khẩu/u);
  });

  it('more pages than the limit is too-many-pages', async () => {
    const pdf = await makeImageOnlyPdf(3);
    expect(expectFailure(await readDirectiveFile(pdf, 'a.pdf', { limits: { maxPages: 2 } }), 'too-many-pages')).toMatch(/3 trang.*2 trang/u);
  });

  it('a file over 50 MB is too-large, from its length alone', async () => {
    // A small array that reports 51 MB: the size is checked before anything is read.
    const bytes = new Uint8Array(16);
    Object.defineProperty(bytes, 'byteLength', { value: 51 * 1024 * 1024 });
    expect(expectFailure(await readDirectiveFile(bytes, 'lon.pdf'), 'too-large')).toMatch(/51 MB.*50 MB/u);
  });
});

describe('ZIP archives', () => {
  it('picks the directive, not the larger phiếu trình beside it, and says which', async () => {
    const [directive, slip] = await Promise.all([makeDirectivePdf(layoutDirective(DIRECTIVE)), makeDirectivePdf(layoutDirective(SLIP))]);
    expect(slip.length).toBeGreaterThan(directive.length);
    const zip = makeZip({ 'Phiếu trình 12.pdf': slip, 'CV 12-UBND-VX.pdf': directive });
    const result = await readDirectiveFile(zip, 'ho-so.zip');
    expect(result).toMatchObject({ ok: true, kind: 'zip', file: 'CV 12-UBND-VX.pdf' });
    expect(result.ok && result.pages?.length).toBeGreaterThan(0);
  });

  it('prefers the document that has a number among several', async () => {
    const note = makeDocx(['Ghi chú nội bộ', 'Tài liệu tham khảo dài '.repeat(50)]);
    const directive = makeDocx(DIRECTIVE.split('\n').map((l) => l.replace(/\s{3,}/g, ' ')));
    const result = await readDirectiveFile(makeZip({ 'ghi-chu.docx': note, 'van-ban.docx': directive, 'anh.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) }), 'a.zip');
    expect(result).toMatchObject({ ok: true, kind: 'zip', file: 'van-ban.docx' });
  });

  it('reports the inner failure when nothing inside can be read', async () => {
    expectFailure(await readDirectiveFile(makeZip({ 'scan.pdf': await makeImageOnlyPdf(1) }), 'a.zip'), 'scanned');
    expectFailure(await readDirectiveFile(makeZip({ 'anh.png': Uint8Array.from([1, 2]) }), 'a.zip'), 'empty');
    expectFailure(await readDirectiveFile(makeZip({ 'cu.doc': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }), 'a.zip'), 'unsupported-doc');
  });

  it('refuses archives with too many entries or too much to inflate', async () => {
    const many = makeZip(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${i}.txt`, utf8('Số: 1')])));
    expectFailure(await readDirectiveFile(many, 'a.zip', { limits: { maxZipEntries: 3 } }), 'too-large');
    const big = makeZip({ 'a.txt': new Uint8Array(100_000).fill(0x61) });
    expectFailure(await readDirectiveFile(big, 'a.zip', { limits: { maxZipBytes: 10_000 } }), 'too-large');
    expectFailure(await readDirectiveFile(ascii('PK\x03\x04broken'), 'a.zip'), 'corrupt');
  });

  it.each([
    ['Phiếu trình 12.pdf', true],
    ['PHIEU_TRINH.docx', true],
    ['PT_12-UBND.pdf', true],
    ['hoso/Tờ trình số 5.pdf', true],
    ['CV 12-UBND-VX.pdf', false],
    ['Kế hoạch triển khai.pdf', false],
    ['optimal.pdf', false],
  ])('%s looks like a slip: %s', (name, slip) => {
    expect(looksLikeSlip(name)).toBe(slip);
  });

  it('lists entries without inflating them', () => {
    expect(listZipEntries(makeZip({ 'a.txt': utf8('x'), 'b/c.pdf': utf8('y') }))).toEqual(['a.txt', 'b/c.pdf']);
    expect(listZipEntries(ascii('PK\x03\x04'))).toBeNull();
  });
});

describe('legacy encodings in files', () => {
  it('converts a TCVN3 text file', async () => {
    const result = await readDirectiveFile(ascii(encodeTcvn3('Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan.')), 'cu.txt');
    expect(result).toMatchObject({ ok: true, kind: 'text', text: 'Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan.' });
    expect(result.ok && result.note).toMatch(/TCVN3/u);
  });

  it('converts a VNI text file', async () => {
    const result = await readDirectiveFile(ascii('Giao Sôû Taøi chính chuû trì, phoái hôïp vôùi caùc sôû, ngaønh lieân quan.'), 'cu.txt');
    expect(result).toMatchObject({ ok: true, text: 'Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan.' });
    expect(result.ok && result.note).toMatch(/VNI/u);
  });

  it('converts a DOCX typed in .VnTime', async () => {
    const result = await readDirectiveFile(makeDocx([encodeTcvn3('Ủy ban nhân dân tỉnh'.replace('Ủ', 'U')), encodeTcvn3('Giao Sở Tài chính chủ trì.')]), 'cu.docx');
    expect(result).toMatchObject({ ok: true, kind: 'docx', text: 'Uy ban nhân dân tỉnh\nGiao Sở Tài chính chủ trì.' });
  });

  it('converts a PDF whose text layer is TCVN3 (a .VnTime font without Unicode map)', async () => {
    // No "ư": its byte is the Latin-1 soft hyphen, which pdf.js reports as a hyphen or, with this
    // font, a space (see restoreTcvn3U in pdf.ts for the hyphen).
    const body = 'Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát, báo cáo kết quả về Văn phòng trong tháng 4/2024.';
    const pdf = await makeDirectivePdf({ header: { left: [], right: [] }, body: [encodeTcvn3(body), encodeTcvn3('Văn phòng theo dõi, đôn đốc.')], footer: { left: [], right: [] } });
    const result = await readDirectiveFile(pdf, 'cu.pdf');
    expect(result).toMatchObject({ ok: true, kind: 'pdf', text: `${body}\nVăn phòng theo dõi, đôn đốc.` });
  });
});
