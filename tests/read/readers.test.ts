// @vitest-environment node
// Page readers on linkedom documents (the corpus is read from disk, hence the node environment).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_CAPTURE_CHARS, PageCaptureSchema } from '../../lib/capture';
import { loadDemoDocs } from '../../lib/demo/demo-docs';
import { renderDocumentPage, renderInboxPage, renderNoDirectivePage } from '../../lib/demo/pages';
import { capturePage } from '../../lib/read/capture-page';
import { capText } from '../../lib/read/capture-fields';
import { genericReader } from '../../lib/read/generic-reader';
import { READERS, readPage, type PageReader } from '../../lib/read/index';
import { PAGE_URL, parsePage } from './page-fixtures';

const docs = loadDemoDocs();
const seed = docs.find((d) => d.stem === 'seed-000')!;

/** Golden files are written by hand after review; a missing one fails, it is never created here. */
function golden(name: string): string {
  const url = new URL(`./golden/${name}`, import.meta.url);
  if (!existsSync(url)) throw new Error(`Missing golden file tests/read/golden/${name}`);
  return readFileSync(url, 'utf8').replace(/\n$/, '');
}

describe('the reader registry', () => {
  it('tries the selection first, then the site readers, and the generic reader last', () => {
    expect(READERS.map((r) => r.name)).toEqual(['selection', 'ioffice-old', 'ioffice-new', 'generic']);
  });

  it('takes the first reader that applies and reads something', () => {
    const never: PageReader = { name: 'never', applies: () => false, read: () => { throw new Error('not called'); } };
    const empty: PageReader = { name: 'empty', applies: () => true, read: () => null };
    const site: PageReader = {
      name: 'site',
      applies: (_doc, url) => url.pathname.startsWith('/qlvbdh/'),
      read: (_doc, url) => ({ text: 'từ trang', selection: false, truncated: false, url: url.href, title: '', reader: 'site' }),
    };
    const doc = parsePage('<html><body><p>Chữ</p></body></html>');
    expect(readPage(doc, PAGE_URL, [never, empty, site, ...READERS])?.reader).toBe('site');
    expect(readPage(doc, new URL('https://example.vn/'), [never, empty, site, ...READERS])?.reader).toBe('generic');
  });
});

describe('the generic reader on the demo inbox', () => {
  it('reads a detail page as exactly the directive, without menus or the metadata table', () => {
    const capture = readPage(parsePage(renderDocumentPage(seed)), PAGE_URL)!;
    expect(PageCaptureSchema.parse(capture)).toEqual(capture);
    expect(capture).toMatchObject({ reader: 'generic', selection: false, truncated: false, url: PAGE_URL.href });
    expect(capture.title).toBe('/VP-KGVX - VNPT-iOffice (demo)');
    expect(capture.text).toBe(seed.text.replace(/^\s*\n/, '').replace(/\s+$/, ''));
  });

  it.each(docs.map((d) => [d.stem, d] as const))('%s reads back as the corpus text', (_stem, doc) => {
    const capture = readPage(parsePage(renderDocumentPage(doc)), PAGE_URL)!;
    expect(capture.text).toBe(doc.text.replace(/^\s*\n/, '').replace(/\s+$/, ''));
  });

  it('reads the inbox list as one line per row, the menu left out (golden)', () => {
    // The iOffice reader takes the list page itself (its rows, no text): this is the generic reader's reading.
    const capture = readPage(parsePage(renderInboxPage(docs.slice(0, 3))), PAGE_URL, [genericReader])!;
    expect(capture.text).toBe(golden('inbox-list.txt'));
  });

  it('reads the page without a directive as its schedule (golden)', () => {
    const capture = readPage(parsePage(renderNoDirectivePage()), PAGE_URL)!;
    expect(capture.text).toBe(golden('no-directive.txt'));
  });
});

