import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../lib/extract/deadline';

/** Phrases that carry no deadline: each must give nothing at all (or only the listed cue). */
const NOTHING: [string, string | null][] = [
  // historical and background dates without a deadline cue
  ['Kỷ niệm 200 năm Ngày sinh (28/11/1820 - 28/11/2020)', '2025-10-06'],
  ['Ngày 04/10/2024, Phó Thủ tướng đã chủ trì cuộc họp', '2025-10-06'],
  ['trước ngày 01/7/2025, huyện có 20 xã', '2025-10-06'], // months before the document: background
  ['trước ngày 15/11/2024, huyện có 20 xã', '2025-10-06'], // last year's day: no typo outside a year's first months
  ['trước ngày 20/6/2024, huyện có 20 xã', '2025-02-10'], // last year's, but months after the document in this year
  ['báo cáo Tổng cục trước ngày 20/1\n\n/2024.', '2024-10-14'], // a digit lost to OCR
  ['Trong ngày 04/10/2025, Bộ đã tổ chức đoàn công tác', '2025-10-06'],
  ['Thực hiện Công văn số 1071-CV/BCSD ngày 04/3/2024 của Ban cán sự đảng', '2025-10-06'],
  ['Lạng Sơn, ngày 22 tháng 12 năm 2021', '2021-12-22'],
  ['Số: 12/UBND-VX Hà Nội, ngày 06 tháng 10 năm 2025\nV/v triển khai nhiệm vụ tháng 10, quý IV năm 2025', '2025-10-06'],
  ['Nghị quyết số 49-NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy', '2021-12-22'],
  ['Nghị quyết này có hiệu lực thi hành kể từ ngày 14 tháng 7 năm 2017.', '2017-07-14'],
  ['| Năm | Sản lượng hàng năm | 2024 |', '2025-10-06'], // "hàng năm" inside a longer cell
  ['kết quả thực hiện trong tháng 9 năm 2024', '2024-10-14'],
  ['tình hình thu ngân sách trong quý III năm 2024', '2024-10-14'],
  ['quyết toán của kỳ tính thuế năm 2019 (từ 01/4/2019 đến hết ngày 31/3/2020)', '2020-05-05'],
  ['Từ đầu năm đến ngày 30/9/2025, đã giải ngân', '2025-10-06'],
  ['số liệu tính đến ngày 30/9/2025', '2025-10-06'],
  ['Đánh giá trên cơ sở kết quả thanh tra, kiểm tra đến hết ngày 23/10/2026, một số Cục Thuế có số thu thấp', '2026-10-06'], // the figures' cut-off
  ['số liệu lũy kế đến hết ngày 31/10/2026', '2026-10-06'],
  ['từ ngày 01/4 đến hết ngày 31/3 năm sau', '2025-10-06'],
  ['từ đầu năm 2025 đến nay', '2025-10-06'],
  ['trong 9 tháng; Nguyên nhân chủ quan', '2024-10-14'],
  ['những tháng cuối năm 2024', '2024-10-14'],
  // periods, terms and plan names
  ['giai đoạn 2021-2025', '2025-10-06'],
  ['nhiệm kỳ 2020 - 2025', '2025-10-06'],
  ['trong năm học 2025-2026', '2025-10-06'],
  ['trong năm 2021-2025', '2025-10-06'],
  ['dự kiến thu 03 năm 2025-2027', '2025-10-06'],
  ['Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050', '2025-10-06'],
  ['Theo phương án phát triển các Cụm công nghiệp tỉnh Lào Cai đến năm 2030 được phê duyệt', '2026-07-17'],
  ['chỉ tiêu đất cụm công nghiệp xã Trấn Yên còn lại đến năm 2030 là 58,31 ha', '2026-07-17'],
  // a plan's name broken over two lines of PDF text; a phase's name
  ['Theo phương án phát triển các Cụm công\nnghiệp tỉnh Lào Cai đến năm 2030 được phê duyệt', '2026-07-17'],
  ['rà soát, điều chỉnh Quy\nhoạch phát triển KKT, KCN Việt Nam đến năm 2020 trình Thủ tướng Chính phủ', '2012-04-09'],
  ['sơ kết các chương trình, đề án về thực hiện công tác dân số và phát triển giai\nđoạn đến năm 2030', '2025-11-21'],
  ['tổng kết các kế hoạch của tỉnh giai đoạn đến năm 2030', '2025-11-21'],
  ['triệt tiêu ngay cơ xâm phạm an toàn đập', '2026-01-30'], // OCR "ngay cơ" for "nguy cơ"
  ['đánh giá tiềm năng tín chỉ các-bon đến năm 2030 và có tính đến năm 2050', '2024-05-02'],
  ['thực hiện Đề án một triệu ha lúa chuyên canh chất lượng cao, phát thải thấp gắn với tăng trưởng xanh vùng đồng bằng sông Cửu Long đến năm 2030', '2024-10-07'],
  ['về “Chuyển đổi số tỉnh Lạng Sơn đến năm 2025, định hướng đến năm 2030”', '2021-12-22'],
  ['thực hiện nhiệm vụ tháng 9 và 9 tháng đầu năm 2024', '2024-10-14'],
  ['Trong tháng 9 và lũy kế 9 tháng đầu năm, ngành Thuế đã quyết liệt', '2024-10-14'],
  ['Báo cáo kết quả 6 tháng đầu năm 2025', '2025-05-06'],
  ['chương trình công tác thuế tháng 10, quý IV năm 2024', '2024-10-14'],
  ['Báo cáo công tác năm 2018 của Thường trực', '2017-07-14'],
  ['trong năm qua', '2025-10-06'],
  ['trong 3 tháng qua', '2025-10-06'],
  // numbers that are not dates
  ['Điện thoại: 0243.9719.472', '2025-10-06'],
  ['tổng vốn đầu tư 79.100 tỷ đồng', '2025-10-06'],
  ['đã giải ngân 10,04 tỷ đồng trước 15 tháng', '2025-10-06'],
  ['tăng 15 tháng cuối quý so với cùng kỳ', '2025-10-06'],
  ['Số: 9533/VPCP-CN', '2025-10-06'],
  ['trước 79.100 tỷ', '2025-10-06'],
  ['trước 15 - 20 ngày', '2025-10-06'],
  // clauses and lengths that set no time limit
  ['Sau khi xin ý kiến của Ngân hàng Nhà nước, Tổng cục Thuế hướng dẫn', '2025-10-06'],
  ['Trường hợp, sau khi tiếp nhận dữ liệu, Tổng cục Thuế', '2025-10-06'],
  ['Thời gian gia hạn là 05 tháng, kể từ ngày kết thúc thời hạn nộp thuế', '2020-05-05'],
  ['có hiệu lực sau 45 ngày kể từ ngày ký', '2025-10-06'],
  ['kỳ tính thuế là 12 tháng, tính từ đầu ngày 01 tháng 01 đến hết ngày 31 tháng 12', '2020-05-05'],
  ['sau 30 ngày', '2025-10-06'],
  ['Giám sát tại kỳ họp:', '2017-07-14'],
  // words that only look like cues
  ['báo cáo tình hình hàng ngày', '2025-10-06'],
  ['ngay cả khi', '2025-10-06'],
  ['ngay tại trụ sở', '2025-10-06'],
  ['ngay từ đầu', '2025-10-06'],
  ['mưa lớn ngay sau những ngày mưa lớn kéo dài', '2025-10-06'],
  ['việc báo cáo còn chưa kịp thời', '2025-10-06'],
  ['không kịp thời gian', '2025-10-06'],
  ['hệ thống cảnh báo sớm', '2025-10-06'],
  ['dự toán chi thường xuyên', '2025-10-06'],
  ['không thường xuyên', '2025-10-06'],
  ['sản phẩm từ rơm, rạ và vật liệu tết bện', '2025-10-06'],
  ['theo quy định của pháp luật', '2025-10-06'],
  ['quy trình, quy tắc', '2025-10-06'],
  ['trước đây, trước mắt', '2025-10-06'],
  ['chịu trách nhiệm trước Chính phủ, Thủ tướng', '2025-10-06'],
  ['Tham dự Hội nghị có các đồng chí', '2025-10-06'],
  ['Tại Hội nghị, các đại biểu', '2025-10-06'],
  ['hàng trăm trường học', '2025-10-06'],
  ['ngân hàng thương mại', '2025-10-06'],
  ['Việt Nam năm 2025', '2025-10-06'],
  ['khan hiếm nguồn cung', '2025-10-06'],
  ['trong tháng sáu', '2025-10-06'], // "sáu" is June, but June is past: background
  ['từ đầu tháng 6', '2025-10-06'],
  ['kể từ cuối tháng 5', '2025-10-06'],
  // six months that recur nowhere: a span of time, "sau" (after) June
  ['trong 6 tháng qua, Sở đã kiểm tra', '2025-10-06'],
  ['Định kỳ sau tháng 6 năm 2024 đã kiểm tra', '2025-10-06'],
  ['dự án chậm 6 tháng', '2025-10-06'],
  // a frequency inside a clause, on a line PDF text wrapped, names a habit, not a duty's date
  ['Số liệu được ghi chép, thống kê\nhàng ngày vào sổ theo dõi', '2025-10-06'],
  ['xây dựng kế hoạch thanh tra hàng năm theo hướng có trọng tâm', '2025-10-06'],
  // "rộng" (wide) folds to the "rong" OCR leaves of "trong"
  ['mở rộng tháng 12/2025 các điểm bán', '2025-10-06'],
  ['mở rộng quý 1/2026 các điểm bán', '2025-10-06'],
  // how long something lasts: "đến tháng …" with nothing due
  ['tạm dừng đóng vào quỹ hưu trí đến tháng 6 năm 2026', '2025-10-06'],
  ['số thuế phát sinh từ tháng 01/2026 đến tháng 08/2026', '2025-10-06'],
  // a report's topic, a review with no period
  ['Báo cáo công tác 06 tháng, cả năm của Thường trực HĐND', '2025-10-06'],
  ['tổ chức sơ kết, tổng kết theo quy định', '2025-10-06'],
  ['báo cáo tổng kết năm học 2025-2026', '2025-10-06'],
  // "giờ tổ chức" folds to the words of "Giỗ Tổ"
  ['có mặt trước giờ tổ chức 30 phút', '2025-10-06'],
];

