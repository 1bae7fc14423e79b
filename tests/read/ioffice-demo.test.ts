// @vitest-environment node
// The demo inbox's imitation of both iOffice generations, with the files it generates from the
// corpus: what it serves, only with a session, and that each file reads as the kind it stands for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDocs } from '../../lib/demo/demo-docs';
import { buildDemoFiles, DEMO_FILE_DOCS, type DemoFiles } from '../../lib/demo/demo-files';
import { NEW_APP_COOKIE } from '../../lib/demo/pages-new';
import { SESSION_COOKIE, startDemoInbox, type DemoInbox } from '../../lib/demo/server';
import { extractDirective } from '../../lib/extract/index';
import { readDirectiveFile } from '../../lib/read/files/read-file';

let demo: DemoFiles;
let inbox: DemoInbox;
const corpus = loadDemoDocs();

beforeAll(async () => {
  demo = await buildDemoFiles(corpus);
  inbox = await startDemoInbox({ docs: [...corpus, ...demo.docs], files: demo.files });
}, 60_000);
afterAll(() => inbox?.close());

/** A session cookie (`name=value`) started by opening a page. */
async function session(url: string, name: string): Promise<string> {
  const cookie = (await fetch(url)).headers.get('set-cookie') ?? '';
  expect(cookie.startsWith(`${name}=`)).toBe(true);
  return cookie.split(';')[0]!;
}

type ListEntry = { path: string; name: string; size: number; isPhieuTrinh: boolean };

describe('the generated files', () => {
  it('gives each kind a document of its own, a copy of its corpus directive under a stable id', () => {
    expect(demo.docs.map((d) => [d.flyid, d.stem])).toEqual(DEMO_FILE_DOCS.map((d) => [d.flyid, d.stem]));
    for (const doc of demo.docs.filter((d) => d.flyid !== demo.flyids.plan && d.flyid !== demo.flyids.xlsx)) {
      expect(corpus.some((c) => c.stem === doc.stem && c.flyid !== doc.flyid && c.text === doc.text)).toBe(true);
    }
  });

  it('serves the plan as a workbook too, read back as its text', async () => {
    const doc = demo.docs.find((d) => d.flyid === demo.flyids.xlsx)!;
    const [file] = demo.files.get(doc.flyid)!;
    const read = await readDirectiveFile(file!.bytes, file!.name);
    expect(read.ok && read.kind).toBe('xlsx');
    expect(read.ok && read.text).toBe(doc.text);
    expect(doc.number).toBe('46/KH-UBND');
    expect(extractDirective(doc.text).tasks.filter((t) => t.tags.includes('table-row'))).toHaveLength(4);
  });

  it('serves a plan whose PDF reads back as its text: the table of duties row by row', async () => {
    const doc = demo.docs.find((d) => d.flyid === demo.flyids.plan)!;
    const [file] = demo.files.get(doc.flyid)!;
    const read = await readDirectiveFile(file!.bytes, file!.name);
    expect(read.ok && read.text).toBe(doc.text);
    const out = extractDirective(doc.text);
    expect(doc.number).toBe('45/KH-UBND');
    expect(out.tasks.filter((t) => t.tags.includes('table-row')).map((t) => [t.assignees[0], t.deadline?.date])).toEqual([
      ['Sở Khoa học và Công nghệ', '2026-06-30'],
      ['Văn phòng UBND tỉnh', '2026-06-30'],
      ['Sở Nội vụ', '2026-09-30'],
      ['Sở Nội vụ', '2026-06-30'],
    ]);
  });

  it.each([
    ['pdf', 'pdf', undefined],
    ['docx', 'docx', undefined],
    ['zip', 'zip', /^(?!Phieu).*\.pdf$/],
    ['tcvn3', 'text', undefined],
  ] as const)('%s reads as the directive (%s)', async (kind, readKind, inner) => {
    const doc = demo.docs.find((d) => d.flyid === demo.flyids[kind])!;
    const directive = demo.files.get(doc.flyid)!.find((f) => !f.phieuTrinh)!;
    const read = await readDirectiveFile(directive.bytes, directive.name);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.kind).toBe(readKind);
    if (inner) expect(read.file).toMatch(inner);
    if (kind === 'tcvn3') expect(read.note).toMatch(/TCVN3/);
    const fromFile = extractDirective(read.text);
    expect(fromFile.document.number).toBe(extractDirective(doc.text).document.number);
    expect(fromFile.tasks.length).toBeGreaterThan(0);
  });

  it('pairs the PDF with a phiếu trình that has no number and no task', async () => {
    const [slip, directive] = demo.files.get(demo.flyids.pdf)!;
    expect([slip!.phieuTrinh, directive!.phieuTrinh]).toEqual([true, false]);
    const read = await readDirectiveFile(slip!.bytes, slip!.name);
    expect(read.ok && extractDirective(read.text)).toMatchObject({ document: { number: null }, tasks: [] });
  });

  it('makes the scan an image-only PDF: no text to read', async () => {
    const [scan] = demo.files.get(demo.flyids.scan)!;
    const read = await readDirectiveFile(scan!.bytes, scan!.name);
    expect(read.ok === false && read.reason).toBe('scanned');
  });
});