describe('the generic reader on other pages', () => {
  it('prefers the article over side bars, and keeps the article header', () => {
    const html = `<html><head><title> Công văn   số 12 </title></head><body>
      <header><a href="/">Cổng thông tin</a> Trang chủ</header>
      <div class="layout"><div class="sidebar">${'<a href="#">Tin liên quan rất dài</a>'.repeat(20)}</div>
      <article><header><h1>Công văn số 12/UBND-VX</h1></header>
        <p>Giao Sở Tài chính chủ trì, báo cáo trước ngày 30/4/2024.</p>
        <p>Giao Sở Nội vụ phối hợp thực hiện.</p>
        <table><tr><td>Nơi nhận:</td><td>KT. CHỦ TỊCH</td></tr></table>
        <p hidden>ẩn</p><div style="display: none">cũng ẩn</div>
      </article></div>
      <footer>Bản quyền © 2024</footer></body></html>`;
    const capture = readPage(parsePage(html), new URL('https://example.gov.vn/tin/12'))!;
    expect(capture.title).toBe('Công văn số 12');
    expect(capture.text).toBe(
      ['Công văn số 12/UBND-VX', 'Giao Sở Tài chính chủ trì, báo cáo trước ngày 30/4/2024.', 'Giao Sở Nội vụ phối hợp thực hiện.', 'Nơi nhận: KT. CHỦ TỊCH'].join('\n'),
    );
  });

  it('keeps the header lines of a directive that sit beside its body', () => {
    const html = `<html><body><nav><a href="#">Menu</a></nav><div id="wrap"><div id="text">
      <p>ỦY BAN NHÂN DÂN TỈNH</p><p>Số: 5/UBND</p><p>${'Giao các sở thực hiện nhiệm vụ. '.repeat(40)}</p>
    </div></div></body></html>`;
    const capture = readPage(parsePage(html), PAGE_URL)!;
    expect(capture.text.split('\n').slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN TỈNH', 'Số: 5/UBND']);
  });

  it('falls back to the whole page when everything readable sits in page furniture', () => {
    const capture = readPage(parsePage('<html><body><nav>Chỉ có menu</nav></body></html>'), PAGE_URL)!;
    expect(capture.text).toBe('Chỉ có menu');
  });

  it.each([
    ['an empty page', '<html><head><title>Trống</title></head><body></body></html>'],
    ['a page of scripts and images', '<html><body><script>var a = 1</script><img src="x.png"><style>p{}</style></body></html>'],
  ])('finds no text on %s', (_name, html) => {
    expect(readPage(parsePage(html), PAGE_URL)).toBeNull();
    expect(capturePage(parsePage(html), PAGE_URL)).toMatchObject({ ok: false, reason: 'no-text' });
  });

  it('cuts a 5 MB page at MAX_CAPTURE_CHARS and says so, quickly', () => {
    const paragraph = '<p>Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan báo cáo trước ngày 30/4/2024.</p>\n';
    const html = `<html><body><main>${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}</main></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const doc = parsePage(html);
    const started = performance.now();
    const result = capturePage(doc, PAGE_URL);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.capture.truncated).toBe(true);
    expect(result.capture.text.length).toBeLessThanOrEqual(MAX_CAPTURE_CHARS);
    expect(result.capture.text.length).toBeGreaterThan(MAX_CAPTURE_CHARS - 200);
    expect(result.capture.text.startsWith('Giao Sở Tài chính chủ trì')).toBe(true);
  });

  it('reports a reader that crashes as a failed capture, not an exception', () => {
    const broken: PageReader = { name: 'broken', applies: () => true, read: () => { throw new Error('hỏng'); } };
    expect(capturePage(parsePage('<p>x</p>'), PAGE_URL, [broken])).toEqual({ ok: false, reason: 'failed', detail: 'hỏng' });
  });

  it('keeps page markup as text: a tag written in the text stays text', () => {
    const capture = readPage(parsePage('<html><body><p>&lt;img src=x onerror=alert(1)&gt; Giao Sở Y tế</p></body></html>'), PAGE_URL)!;
    expect(capture.text).toBe('<img src=x onerror=alert(1)> Giao Sở Y tế');
  });
});

describe('capText', () => {
  it.each([
    ['abc', 5, 'abc', false],
    ['abcdef', 3, 'abc', true],
    ['ab😀cd', 3, 'ab', true],
    ['ab😀cd', 4, 'ab😀', true],
  ])('%j cut at %d → %j', (text, max, expected, truncated) => {
    expect(capText(text, max)).toEqual({ text: expected, truncated });
  });
});
