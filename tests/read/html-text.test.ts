import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlStringToText, readDocumentFile } from '../../lib/cli/read-input';
import { stripBom } from '../../lib/cli/read-text-file';
import { extractDirective } from '../../lib/extract';
import { htmlToText, nodeToText } from '../../lib/read/html-text';

const PAGE = `<!doctype html><html><head><title>Tiêu đề</title><style>p { color: red }</style></head>
<body><script>var s = "<p>không phải văn bản</p>";</script>
<div><b>ỦY BAN NHÂN DÂN</b>   TỈNH LẠNG SƠN<br>Số: 12/UBND-VX</div>
<p>Căn cứ   Nghị quyết số 49-NQ/TU,
ngày 28/9/2021;</p>
<ul><li>Giao Sở Tài chính chủ trì</li><li>Báo cáo trước ngày 30/4/2024</li></ul>
<table><tr><td>Nơi nhận:</td><td>KT. CHỦ TỊCH</td></tr></table>
<noscript>Bật JavaScript</noscript></body></html>`;

const EXPECTED = [
  'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
  'Số: 12/UBND-VX',
  'Căn cứ Nghị quyết số 49-NQ/TU, ngày 28/9/2021;',
  'Giao Sở Tài chính chủ trì',
  'Báo cáo trước ngày 30/4/2024',
  'Nơi nhận: KT. CHỦ TỊCH',
].join('\n');

describe('htmlToText', () => {
  it('reads a linkedom document: no script or style, one line per block', () => {
    expect(htmlStringToText(PAGE)).toBe(EXPECTED);
  });

  it('reads a browser-like document (happy-dom) the same way', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    expect(htmlToText(doc)).toBe(EXPECTED);
  });

  it.each([
    ['Chỉ có chữ', 'Chỉ có chữ'],
    ['<p>Đoạn một</p><p>Đoạn hai</p>', 'Đoạn một\nĐoạn hai'],
    ['<p>a<br><br>b</p>', 'a\n\nb'],
    ['<pre>giữ   khoảng</pre>', 'giữ   khoảng'],
  ])('%j → %j', (html, text) => {
    expect(htmlStringToText(html)).toBe(text);
  });

  it.each([
    ['<pre>  Số: 12\n\n\n      Lào Cai\tngày 1</pre>', '  Số: 12\n\n\n      Lào Cai\tngày 1'],
    ['<div style="color: red; white-space: pre-wrap">  a\n  b</div><p>  c   d </p>', '  a\n  b\nc d'],
    ['<div style="white-space: normal">  a\n  b</div>', 'a b'],
    ['<p>x\u0002y\u0004z</p>', 'xyz'],
  ])('keeps preformatted text as written: %j', (html, text) => {
    expect(htmlStringToText(html)).toBe(text);
  });

  it.each([
    ['a row of three cells or more, between bars', '<table><tr><th>STT</th><th>Nội dung</th><th>Chủ trì</th></tr><tr><td>1</td><td></td><td>Sở Nội vụ</td></tr></table>', '| STT | Nội dung | Chủ trì |\n| 1 |  | Sở Nội vụ |'],
    ['paragraphs and breaks of a cell on its row\'s line', '<table><tr><td>1</td><td><p>Số hóa</p><p>hồ sơ<br>lưu trữ</p></td><td>Sở Nội vụ</td></tr></table>', '| 1 | Số hóa hồ sơ lưu trữ | Sở Nội vụ |'],
    ['a row of two cells (a header laid out in a table), joined by a space', '<table><tr><td>ỦY BAN NHÂN DÂN</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>', 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['a row holding a table, line by line', '<table><tr><td>a</td><td>b</td><td><table><tr><td>x</td><td>y</td><td>z</td></tr></table></td></tr></table>', 'a b\n| x | y | z |'],
  ])('table rows: %s', (_name, html, text) => {
    expect(htmlStringToText(html)).toBe(text);
  });

  it('gives a plan\'s table on a page its tasks', () => {
    const html = `<p>ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN</p><p>Số: 45/KH-UBND</p><p>Lạng Sơn, ngày 05 tháng 01 năm 2026</p><p>KẾ HOẠCH</p><p>Chuyển đổi số</p>
      <table><tr><td>STT</td><td>Nội dung nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Thời gian hoàn thành</td></tr>
      <tr><td>1</td><td><p>Số hóa hồ sơ</p><p>lưu trữ</p></td><td>Sở Nội vụ</td><td>Tháng 9/2026</td></tr></table>`;
    const tasks = extractDirective(htmlStringToText(`${html}<p>Các sở, ngành báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.</p>`)).tasks;
    expect(tasks.map((t) => [t.title, t.assignees, t.deadline?.date])).toEqual([
      ['Số hóa hồ sơ lưu trữ', ['Sở Nội vụ'], '2026-09-30'],
      ['Báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026', ['Các sở, ngành'], '2026-12-15'],
    ]);
  });

  it('nodeToText skips what it is told to and stops near its limit', () => {
    const doc = new DOMParser().parseFromString('<div><nav>Menu</nav><p>Một</p><p>Hai</p><p>Ba</p></div>', 'text/html');
    const root = doc.querySelector('div')!;
    expect(nodeToText(root, { skip: (el) => el.tagName === 'NAV' })).toEqual({ text: 'Một\nHai\nBa', cut: false });
    expect(nodeToText(root, { limit: 6 })).toEqual({ text: 'Menu\nMột', cut: true });
  });

  it('survives deeply nested markup', () => {
    expect(htmlStringToText(`${'<div>'.repeat(5000)}sâu${'</div>'.repeat(5000)}`)).toBe('sâu');
  });
});

describe('reading files', () => {
  it('strips a UTF-8 byte-order mark', () => {
    expect(stripBom('\uFEFFSố: 1')).toBe('Số: 1');
    expect(stripBom('Số: 1')).toBe('Số: 1');
  });

  it.each([
    ['van-ban.txt', '\uFEFFSố: 12/UBND-VX\nGiao Sở Tài chính', 'Số: 12/UBND-VX\nGiao Sở Tài chính'],
    ['van-ban.md', '\uFEFF# Số: 12/UBND-VX', '# Số: 12/UBND-VX'],
    ['van-ban.HTML', '\uFEFF<p>Số: 12/UBND-VX</p><p>Giao Sở Tài chính</p>', 'Số: 12/UBND-VX\nGiao Sở Tài chính'],
  ])('reads %s without its BOM', (name, content, text) => {
    const dir = mkdtempSync(join(tmpdir(), 'nhac-viec-read-'));
    try {
      writeFileSync(join(dir, name), content);
      expect(readDocumentFile(join(dir, name))).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['../../package.json', 'Không hỗ trợ loại tệp'],
    ['../corpus/không-có.txt', 'Không tìm thấy tệp'],
    ['../corpus', 'Đây là thư mục'],
  ])('%s is refused in Vietnamese', (path, message) => {
    expect(() => readDocumentFile(fileURLToPath(new URL(path, import.meta.url)))).toThrow(message);
  });
});