describe('phrases that set no deadline', () => {
  it.each(NOTHING)('%s', (text, documentDate) => {
    expect(findDeadlines(text, { documentDate }).map((d) => d.text)).toEqual([]);
  });
});

describe('hostile input', () => {
  function pseudoRandom(seed: number) {
    let s = seed;
    return () => {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      return s;
    };
  }

  it('finishes on 5 MB of random text', () => {
    const next = pseudoRandom(42);
    const alphabet = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãéèếềệíìóòốồớờúùứừý0123456789 /-.,:;()|\n';
    const units = new Array<string>(5_000_000);
    for (let i = 0; i < units.length; i++) units[i] = alphabet[next() % alphabet.length]!;
    const t0 = performance.now();
    const found = findDeadlines(units.join(''), { documentDate: '2025-10-06' });
    expect(Array.isArray(found)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });

  it('finishes on 5 MB of deadline words in random order', () => {
    const next = pseudoRandom(7);
    const words = ['trước', 'ngày', 'tháng', 'năm', 'hằng', 'hàng', 'quý', 'trong', 'chậm', 'nhất', 'từ', 'đến', 'hết', 'kể', 'khi', 'sau', 'ngay', 'kịp', 'thời', 'khẩn', 'trương', 'sớm', 'thường', 'xuyên', '15/10/2024', '20', '12', '2025', '15h00', 'giờ', 'thứ', 'Sáu', 'tuần', 'âm', 'lịch', 'Tết', '6', 'IV', '(', ')', '|', '\n', '-', '/', '0243.9719.472', 'định', 'kỳ', 'hoàn', 'thành', 'cuối', 'đầu', 'giữa', 'lễ', 'hội', 'nghị', 'họp', 'tại', 'vào'];
    const parts: string[] = [];
    for (let length = 0; length < 5_000_000; ) {
      const w = words[next() % words.length]!;
      parts.push(w);
      length += w.length + 1;
    }
    const t0 = performance.now();
    const found = findDeadlines(parts.join(' '), { documentDate: '2025-10-06' });
    expect(found.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });

  it('finishes on long runs that invite backtracking', () => {
    for (const unit of ['trước ', '1/', ' ', 'ngày ', '(', 'hằng tháng ', 'quý I', '15 tháng ', 'sau khi ']) {
      const found = findDeadlines(unit.repeat(Math.ceil(500_000 / unit.length)), { documentDate: '2025-10-06' });
      expect(Array.isArray(found)).toBe(true);
    }
  });
});
