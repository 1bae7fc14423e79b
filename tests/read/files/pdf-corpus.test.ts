// @vitest-environment node
// Corpus directives turned into signed-directive-like PDFs (two-column header and footer, justified
// wrapped body with codes cut at their hyphen, page numbers on pages 2+), read back: the engine
// must find the same document number, date and number of tasks as on the original text.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDirective } from '../../../lib/extract/index';
import { readDirectiveFile, type FileReadSuccess } from '../../../lib/read/files/read-file';
import { layoutDirective } from '../../fixtures/directive-layout';
import { makeDirectivePdf, type PdfOptions } from '../../fixtures/directive-pdf';

const DOCS = [
  'seed-000',
  'seed-001',
  'seed-002',
  '026_cv-ubnd-huyen-chauthanh-haugiang-476-sot-xuat-huyet',
  '033_cv-ubnd-haugiang-454-2011-binh-chon-vinh-ha-long',
  '101_cv-dubnd-laocai-2449-2026-trien-khai-ctr-104',
  '107_cv-ubnd-laocai-7103-2026-trien-khai-nd-178',
];

const corpusText = (stem: string) => readFileSync(new URL(`../../corpus/docs/${stem}.txt`, import.meta.url), 'utf8');

async function readAsPdf(stem: string, options?: PdfOptions): Promise<FileReadSuccess> {
  const result = await readDirectiveFile(await makeDirectivePdf(layoutDirective(corpusText(stem)), options), `${stem}.pdf`);
  if (!result.ok) throw new Error(`${stem}: ${result.message}`);
  return result;
}

function essentials(text: string) {
  const { document, tasks } = extractDirective(text);
  return { number: document.number, date: document.date, tasks: tasks.length };
}

describe('corpus directives read back from PDF', () => {
  const read = new Map<string, FileReadSuccess>();
  beforeAll(async () => {
    for (const stem of DOCS) read.set(stem, await readAsPdf(stem));
  });

  it.each(DOCS)('%s: same number, date and task count as the text', (stem) => {
    const result = read.get(stem)!;
    expect(result.kind).toBe('pdf');
    expect(essentials(result.text)).toEqual(essentials(corpusText(stem)));
  });

  it.each(DOCS)('%s: NFC, no page numbers, header columns apart, page ranges in order', (stem) => {
    const { text, pages } = read.get(stem)!;
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/^\s*\d{1,3}\s*$/mu);
    // The motto never shares a line with the issuer on its left.
    expect(text).not.toMatch(/\S.*CỘNG HÒA XÃ HỘI|\S.*ĐẢNG CỘNG SẢN VIỆT NAM/u);
    expect(pages!.length).toBeGreaterThan(0);
    expect(pages![0]!.start).toBe(0);
    pages!.forEach((p, i) => {
      expect(p.page).toBe(i + 1);
      expect(p.end).toBeGreaterThanOrEqual(p.start);
      if (i > 0) expect(p.start).toBeGreaterThanOrEqual(pages![i - 1]!.end);
    });
    expect(pages!.at(-1)!.end).toBe(text.length);
  });

  it('joins codes cut at their hyphen and paragraphs across lines', () => {
    const { text } = read.get('seed-000')!;
    expect(text).toContain('Thực hiện Công văn số 1071-CV/BCSD ngày 04/3/2024 của Ban cán sự đảng UBND tỉnh');
    expect(text).toMatch(/^Nơi nhận:\n- Như trên;/mu);
  });

  it.each([
    ['no paragraph spacing', { paragraphSpacing: 0 }],
    ['ragged right, no spacing', { paragraphSpacing: 0, justify: false }],
    ['no first-line indent', { indent: 0 }],
  ] as const)('seed-001 and 107 survive %s', async (_what, options) => {
    for (const stem of ['seed-001', '107_cv-ubnd-laocai-7103-2026-trien-khai-nd-178']) {
      expect(essentials((await readAsPdf(stem, options)).text)).toEqual(essentials(corpusText(stem)));
    }
  });
});
