// A plan (kế hoạch) of the demo inbox whose duties sit in a table, as a signed PDF carries them:
// "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành". The PDF
// is drawn with a ruled grid (lib/fixtures/table-pdf.ts); the reader must rebuild the rows.
import { makeXlsx, type XlsxCell } from '../fixtures/docx';
import { makeTablePdf } from '../fixtures/table-pdf';
import { toDemoDocs, type DemoDoc } from './demo-docs';

const BEFORE = [
  'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
  'Số: 45/KH-UBND',
  'Lạng Sơn, ngày 05 tháng 01 năm 2026',
  'KẾ HOẠCH',
  'Triển khai chuyển đổi số năm 2026',
  'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai chuyển đổi số năm 2026 với các nhiệm vụ sau:',
];
const AFTER = [
  'Các sở, ban, ngành báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 15/12/2026 để tổng hợp.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT, KT.',
];
const HEADINGS = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan\nchủ trì', 'Cơ quan\nphối hợp', 'Thời gian\nhoàn thành'];
const WIDTHS = [40, 300, 150, 150, 120];
const ROWS: readonly (readonly string[] | string)[] = [
  'I. HẠ TẦNG SỐ',
  ['1', 'Xây dựng kho dữ liệu dùng chung của tỉnh, kết nối với cơ sở dữ liệu quốc gia về dân cư', 'Sở Khoa học và Công nghệ', 'Các sở, ban, ngành; UBND các xã, phường', 'Quý II/2026'],
  ['2', 'Nâng cấp hệ thống quản lý văn bản và điều hành', 'Văn phòng UBND tỉnh', 'Sở Khoa học và Công nghệ', 'Tháng 6/2026'],
  'II. NHÂN LỰC SỐ',
  ['3', 'Số hóa hồ sơ lưu trữ', 'Sở Nội vụ', '', 'Tháng 9/2026'],
  ['4', 'Tập huấn kỹ năng số cho cán bộ, công chức, viên chức cấp xã', 'Sở Nội vụ', 'Sở Khoa học và Công nghệ', 'Trước ngày 30/6/2026'],
];

/** The plan's text as the reader gives it back from the PDF: each table row a line of "|" cells. */
function planText(): string {
  const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
  const rows = ROWS.map((r) => (typeof r === 'string' ? row([r, '', '', '', '']) : row(r)));
  return [...BEFORE, row(HEADINGS), ...rows, '', ...AFTER].join('\n');
}

/** The plan as a demo document under `flyid`, and its PDF. */
export async function demoPlan(flyid: string): Promise<{ doc: DemoDoc; pdf: Uint8Array }> {
  const [doc] = toDemoDocs([{ name: 'ke-hoach-45-chuyen-doi-so-2026.txt', text: planText() }]);
  const pdf = await makeTablePdf({ before: BEFORE, widths: WIDTHS, headings: HEADINGS, rows: ROWS, after: AFTER, centre: [0] });
  return { doc: { ...doc!, flyid, role: 'xlc' }, pdf };
}

/**
 * The same plan kept as an Excel workbook (the way a wide plan table often travels): the header
 * lines in the first column, then the table. Its own number, so the list shows it apart.
 */
export function demoPlanWorkbook(): Uint8Array {
  const header = BEFORE.map((line): XlsxCell[] => [line.replace('45/KH-UBND', '46/KH-UBND')]);
  const rows = ROWS.map((r): XlsxCell[] => (typeof r === 'string' ? [r] : r.map((c, k) => (k === 0 ? Number(c) : c))));
  return makeXlsx({ 'Kế hoạch': [...header, HEADINGS.map((h) => h.replace('\n', ' ')), ...rows, ...AFTER.map((line): XlsxCell[] => [line])] });
}

/** The workbook plan as a demo document under `flyid`. */
export function demoPlanWorkbookDoc(flyid: string): DemoDoc {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const text = [
    'Kế hoạch',
    ...BEFORE.map((l) => l.replace('45/KH-UBND', '46/KH-UBND')),
    row(HEADINGS.map((h) => h.replace('\n', ' '))),
    ...ROWS.map((r) => row(typeof r === 'string' ? [r, '', '', '', ''] : r)),
    '',
    ...AFTER,
  ].join('\n');
  const [doc] = toDemoDocs([{ name: 'ke-hoach-46-chuyen-doi-so-2026.txt', text }]);
  return { ...doc!, flyid, role: 'xlc' };
}

