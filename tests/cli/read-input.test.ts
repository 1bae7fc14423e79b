// @vitest-environment node
// The command line's file reading: text, legacy text, and PDF/DOCX/ZIP through readDirectiveFile
// (asynchronously, or synchronously through a child process), with Vietnamese refusals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, readDocumentFile, readDocumentInput } from '../../lib/cli/read-input';
import { layoutDirective } from '../fixtures/directive-layout';
import { makeDirectivePdf, makeImageOnlyPdf } from '../fixtures/directive-pdf';
import { makeDocx, makeZip } from '../fixtures/docx';
import { encodeTcvn3 } from '../fixtures/tcvn3-encode';
import { makeScannedDirectivePdf } from '../fixtures/scanned-pdf';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIRECTIVE = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LẠNG SƠN   Độc lập - Tự do - Hạnh phúc
Số: 12/UBND-VX   Lạng Sơn, ngày 05 tháng 3 năm 2024
Kính gửi: Các sở, ban, ngành tỉnh.
Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/4/2024./.
Nơi nhận:   KT. CHỦ TỊCH
- Như trên;   PHÓ CHỦ TỊCH`;

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nhac-viec-read-input-'));
  const pdf = await makeDirectivePdf(layoutDirective(DIRECTIVE));
  writeFileSync(file('cong-van.pdf'), pdf);
  writeFileSync(file('scan.pdf'), await makeImageOnlyPdf(2));
  writeFileSync(file('scan-directive.pdf'), await makeScannedDirectivePdf(DIRECTIVE));
  writeFileSync(file('van-ban.docx'), makeDocx(DIRECTIVE.split('\n').map((l) => l.replace(/\s{3,}/g, ' '))));
  writeFileSync(file('ho-so.zip'), makeZip({ 'PT_12.pdf': await makeImageOnlyPdf(1), 'CV 12.pdf': pdf }));
  writeFileSync(file('cu.txt'), Uint8Array.from(encodeTcvn3('Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành.'), (c) => c.charCodeAt(0)));
  writeFileSync(file('cu.doc'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  // Sparse: 51 MB on paper, nothing on disk; refused from its size without being read.
  writeFileSync(file('lon.pdf'), '');
  truncateSync(file('lon.pdf'), 51 * 1024 * 1024);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDocumentInput', () => {
  it.each([
    ['cong-van.pdf', [] as string[]],
    ['van-ban.docx', []],
    ['ho-so.zip', ['Đã đọc tệp "CV 12.pdf" trong tệp nén.']],
  ])('reads %s', async (name, notes) => {
    const input = await readDocumentInput(file(name));
    expect(input.text).toMatch(/Số: 12\/UBND-VX/u);
    expect(input.text).toContain('Giao Sở Tài chính chủ trì');
    expect(input.notes).toEqual(notes);
  });

  it('reads a scanned PDF by OCR only when asked (--ocr), and says the text came from OCR', async () => {
    await expect(readDocumentInput(file('scan-directive.pdf'))).rejects.toThrow(/bản scan.*--ocr/su);
    const input = await readDocumentInput(file('scan-directive.pdf'), { ocr: true });
    expect(input.text).toMatch(/12\s?\/\s?UBND-VX/u);
    expect(input.text).toMatch(/Sở Tài chính/u);
    expect(input.notes[0]).toMatch(/OCR/u);
  }, 60_000);

  it('converts a TCVN3 text file and says so', async () => {
    expect(await readDocumentInput(file('cu.txt'))).toEqual({
      text: 'Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành.',
      notes: ['Đã chuyển bảng mã TCVN3 sang Unicode.'],
    });
  });

  it.each([
    ['scan.pdf', /scan\.pdf: .*bản scan.*OCR/su],
    ['cu.doc', /cu\.doc: Tệp \.doc \(Word cũ\) chưa đọc được/u],
    ['lon.pdf', /Tệp quá lớn \(51 MB\)/u],
    ['khong-co.pdf', /Không tìm thấy tệp/u],
  ])('refuses %s in Vietnamese', async (name, message) => {
    await expect(readDocumentInput(file(name))).rejects.toThrow(message);
    await expect(readDocumentInput(file(name))).rejects.toBeInstanceOf(InputError);
  });
});

describe('readDocumentFile (synchronous)', () => {
  it('reads a PDF through a child process, as readDocumentInput does', async () => {
    expect(readDocumentFile(file('cong-van.pdf'))).toBe((await readDocumentInput(file('cong-van.pdf'))).text);
  });

  it('refuses an old .doc and a huge file in Vietnamese without a child process', () => {
    expect(() => readDocumentFile(file('cu.doc'))).toThrow(/Word cũ/u);
    expect(() => readDocumentFile(file('lon.pdf'))).toThrow(/Tệp quá lớn/u);
  });
});

describe('npm run extract on files', () => {
  const extract = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints the output contract of a PDF with --json', () => {
    const run = extract(file('cong-van.pdf'), '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { document: { number: string; date: string }; tasks: unknown[] };
    expect(json.document).toMatchObject({ number: '12/UBND-VX', date: '2024-03-05' });
    expect(json.tasks.length).toBeGreaterThan(0);
  });

  it('exits 1 with the Vietnamese reason for a file it cannot read', () => {
    const run = extract(file('cu.doc'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Word cũ.*\.docx hoặc PDF/u);
  });
});
