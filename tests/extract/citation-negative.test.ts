import { describe, expect, it } from 'vitest';
import { findCitations } from '../../lib/extract/citations';

/** Number-like strings that are not cited documents. */
const notCitations: [string, string][] = [
  ['a period', 'trong giai đoạn 2021-2025 và 2020 - 2025, kế hoạch 2025-2027'],
  ['a historical date range', 'kỷ niệm 200 năm Ngày sinh (28/11/1820 - 28/11/2020)'],
  ['a date', 'trước ngày 15/10/2025, họp lúc 10h30 ngày 23/9/2025'],
  ['a percentage range', 'tỷ lệ 30%-70% và 25%/năm'],
  ['a phone number', 'Điện thoại: 0243.9719.472, Fax: 024-3823-4567'],
  ['an amount', 'tổng kinh phí 1.229.788 đồng'],
  ['an e-mail address', 'gửi về địa chỉ thư điện tử vanthu2024/UBND-VP@laocai.gov.vn hoặc nxnlinh@gdt.gov.vn'],
  ['a URL', 'đăng tải tại https://vanban.chinhphu.vn/default.aspx/123/QD-TTg và www.mof.gov.vn/45/BTC-PC'],
  ['a form code', 'theo mẫu số 01-1/TB-TĐT và mẫu số 01/TB-TĐT ban hành kèm theo'],
  ['a tax return form', 'tờ khai mẫu 01/GTGT và tờ khai 02/TNDN'],
  ['a form code on the next line', 'văn bản đề nghị theo mẫu số\n01/GHAN ban hành kèm theo; theo mẫu số mẫu\n01/TBKN -TĐT'],
  ['an article and clause', 'theo quy định tại điểm a khoản 2 Điều 30 Nghị định'],
  ['an address', 'Số 6 - Đà Nẵng - phường Máy Tơ; Số 05 đường Phạm Hùng - Mỹ Đình 2'],
  ['a blank number', 'Số: /QĐ-UBND và Số:      /UBND-KT'],
  ['garbled digits', 'theo Nghị định số Š2/2013/NĐ-CI\' và §5/2021/NĐ-CP, Số: #205 /TCT-DNNCN'],
  ['a number glued to a word', 'mã AO5f /CT-TTHT và F0/F1'],
  ['identity papers', 'số CMT/CCCD/Hộ chiếu, mã số thuế 0200597457'],
  ['a lower-case tail', 'tỉ lệ 1/tháng, 2/năm và 3/Bộ'],
  ['a bare fraction', 'đạt 2/3 số phiếu, 1/2 thời gian'],
  ['a class or a room', 'học sinh lớp 10/A1, phòng 301/B1'],
  ['prose after a dash', 'Ngày 12 - Hà Nội - 3/Hà'],
  ['a count with a thousands point', 'đã giải quyết 1.229/1.500 hồ sơ, số 1.229/QĐ-TTg'],
  ['a slash-less number without a type word', 'khu vực 12-CP, lô 5-AB và tổ 3-TTg'],
  ['a copy\'s own number (sao lục, sao y, trích sao)', 'SAO LỤC\nSố: 17/SL-LĐLĐ\nBản sao số 05/SY-UBND, số 3/TrS-VP và số 8/2025/SY-VP'],
];

describe('findCitations: no citation', () => {
  it.each(notCitations)('%s', (_, text) => {
    expect(findCitations(text, {})).toEqual([]);
  });
});

describe('findCitations: hostile input', () => {
  function randomText(length: number, alphabet: string): string {
    let seed = 7;
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      out.push(alphabet[seed % alphabet.length]!);
    }
    return out.join('');
  }

  it.each([
    ['random letters, digits and separators', randomText(5_000_000, 'abcdeABCDEQĐUBND0123456789 /-.,\n')],
    ['one long run of digits', '1'.repeat(5_000_000)],
    ['separators without letters', '1/-'.repeat(1_700_000)],
    ['long ký hiệu chains', `1/${'AB-'.repeat(1_700_000)}`],
    ['long blank runs after separators', `1/${' '.repeat(2_000_000)}\n${' '.repeat(2_000_000)}AB`],
    ['"@" everywhere', '@a'.repeat(2_500_000)],
  ])('5 MB of %s in linear time', (_, text) => {
    const started = performance.now();
    findCitations(text, {});
    // Well under a second on a workstation; the bound leaves room for a loaded CI machine.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