describe('the older app', () => {
  it('shows a document page with metadata only: its files come from the attachment list', async () => {
    const html = await (await fetch(inbox.documentUrl(demo.flyids.pdf))).text();
    expect(html).toContain(`<input type="hidden" name="flyid" id="flyid" value="${demo.flyids.pdf}">`);
    expect(html).not.toContain('DownloadServlet');
    expect(html).not.toContain('id="noidung"');
    expect(html).toContain('<script src="/qlvbdh/static/dinhkem.js" defer>');
    expect(await (await fetch(`${inbox.origin}/qlvbdh/static/dinhkem.js`)).text()).toContain('dsfiledinhkem');
  });

  it('lists and serves files only within a session', async () => {
    const cookie = await session(inbox.documentUrl(demo.flyids.pdf), SESSION_COOKIE);
    const listResponse = await fetch(inbox.fileListUrl(demo.flyids.pdf), { headers: { cookie } });
    expect(listResponse.headers.get('content-type')).toMatch(/^application\/json/);
    const list = (await listResponse.json()) as ListEntry[];
    expect(list.map((f) => [f.name, f.isPhieuTrinh])).toEqual(demo.files.get(demo.flyids.pdf)!.map((f) => [f.name, f.phieuTrinh]));
    const url = `${inbox.origin}/qlvbdh/DownloadServlet?path=${encodeURIComponent(list[1]!.path)}`;
    const file = await fetch(url, { headers: { cookie } });
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect((await file.arrayBuffer()).byteLength).toBe(list[1]!.size);
    for (const headers of [{}, { cookie: `${SESSION_COOKIE}=SAI` }] as Record<string, string>[]) {
      expect((await fetch(inbox.fileListUrl(demo.flyids.pdf), { headers })).status).toBe(401);
      expect((await fetch(url, { headers })).status).toBe(401);
    }
    expect((await fetch(`${inbox.origin}/qlvbdh/DownloadServlet?path=%2Fetc%2Fpasswd`, { headers: { cookie } })).status).toBe(404);
    expect((await fetch(inbox.fileListUrl('100001'), { headers: { cookie } })).status).toBe(404);
  });
});

describe('the newer app', () => {
  it('serves its shell on every route, and its API and file host only within its session', async () => {
    const cookie = await session(inbox.newAppDocumentUrl(demo.flyids.docx), NEW_APP_COOKIE);
    const api = `${inbox.origin}/api-host/api/v1/van-ban-den`;
    const rows = (await (await fetch(`${api}?trangThai=cho-xu-ly`, { headers: { cookie } })).json()) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(demo.docs.map((d) => d.flyid));
    const vb = (await (await fetch(`${api}/${demo.flyids.pdf}`, { headers: { cookie } })).json()) as { soKyHieu: string; tepDinhKem: { ten: string; laPhieuTrinh: boolean; duongDan: string }[] };
    expect(vb.tepDinhKem.map((f) => f.laPhieuTrinh)).toEqual([true, false]);
    const fileUrl = `${inbox.origin}${vb.tepDinhKem[1]!.duongDan}`;
    expect(new URL(fileUrl).pathname.startsWith('/file-host/')).toBe(true);
    expect((await fetch(fileUrl, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(fileUrl)).status).toBe(401);
    expect((await fetch(`${api}/${demo.flyids.pdf}`)).status).toBe(401);
    expect((await fetch(`${api}/khong-co`, { headers: { cookie } })).status).toBe(404);
  });
});
