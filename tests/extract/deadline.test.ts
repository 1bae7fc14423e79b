import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../lib/extract/deadline';
import { DeadlineSchema } from '../../lib/extract/schema';

/** Issue date of the fixtures: Monday 6 October 2025. */
const DOC = '2025-10-06';

interface Row {
  /** The sentence given to the engine. */
  input: string;
  /** The phrase expected back (its first occurrence in `input` gives the span). */
  text: string;
  date: string | null;
  time?: string | null;
  recurrence?: string | null;
  kind?: string;
  stated?: boolean;
  also?: (string | null)[];
  doc?: string | null;
  reference?: string;
  /** The year of a date line left blank but for it (a draft). */
  year?: number;
}

function check(row: Row) {
  const found = findDeadlines(row.input, { documentDate: row.doc === undefined ? DOC : row.doc, ...(row.reference ? { reference: row.reference } : {}), ...(row.year ? { year: row.year } : {}) });
  const hit = found.find((d) => d.text === row.text);
  expect(hit, `${JSON.stringify(row.text)} in ${JSON.stringify(found.map((d) => d.text))}`).toBeDefined();
  const start = row.input.indexOf(row.text);
  expect(hit!.span).toEqual([start, start + row.text.length]);
  expect(row.input.slice(hit!.span[0], hit!.span[1])).toBe(hit!.text);
  expect(hit!.date).toBe(row.date);
  expect(hit!.time).toBe(row.time ?? null);
  expect(hit!.recurrence).toBe(row.recurrence ?? null);
  if (row.kind) expect(hit!.kind).toBe(row.kind);
  if (row.stated !== undefined) expect(hit!.stated).toBe(row.stated);
  if (row.also) expect(hit!.also).toEqual(row.also);
  expect(DeadlineSchema.safeParse(hit).success).toBe(true);
}

describe('absolute dates', () => {
  it.each<Row>([
    { input: 'Báo cáo kết quả về Sở trước ngày 20/12/2025.', text: 'trước ngày 20/12/2025', date: '2025-12-20', stated: true, kind: 'date' },
    { input: 'Hoàn thành trước ngày 15/12.', text: 'trước ngày 15/12', date: '2025-12-15', stated: false },
    { input: 'Hoàn thành trước ngày 15/3.', text: 'trước ngày 15/3', date: '2026-03-15', stated: false }, // already past: next year
    { input: 'Sở Tài chính tổng hợp trước ngày 06/10.', text: 'trước ngày 06/10', date: '2026-10-06', stated: false },
    { input: 'Gửi Sở Nội vụ trước 15/12.', text: 'trước 15/12', date: '2025-12-15' },
    { input: 'Đảng ủy gửi trước 15-12-2025.', text: 'trước 15-12-2025', date: '2025-12-15', stated: true },
    { input: 'xong trước ngày 4.11.2025 để tổng hợp', text: 'trước ngày 4.11.2025', date: '2025-11-04' },
    { input: 'hoàn thành rước ngày 10 tháng 10 năm 2025.', text: 'rước ngày 10 tháng 10 năm 2025', date: '2025-10-10' },
    { input: 'phòng cháy của Bộ Công an rước ngày 10 thang 10 năm 2025.', text: 'rước ngày 10 thang 10 năm 2025', date: '2025-10-10' },
    { input: '(báo cáo Tông cục trước hgày 30/10/2025).', text: 'trước hgày 30/10/2025', date: '2025-10-30' },
    { input: 'Trước ngày 25\ntháng 10 năm 2025, các tập đoàn báo cáo', text: 'Trước ngày 25\ntháng 10 năm 2025', date: '2025-10-25' },
    { input: 'website ngành thuế (hoàn thành trước ngày| 15/10/2025); Đề nghị', text: 'trước ngày| 15/10/2025', date: '2025-10-15' },
    { input: 'gửi ý kiến về Bộ trước ngày i 13/3/2026 để tổng hợp', text: 'trước ngày i 13/3/2026', date: '2026-03-13', doc: '2026-03-01' },
    // Last year's number in the first weeks of a year: the writer's habit, read in the document's year.
    { input: 'trình Thủ tướng Chính phủ trước ngày 23 tháng 02 năm 2011.', text: 'trước ngày 23 tháng 02 năm 2011', date: '2012-02-23', doc: '2012-02-17' },
    { input: 'báo cáo Tổng cục trước ngày 20/1\n\n/2026.', text: 'trước ngày 20/1\n\n/2026', date: '2026-01-20' },
    { input: 'trả lời trước hoặc trong ngày 30/6/2026', text: 'trước hoặc trong ngày 30/6/2026', date: '2026-06-30' },
    { input: 'chậm nhất ngày 30/6/2026', text: 'chậm nhất ngày 30/6/2026', date: '2026-06-30' },
    { input: 'gửi chậm nhất là ngày 30/11/2025', text: 'chậm nhất là ngày 30/11/2025', date: '2025-11-30' },
    { input: 'gửi không muộn hơn ngày 20/11/2025', text: 'không muộn hơn ngày 20/11/2025', date: '2025-11-20' },
    { input: 'hạn cuối ngày 20/11/2025', text: 'hạn cuối ngày 20/11/2025', date: '2025-11-20' },
    // The weekday named before the date.
    { input: 'gửi trước thứ Sáu, ngày 10/10/2025', text: 'trước thứ Sáu, ngày 10/10/2025', date: '2025-10-10' },
    { input: 'báo cáo trước Chủ nhật ngày 12/10/2025', text: 'trước Chủ nhật ngày 12/10/2025', date: '2025-10-12' },
    // The holiday named before its date: the date itself ("trước ngày D"), not its eve.
    { input: 'hoàn thành trước thời điểm 31/3/2026.', text: 'trước thời điểm 31/3/2026', date: '2026-03-31' },
    { input: 'xong trước ngày Quốc khánh 02/9/2026.', text: 'trước ngày Quốc khánh 02/9/2026', date: '2026-09-02' },
    { input: 'hoàn thành trước ngày Giải phóng miền Nam 30/4', text: 'trước ngày Giải phóng miền Nam 30/4', date: '2026-04-30' },
    { input: 'thời hạn cham nhất vào ngày 31/01/2026.', text: 'cham nhất vào ngày 31/01/2026', date: '2026-01-31' },
    { input: 'Hạn chót ngày 30/11/2025.', text: 'Hạn chót ngày 30/11/2025', date: '2025-11-30' },
    { input: 'hạn ngày 30/11 phải nộp', text: 'hạn ngày 30/11', date: '2025-11-30' },
    { input: '(thời hạn 15/10/2025)', text: 'thời hạn 15/10/2025', date: '2025-10-15' },
    { input: 'Thời hạn: 15/10/2025.', text: 'Thời hạn: 15/10/2025', date: '2025-10-15' },
    { input: 'thời hạn hoàn thành: 30/11/2025', text: 'thời hạn hoàn thành: 30/11/2025', date: '2025-11-30' },
    { input: 'xác nhận tham dự trước 16 giờ 00 ngày 23/9/2026.', text: 'trước 16 giờ 00 ngày 23/9/2026', date: '2026-09-23', time: '16:00' },
    { input: 'gửi Bộ trước 15h00 ngày 14 tháng 10 năm 2025.', text: 'trước 15h00 ngày 14 tháng 10 năm 2025', date: '2025-10-14', time: '15:00' },
    { input: 'gửi Bộ trước 15:00 ngày 14/10/2025.', text: 'trước 15:00 ngày 14/10/2025', date: '2025-10-14', time: '15:00' },
    { input: 'trước 15h00 ngày 14 tháng\n10 năm 2025', text: 'trước 15h00 ngày 14 tháng\n10 năm 2025', date: '2025-10-14', time: '15:00' },
    { input: 'trước 16h00 ngày 23/9', text: 'trước 16h00 ngày 23/9', date: '2026-09-23', time: '16:00', stated: false },
    { input: 'hoàn thành trước 17h00 thứ Sáu, ngày 16/10/2026.', text: 'trước 17h00 thứ Sáu, ngày 16/10/2026', date: '2026-10-16', time: '17:00' },
    { input: 'chậm nhất 17 giờ ngày 30/10/2025', text: 'chậm nhất 17 giờ ngày 30/10/2025', date: '2025-10-30', time: '17:00' },
    { input: 'trước 9 giờ 30 phút sáng ngày 08/10/2025', text: 'trước 9 giờ 30 phút sáng ngày 08/10/2025', date: '2025-10-08', time: '09:30' },
    { input: 'trước 3 giờ chiều ngày 10/10/2025', text: 'trước 3 giờ chiều ngày 10/10/2025', date: '2025-10-10', time: '15:00' },
    { input: 'hoàn thành trong ngày 05/3/2026.', text: 'trong ngày 05/3/2026', date: '2026-03-05' },
    { input: 'gửi Bộ Xây dựng trong này 10/10/2025.', text: 'trong này 10/10/2025', date: '2025-10-10' },
    { input: 'báo cáo ngay trong ngày để tổng hợp', text: 'ngay trong ngày', date: DOC, stated: false },
    { input: 'thực hiện đến hết ngày 31/12/2025', text: 'đến hết ngày 31/12/2025', date: '2025-12-31' },
    // PDF text laid out with its indentation: the phrase goes on past a line break and the spaces after it
    { input: 'gửi Bộ trước ngày 30 tháng\n        12 năm 2025 để tổng hợp', text: 'trước ngày 30 tháng\n        12 năm 2025', date: '2025-12-30' },
    { input: 'gửi bài trước ngày mùng 5 tháng 11 năm 2025', text: 'trước ngày mùng 5 tháng 11 năm 2025', date: '2025-11-05' },
    // the day the work is done on: a milestone, also null
    { input: 'triển khai tổng vệ sinh vào lúc 16h00 ngày thứ Sáu 24/10/2025.', text: 'vào lúc 16h00 ngày thứ Sáu 24/10/2025', date: '2025-10-24', time: '16:00', also: [null] },
    { input: 'tổ chức đoàn kiểm tra vào ngày 20/10/2025', text: 'vào ngày 20/10/2025', date: '2025-10-20', also: [null] },
    { input: 'tạm dừng đến ngày 31/12/2025', text: 'đến ngày 31/12/2025', date: '2025-12-31' },
    { input: 'lấy ý kiến từ ngày 01/11 đến ngày 15/11/2025', text: 'từ ngày 01/11 đến ngày 15/11/2025', date: '2025-11-15' },
    { input: 'từ 20/10/2025 đến hết ngày 31/10/2025', text: 'từ 20/10/2025 đến hết ngày 31/10/2025', date: '2025-10-31' },
    { input: 'từ ngày 05 - 15/11/2025', text: 'từ ngày 05 - 15/11/2025', date: '2025-11-15' },
    { input: 'mưa lớn trong ngày 07-08/10/2025', text: 'trong ngày 07-08/10/2025', date: '2025-10-08' },
    { input: 'Thời hạn 15/4', text: 'Thời hạn 15/4', date: '2022-04-15', doc: '2022-04' }, // blank day: the 1st of the month
    { input: 'trước ngày 15/12', text: 'trước ngày 15/12', date: null, doc: null }, // no document date: no year
  ])('$text', check);
});

describe('periods', () => {
  it.each<Row>([
    { input: 'Báo cáo hoàn thành trong tháng 3/2026.', text: 'hoàn thành trong tháng 3/2026', date: '2026-03-31', stated: false },
    { input: 'ban hành trong tháng 10 năm 2025', text: 'trong tháng 10 năm 2025', date: '2025-10-31' },
    { input: 'hoàn thành chậm nhất trong tháng 10 năm 2025 theo chỉ đạo', text: 'chậm nhất trong tháng 10 năm 2025', date: '2025-10-31' },
    { input: 'trình UBND tỉnh trong tháng 11/2025.', text: 'trong tháng 11/2025', date: '2025-11-30' },
    { input: 'triển khai trong tháng 12.', text: 'trong tháng 12', date: '2025-12-31' },
    { input: 'triển khai trong tháng 1.', text: 'trong tháng 1', date: '2026-01-31' }, // past in 2025: January next
    { input: 'trình Chính phủ trong tháng Mười Một năm 2025', text: 'trong tháng Mười Một năm 2025', date: '2025-11-30' },
    { input: 'hoàn thành trong tháng này', text: 'hoàn thành trong tháng này', date: '2025-10-31' },
    { input: 'đến hết tháng 12/2025', text: 'đến hết tháng 12/2025', date: '2025-12-31' },
    { input: 'trước tháng 12/2025', text: 'trước tháng 12/2025', date: '2025-11-30', also: ['2025-12-31'] },
    { input: '| 2 | Xây dựng kế hoạch | Sở Nội vụ | Tháng 3/2026 |', text: 'Tháng 3/2026', date: '2026-03-31' },
    { input: 'Thời gian thực hiện: tháng 11/2025', text: 'tháng 11/2025', date: '2025-11-30' },
    { input: 'Tiến độ: Quý IV/2025.', text: 'Quý IV/2025', date: '2025-12-31' },
    { input: '<td>Năm 2026</td>', text: 'Năm 2026', date: '2026-12-31' },
    { input: 'hoàn thành trong quý II/2026', text: 'hoàn thành trong quý II/2026', date: '2026-06-30' },
    { input: '(thời hạn hoàn thành trong Quý IV/2025).', text: 'thời hạn hoàn thành trong Quý IV/2025', date: '2025-12-31' },
    { input: 'hoàn thành CSDL trong Quý 1/2026);', text: 'trong Quý 1/2026', date: '2026-03-31' },
    { input: 'Kế hoạch (Quý 1/2026)', text: 'Quý 1/2026', date: '2026-03-31' },
    { input: 'trong quý II năm 2026', text: 'trong quý II năm 2026', date: '2026-06-30' },
    { input: 'hoàn thành trong quý IIT/2026', text: 'hoàn thành trong quý IIT/2026', date: '2026-09-30' }, // OCR "III"
    { input: 'hoàn thành trong quý 4', text: 'hoàn thành trong quý 4', date: '2025-12-31' },
    { input: 'đầu quý 3/2026', text: 'đầu quý 3/2026', date: '2026-07-01' },
    { input: 'hoàn thành trong 6 tháng đầu năm 2026', text: 'hoàn thành trong 6 tháng đầu năm 2026', date: '2026-06-30' },
    { input: 'Thời gian hoàn thành: 6 tháng đầu năm 2026', text: '6 tháng đầu năm 2026', date: '2026-06-30' },
    { input: 'thực hiện trong 6 tháng cuối năm', text: 'trong 6 tháng cuối năm', date: '2025-12-31' },
    { input: 'hoàn thành chỉ tiêu 100.000 căn nhà ở xã hội trong năm 2025', text: 'trong năm 2025', date: '2025-12-31', also: [null] },
    { input: 'trình Chính phủ Ban hành trong nam)\n(2025) không để tồn', text: 'trong nam)\n(2025', date: '2025-12-31' },
    { input: 'hoàn thành nhà ở cho lực lượng vũ trang nhân dân đến năm 2030.', text: 'đến năm 2030', date: '2030-12-31', also: [null] },
    { input: 'đến hết năm 2025', text: 'đến hết năm 2025', date: '2025-12-31' },
    { input: 'trong năm nay', text: 'trong năm nay', date: '2025-12-31' },
    { input: 'vào cuối năm 2025', text: 'cuối năm 2025', date: '2025-12-31' },
    { input: 'trước cuối năm', text: 'cuối năm', date: '2025-12-31' },
    { input: 'trình vào giữa năm 2026', text: 'giữa năm 2026', date: '2026-06-30' },
    { input: 'khởi công đầu năm 2026', text: 'đầu năm 2026', date: '2026-01-01', also: [null] },
    { input: 'trước năm 2030', text: 'trước năm 2030', date: '2029-12-31', also: ['2030-12-31'] },
    { input: 'cuối tháng 11', text: 'cuối tháng 11', date: '2025-11-30' },
    { input: 'cuối tháng 5/2026', text: 'cuối tháng 5/2026', date: '2026-05-31' },
    { input: 'giữa tháng 12 năm 2025', text: 'giữa tháng 12 năm 2025', date: '2025-12-15' },
    { input: 'đầu tháng 12', text: 'đầu tháng 12', date: '2025-12-01', also: [null] },
    { input: 'trước cuối tháng này', text: 'trước cuối tháng này', date: '2025-10-31' },
    { input: 'tổ chức tập huấn vào tuần cuối tháng 11/2025.', text: 'vào tuần cuối tháng 11/2025', date: '2025-11-30', also: [null] },
    { input: 'tuần đầu tháng 12', text: 'tuần đầu tháng 12', date: '2025-12-07', also: [null] },
    { input: '(chậm nhất 10 ngày của tháng kế tiếp)', text: 'chậm nhất 10 ngày của tháng kế tiếp', date: '2025-11-10', recurrence: 'monthly', kind: 'recurring' },
    { input: 'trước ngày 05 của tháng sau', text: 'trước ngày 05 của tháng sau', date: '2025-11-05', kind: 'date' },
    { input: 'hoàn thành trước ngày 01/10/2025', text: 'trước ngày 01/10/2025', date: '2025-10-01' }, // days before the document: kept
  ])('$text', check);
});

describe('relative counts', () => {
  it.each<Row>([
    // from the received date when known: 8/10 + 10 days = Sat 18/10 → Mon 20/10
    { input: 'trong thời hạn 10 ngày kể từ ngày nhận được văn bản', text: 'trong thời hạn 10 ngày kể từ ngày nhận được văn bản', date: '2025-10-20', reference: '2025-10-08', kind: 'relative', stated: false },
    { input: 'trong thời hạn 10 ngày kể từ ngày nhận được văn bản này', text: 'trong thời hạn 10 ngày kể từ ngày nhận được văn bản này', date: '2025-10-16' },
    { input: 'trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản', text: 'trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản', date: '2025-10-27' },
    { input: 'Báo cáo trong 05 ngày làm việc kể từ ngày ký.', text: 'trong 05 ngày làm việc kể từ ngày ký', date: '2025-10-13', kind: 'relative' },
    { input: 'trong 05 ngày làm việc kể từ ngày ký', text: 'trong 05 ngày làm việc kể từ ngày ký', date: '2025-10-13', reference: '2025-10-20' }, // signature, not receipt
    { input: 'trong 05 ngày làm việc kể từ ngày ký', text: 'trong 05 ngày làm việc kể từ ngày ký', date: '2026-02-26', doc: '2026-02-12' }, // across Tết
    { input: 'trong 05 ngày làm việc kể từ ngày ban hành', text: 'trong 05 ngày làm việc kể từ ngày ban hành', date: '2025-10-13' },
    { input: 'trong 10 (mười) ngày kể từ ngày ban hành', text: 'trong 10 (mười) ngày kể từ ngày ban hành', date: '2025-10-16' },
    { input: 'trong mười ngày kể từ ngày ký', text: 'trong mười ngày kể từ ngày ký', date: '2025-10-16' },
    { input: 'chậm nhất 03 ngày làm việc sau khi nhận được văn bản', text: 'chậm nhất 03 ngày làm việc sau khi nhận được văn bản', date: '2025-10-09' },
    { input: 'trong 03 tháng kể từ ngày Quyết định này có hiệu lực', text: 'trong 03 tháng kể từ ngày Quyết định này có hiệu lực', date: '2026-01-06' },
    // another text's entry into force, counted from the date the letter states for it
    {
      input: 'Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành từ ngày 06/7/2026. Trong thời hạn 06 tháng, kể từ ngày Nghị định số 178/2026/NĐ-CP có\nhiệu lực thi hành, các bộ công bố danh mục.',
      text: 'Trong thời hạn 06 tháng, kể từ ngày Nghị định số 178/2026/NĐ-CP có\nhiệu lực thi hành', date: '2027-01-06', kind: 'relative', also: [null],
    },
    {
      input: 'Nghị định có hiệu lực kể từ ngày 01 tháng 7 năm 2026; trong 30 ngày kể từ ngày Nghị định có hiệu lực thi hành, các tỉnh báo cáo.',
      text: 'trong 30 ngày kể từ ngày Nghị định có hiệu lực thi hành', date: '2026-07-31', also: [null],
    },
    // the receipt of something else than this text is an event
    { input: 'trong thời hạn 07 ngày làm việc, kể từ ngày nhận được ý kiến thẩm định của Hội đồng thẩm định', text: 'trong thời hạn 07 ngày làm việc, kể từ ngày nhận được ý kiến thẩm định của Hội đồng thẩm định', date: null, kind: 'event' },
    { input: 'trong thời hạn 10 ngày kể từ ngày nhận được, các đơn vị gửi báo cáo', text: 'trong thời hạn 10 ngày kể từ ngày nhận được', date: '2025-10-16' },
    // an event named before the count
    { input: 'Kể từ ngày công bố Quyết định này, thời gian kiểm tra không quá 10 ngày làm việc.', text: 'không quá 10 ngày làm việc', date: null, kind: 'event' },
    { input: 'Kể từ ngày ký, trong 05 ngày làm việc các đơn vị gửi báo cáo.', text: 'trong 05 ngày làm việc', date: '2025-10-13' },
    // …and with no date stated, the count waits for the event
    { input: 'trong thời hạn 02 năm kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành', text: 'trong thời hạn 02 năm kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành', date: null, kind: 'event' },
    { input: 'hoàn thành trong 05 ngày làm việc.', text: 'trong 05 ngày làm việc', date: '2025-10-13' },
    { input: 'trong 05 ngày làm việc kể từ ngày ký', text: 'trong 05 ngày làm việc kể từ ngày ký', date: null, doc: null },
    { input: 'trong vòng 07 ngày\nké từ khi nhận được đầy đủ hồ sơ của Ban Quản lý dự án', text: 'trong vòng 07 ngày\nké từ khi nhận được đầy đủ hồ sơ', date: null, kind: 'event' },
    { input: 'chậm nhất 03 ngày trước ngày tổ chức Hội nghị', text: 'chậm nhất 03 ngày trước ngày tổ chức Hội nghị', date: null, kind: 'event' },
    // The event's words go on over a line break: the year in them dates nothing of its own.
    { input: 'chậm nhất là 15 ngày, kể từ ngày bế mạc kỳ\nhọp cuối năm 2017; các Ban quyết định', text: 'chậm nhất là 15 ngày, kể từ ngày bế mạc kỳ\nhọp cuối năm 2017', date: null, kind: 'event', doc: '2017-07-14' },
  ])('$text', check);
});

describe('recurring duties', () => {
  it.each<Row>([
    // a plan's time column
    { input: '| 4 | Kiểm tra việc khai thác cát | Sở Nông nghiệp và Môi trường | Công an tỉnh | Hàng năm |', text: 'Hàng năm', date: '2025-12-31', recurrence: 'yearly', kind: 'recurring', also: [null] },
    { input: '| 5 | Báo cáo tiến độ | Sở Xây dựng | | Hằng quý |', text: 'Hằng quý', date: '2025-12-31', recurrence: 'quarterly', also: [null] },
    { input: 'báo cáo trước ngày 20 hằng tháng', text: 'trước ngày 20 hằng tháng', date: '2025-10-20', recurrence: 'monthly', kind: 'recurring', stated: false },
    { input: 'báo cáo trước ngày 20 hằng tháng', text: 'trước ngày 20 hằng tháng', date: '2025-11-20', recurrence: 'monthly', doc: '2025-10-25' },
    { input: 'Định kỳ trước ngày 25 hàng tháng, các Vụ gửi báo cáo', text: 'Định kỳ trước ngày 25 hàng tháng', date: '2025-10-25', recurrence: 'monthly' },
    { input: 'vào ngày 05 hằng tháng', text: 'vào ngày 05 hằng tháng', date: '2025-11-05', recurrence: 'monthly' },
    { input: 'trước ngày 15/12 hằng năm', text: 'trước ngày 15/12 hằng năm', date: '2025-12-15', recurrence: 'yearly' },
    // a start year: the first time falls in it
    { input: 'gửi Bộ trước ngày 30 tháng 6 hằng năm kể từ năm 2027.', text: 'trước ngày 30 tháng 6 hằng năm', date: '2027-06-30', recurrence: 'yearly' },
    { input: 'báo cáo trước ngày 20 hằng tháng, bắt đầu từ năm 2027', text: 'trước ngày 20 hằng tháng', date: '2027-01-20', recurrence: 'monthly' },
    { input: 'báo cáo định kỳ hằng quý (trước ngày 15 của tháng cuối quý)', text: 'báo cáo định kỳ hằng quý (trước ngày 15 của tháng cuối quý', date: '2025-12-15', recurrence: 'quarterly' },
    { input: 'báo cáo định kỳ hằng tháng trước ngày 20', text: 'báo cáo định kỳ hằng tháng trước ngày 20', date: '2025-10-20', recurrence: 'monthly' },
    { input: 'hằng tháng, trước ngày 20', text: 'hằng tháng, trước ngày 20', date: '2025-10-20', recurrence: 'monthly' },
    { input: 'hằng năm, trước ngày 15/12', text: 'hằng năm, trước ngày 15/12', date: '2025-12-15', recurrence: 'yearly' },
    // the month in words, "mùng" before the day
    { input: 'Hàng năm, trước ngày mùng 10 của tháng 01, Cục Thuế báo cáo', text: 'Hàng năm, trước ngày mùng 10 của tháng 01', date: '2026-01-10', recurrence: 'yearly' },
    { input: 'hằng tháng, trước ngày mồng 5', text: 'hằng tháng, trước ngày mồng 5', date: '2025-11-05', recurrence: 'monthly' },
    { input: 'tinh thần chỉ đạo (Báo cáo định kỳ hàng tháng).', text: 'Báo cáo định kỳ hàng tháng', date: '2025-10-31', recurrence: 'monthly', also: [null] },
    // The frequency's words a wide gap apart (a line break in laid-out PDF text): read, no throw.
    { input: 'tinh thần chỉ đạo (Báo cáo định kỳ hàng\n          tháng).', text: 'Báo cáo định kỳ hàng\n          tháng', date: '2025-10-31', recurrence: 'monthly', also: [null] },
    { input: 'mục tiêu đề ra (Báo cáo hàng tuần).', text: 'Báo cáo hàng tuần', date: '2025-10-12', recurrence: 'weekly', also: [null] },
    { input: 'định kỳ hằng quý', text: 'định kỳ hằng quý', date: '2025-12-31', recurrence: 'quarterly', also: [null] },
    // A day of a quarter's month with no "hằng quý": quarterly all the same.
    { input: 'gửi kết quả trước ngày 10 của tháng cuối quý', text: 'trước ngày 10 của tháng cuối quý', date: '2025-12-10', recurrence: 'quarterly', kind: 'recurring' },
    { input: 'báo cáo chậm nhất ngày 10 tháng đầu quý', text: 'chậm nhất ngày 10 tháng đầu quý', date: '2025-10-10', recurrence: 'quarterly' },
    { input: 'nộp vào ngày 20 của tháng cuối mỗi quý', text: 'vào ngày 20 của tháng cuối mỗi quý', date: '2025-12-20', recurrence: 'quarterly' },
    { input: 'báo cáo định kỳ hằng năm', text: 'báo cáo định kỳ hằng năm', date: '2025-12-31', recurrence: 'yearly', also: [null] },
    { input: 'Định kỳ ngày đầu tháng, Tổng cục Thuế gửi', text: 'Định kỳ ngày đầu tháng', date: '2022-05-01', recurrence: 'monthly', doc: '2022-04' },
    { input: 'định kỳ vào ngày cuối tháng', text: 'định kỳ vào ngày cuối tháng', date: '2025-10-31', recurrence: 'monthly' },
    { input: 'kết quả khắc phục hậu quả mưa lũ trước 15 giờ hang ngày.', text: 'trước 15 giờ hang ngày', date: '2025-10-07', time: '15:00', recurrence: 'daily', also: [DOC] },
    { input: 'báo cáo trước 15 giờ hằng ngày', text: 'trước 15 giờ hằng ngày', date: '2025-10-07', time: '15:00', recurrence: 'daily' },
    { input: 'báo cáo hằng ngày trước 16 giờ', text: 'báo cáo hằng ngày trước 16 giờ', date: '2025-10-07', time: '16:00', recurrence: 'daily' },
    { input: 'giao ban vào thứ Sáu hằng tuần', text: 'vào thứ Sáu hằng tuần', date: '2025-10-10', recurrence: 'weekly' },
    { input: 'hằng tuần vào thứ Hai', text: 'hằng tuần vào thứ Hai', date: '2025-10-13', recurrence: 'weekly' },
    { input: 'trước 16h00 thứ Năm hằng tuần', text: 'trước 16h00 thứ Năm hằng tuần', date: '2025-10-09', time: '16:00', recurrence: 'weekly' },
    {
      input: '- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12;\nSở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12.',
      text: 'trước ngày 15/12',
      date: '2026-12-15',
      recurrence: 'yearly',
      doc: '2026-07-10',
    },
    {
      input: '- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12;\nSở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12.',
      text: 'trước ngày 20/12',
      date: '2026-12-20',
      recurrence: 'yearly',
      doc: '2026-07-10',
    },
    { input: '- Báo cáo 6 tháng: gửi Sở Tài chính trước ngày 05/7;', text: 'trước ngày 05/7', date: '2027-07-05', doc: '2026-07-10' },
    // Every six months: the day stated and the same day six months away, the first one after the document.
    { input: 'báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)', text: 'báo cáo định kỳ 6 tháng (trước ngày 15/6', date: '2025-12-15', recurrence: 'half-yearly', kind: 'recurring' },
    { input: 'báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)', text: 'báo cáo định kỳ 6 tháng (trước ngày 15/6', date: '2026-06-15', recurrence: 'half-yearly', doc: '2026-01-05' },
    { input: 'báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)', text: 'hằng năm (trước ngày 15/12', date: '2025-12-15', recurrence: 'yearly' },
    { input: 'định kỳ 6 tháng (chậm nhất ngày 10/7)', text: 'định kỳ 6 tháng (chậm nhất ngày 10/7', date: '2026-01-10', recurrence: 'half-yearly' },
    // No day: the end of the current half-year, and the phrase stops at its frequency.
    { input: 'Sở Tài chính báo cáo định kỳ 06 tháng.', text: 'báo cáo định kỳ 06 tháng', date: '2025-12-31', recurrence: 'half-yearly', also: [null] },
    { input: 'định kỳ sáu tháng/lần', text: 'định kỳ sáu tháng/lần', date: '2026-06-30', recurrence: 'half-yearly', doc: '2026-03-02' },
    { input: 'kiểm tra 6 tháng một lần', text: '6 tháng một lần', date: '2025-12-31', recurrence: 'half-yearly' },
    // A frequency opening a duty, after a sentence's or a bullet's start or "đồng thời,".
    { input: 'a) Giao Ban Thu theo dõi. Hàng tháng tổng hợp báo cáo Tổng Giám đốc.', text: 'Hàng tháng', date: '2025-10-31', recurrence: 'monthly', also: [null] },
    { input: '- Hàng năm tổng hợp, đánh giá tình hình vi phạm', text: 'Hàng năm', date: '2025-12-31', recurrence: 'yearly', also: [null] },
    { input: 'không thanh tra; đồng thời, hàng tháng đôn đốc doanh nghiệp đóng đủ', text: 'hàng tháng', date: '2025-10-31', recurrence: 'monthly' },
    // A review report is due at its period's end unless a date is given.
    { input: 'các sở báo cáo sơ kết 6 tháng gửi Sở Nội vụ', text: 'báo cáo sơ kết 6 tháng', date: '2026-06-30', also: [null] },
    { input: 'báo cáo tổng kết năm 2026 gửi Sở Nội vụ', text: 'báo cáo tổng kết năm 2026', date: '2026-12-31', also: [null] },
    { input: 'báo cáo sơ kết 6 tháng, tổng kết năm gửi Sở Nội vụ', text: 'báo cáo sơ kết 6 tháng, tổng kết năm', date: '2025-12-31', also: [null, '2026-06-30'] },
    { input: 'báo cáo sơ kết 6 tháng, tổng kết năm gửi Sở Nội vụ', text: 'báo cáo sơ kết 6 tháng, tổng kết năm', date: '2026-06-30', also: [null, '2026-12-31'], doc: '2026-02-10' },
    { input: 'báo cáo tổng kết năm (trước ngày 10/12)', text: 'trước ngày 10/12', date: '2025-12-10' },
    // The date after another frequency belongs to that one.
    { input: 'báo cáo định kỳ 06 tháng, hằng năm trước ngày 20/6 và 20/12', text: 'báo cáo định kỳ 06 tháng', date: '2025-12-31', recurrence: 'half-yearly' },
  ])('$text', check);
});

describe('a draft dated by its year alone ("ngày    tháng    năm 2026"): the year places days and periods written without one', () => {
  it.each<Row>([
    { input: 'định kỳ hàng năm (trước ngày 10/12) báo cáo', text: 'định kỳ hàng năm (trước ngày 10/12', date: '2026-12-10', recurrence: 'yearly', doc: null, year: 2026 },
    { input: 'gửi Sở Nội vụ trước ngày 15/12 hằng năm', text: 'trước ngày 15/12 hằng năm', date: '2026-12-15', recurrence: 'yearly', doc: null, year: 2026 },
    { input: 'hoàn thành trước ngày 15/10', text: 'trước ngày 15/10', date: '2026-10-15', doc: null, year: 2026 },
    { input: 'hoàn thành trong tháng 10', text: 'hoàn thành trong tháng 10', date: '2026-10-31', doc: null, year: 2026 },
    // what needs the day itself stays unknown
    { input: 'báo cáo trước ngày 20 hằng tháng', text: 'trước ngày 20 hằng tháng', date: null, recurrence: 'monthly', doc: null, year: 2026 },
    { input: 'báo cáo trong 05 ngày làm việc kể từ ngày ký', text: 'trong 05 ngày làm việc kể từ ngày ký', date: null, doc: null, year: 2026 },
    { input: 'hoàn thành trong tuần sau', text: 'trong tuần sau', date: null, doc: null, year: 2026 },
    // a full date or a reference wins over the year
    { input: 'hoàn thành trước ngày 15/10', text: 'trước ngày 15/10', date: '2025-10-15', year: 2026 },
  ])('$input', check);
});

describe('days named relative to the document\'s week (Monday 6/10/2025; weeks run Monday to Sunday)', () => {
  it.each<Row>([
    { input: 'báo cáo trước thứ Sáu tuần sau.', text: 'trước thứ Sáu tuần sau', date: '2025-10-17', stated: false },
    { input: 'gửi trước thứ 6 tuần này', text: 'trước thứ 6 tuần này', date: '2025-10-10' },
    { input: 'tổ chức vào thứ Hai tuần tới', text: 'vào thứ Hai tuần tới', date: '2025-10-13' },
    { input: 'chậm nhất thứ Năm tuần kế tiếp', text: 'chậm nhất thứ Năm tuần kế tiếp', date: '2025-10-16' },
    { input: 'báo cáo trước 10 giờ sáng thứ Ba tuần sau', text: 'trước 10 giờ sáng thứ Ba tuần sau', date: '2025-10-14', time: '10:00' },
    { input: 'họp vào Chủ nhật tuần này', text: 'vào Chủ nhật tuần này', date: '2025-10-12' },
    { input: 'hoàn thành trong tuần này.', text: 'trong tuần này', date: '2025-10-12' },
    { input: 'xong trong tuần sau', text: 'trong tuần sau', date: '2025-10-19' },
    { input: 'báo cáo trước 16 giờ ngày mai.', text: 'trước 16 giờ ngày mai', date: '2025-10-07', time: '16:00' },
    // From a Sunday, "tuần này" is the week that ends that day.
    { input: 'gửi trước thứ Sáu tuần này', text: 'trước thứ Sáu tuần này', date: '2025-10-10', doc: '2025-10-12' },
    { input: 'gửi trước thứ Sáu tuần sau', text: 'trước thứ Sáu tuần sau', date: '2025-10-17', doc: '2025-10-12' },
    { input: 'trước thứ Sáu tuần sau', text: 'trước thứ Sáu tuần sau', date: null, doc: null },
  ])('$text', check);

  it('leaves "ngày mai" without a cue or an hour alone', () => {
    expect(findDeadlines('Hôm nay mưa, đến ngày mai sẽ tạnh.', { documentDate: DOC })).toEqual([]);
  });
});

describe('a date alone in a table cell (a plan\'s time column)', () => {
  it.each<Row>([
    { input: '| 1 | Số hóa hồ sơ | Sở Nội vụ | 30/09/2026 |', text: '30/09/2026', date: '2026-09-30' },
    { input: '<tr><td>Số hóa hồ sơ</td><td>Sở Nội vụ</td><td> 15/10/2025 </td></tr>', text: '15/10/2025', date: '2025-10-15' },
    { input: '| 2 | Rà soát thủ tục | Sở Tư pháp | 15/12 |', text: '15/12', date: '2025-12-15', stated: false },
    // years alone: the end of the last one
    { input: '| 3 | Xây dựng cơ sở dữ liệu | Sở Tài chính | 2026 - 2030 |', text: '2026 - 2030', date: '2030-12-31', stated: false, kind: 'date' },
    { input: '| 4 | Xây dựng Kế hoạch | Sở Xây dựng | 2030 |', text: '2030', date: '2030-12-31' },
    { input: '| 5 | Xử lý điểm nóng | Sở Nông nghiệp và Môi trường | 2026 - 2030 (Ngay sau khi sự cố phát sinh) |', text: '2026 - 2030', date: '2030-12-31' },
    { input: '<tr><td>Lập quy hoạch</td><td>Sở Xây dựng</td><td>2029-2030</td></tr>', text: '2029-2030', date: '2030-12-31' },
  ])('$text', check);

  it('leaves a date in running text or beside other words in a cell alone', () => {
    expect(findDeadlines('Ngày 30/09/2026 | Sở Nội vụ tổ chức hội nghị.', { documentDate: DOC })).toEqual([]);
    expect(findDeadlines('| Quyết định ban hành 30/09/2026 |', { documentDate: DOC })).toEqual([]);
    // years beside words, or not years: a year in a sentence, figures, a span the wrong way round
    expect(findDeadlines('| Giai đoạn 2026 - 2030 |', { documentDate: DOC })).toEqual([]);
    expect(findDeadlines('| 1 | 1500 | 2400 |', { documentDate: DOC })).toEqual([]);
    expect(findDeadlines('| 2030 - 2026 |', { documentDate: DOC })).toEqual([]);
  });
});

describe('quarters as OCR reads them', () => {
  it.each<Row>([
    { input: 'hoàn thành trong quý [V/2025.', text: 'hoàn thành trong quý [V/2025', date: '2025-12-31' },
    { input: 'hoàn thành trong quý 1V/2025.', text: 'hoàn thành trong quý 1V/2025', date: '2025-12-31' },
  ])('$text', check);
});

describe('"trong" as OCR reads it before a month or a quarter', () => {
  it.each<Row>([
    { input: 'hoàn thành (rong tháng 01/2026)', text: 'rong tháng 01/2026', date: '2026-01-31' },
    { input: 'hoàn thành frong tháng 01/2026', text: 'hoàn thành frong tháng 01/2026', date: '2026-01-31' },
    { input: 'hoàn thành frong Quý 1/2026', text: 'hoàn thành frong Quý 1/2026', date: '2026-03-31' },
  ])('$text', check);
});

describe('lunar and holiday anchors', () => {
  it.each<Row>([
    { input: 'hoàn thành trước Tết Nguyên đán', text: 'trước Tết Nguyên đán', date: '2026-02-16' },
    { input: 'hoàn thành trước Tết Nguyên đán', text: 'trước Tết Nguyên đán', date: '2026-02-16', doc: '2026-01-10' },
    { input: 'hoàn thành trước Tết Nguyên đán', text: 'trước Tết Nguyên đán', date: '2027-02-05', doc: '2026-03-01' },
    { input: 'trước Tết Nguyên đán Bính Ngọ 2026', text: 'trước Tết Nguyên đán Bính Ngọ 2026', date: '2026-02-16' },
    { input: 'trước Tết Dương lịch', text: 'trước Tết Dương lịch', date: '2025-12-31' },
    { input: 'trước dịp nghỉ lễ 30/4', text: 'trước dịp nghỉ lễ 30/4', date: '2026-04-29' },
    { input: 'trước lễ Quốc khánh', text: 'trước lễ Quốc khánh', date: '2026-09-01' },
    { input: 'Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)', text: '10 tháng 3 âm lịch', date: '2026-04-26' },
    { input: 'tổ chức trước ngày 10 tháng 3 âm lịch', text: 'trước ngày 10 tháng 3 âm lịch', date: '2026-04-26' },
    { input: 'ngày 10/3 âm lịch năm 2026', text: 'ngày 10/3 âm lịch năm 2026', date: '2026-04-26' },
    { input: 'trước rằm tháng Giêng', text: 'trước rằm tháng Giêng', date: '2026-03-03' },
    { input: 'trước ngày 23 tháng Chạp', text: 'trước ngày 23 tháng Chạp', date: '2026-02-10' },
    // Giỗ Tổ Hùng Vương: 10/3 of the lunar calendar (26/4/2026, 16/4/2027), the day before it.
    { input: 'hoàn thành trước Giỗ Tổ Hùng Vương', text: 'trước Giỗ Tổ Hùng Vương', date: '2026-04-25' },
    { input: 'hoàn thành trước Giỗ Tổ Hùng Vương', text: 'trước Giỗ Tổ Hùng Vương', date: '2027-04-15', doc: '2026-05-04' },
    { input: 'trang trí trước dịp Giỗ Tổ Hùng Vương năm 2027', text: 'trước dịp Giỗ Tổ Hùng Vương năm 2027', date: '2027-04-15' },
    { input: 'trước ngày Giỗ Tổ', text: 'trước ngày Giỗ Tổ', date: '2026-04-25' },
  ])('$text', check);
});

describe('undated cues', () => {
  it.each<Row>([
    { input: 'kiểm tra ngay cơ sở khai thác vi phạm', text: 'ngay', date: null, kind: 'urgent' },
    { input: 'Khẩn trương hoàn thành thủ tục', text: 'Khẩn trương', date: null, kind: 'urgent' },
    { input: 'a) Khan trương báo cáo Thủ tướng', text: 'Khan trương', date: null, kind: 'urgent' },
    { input: '- Khân trương rà soát', text: 'Khân trương', date: null, kind: 'urgent' },
    { input: 'khan truong hoan thien', text: 'khan truong', date: null, kind: 'urgent' },
    { input: '- Khan trươn;\nThuế tại công văn', text: 'Khan trươn', date: null, kind: 'urgent' },
    { input: 'd) Thực hiện ngay việc cắt giảm thủ tục', text: 'Thực hiện ngay', date: null, kind: 'urgent' },
    { input: 'xử lý ngay các vi phạm', text: 'ngay', date: null, kind: 'urgent' },
    { input: 'ký phụ lục ngay sau khi dự toán được phê duyệt', text: 'ngay sau khi', date: null, kind: 'urgent' },
    { input: 'báo cáo ngay sau khi nhận được', text: 'ngay sau khi nhận được', date: null, kind: 'urgent' },
    { input: 'khắc phục ngay lập tức', text: 'ngay lập tức', date: null, kind: 'urgent' },
    { input: 'xử lý kịp thời các vướng mắc', text: 'kịp thời', date: null, kind: 'urgent' },
    { input: 'đề xuất sớm hoàn thành', text: 'sớm', date: null, kind: 'urgent' },
    { input: 'trong thời gian sớm nhất', text: 'trong thời gian sớm nhất', date: null, kind: 'urgent' },
    { input: 'Thường xuyên theo dõi', text: 'Thường xuyên', date: null, kind: 'continuous' },
    { input: 'cập nhật liên tục', text: 'liên tục', date: null, kind: 'continuous' },
    { input: 'theo dõi thường xuyên, liên tục diễn biến', text: 'thường xuyên, liên tục', date: null, kind: 'continuous' },
    { input: 'báo cáo khi có yêu cầu', text: 'khi có yêu cầu', date: null, kind: 'on-request' },
    { input: 'kiểm tra đột xuất', text: 'đột xuất', date: null, kind: 'on-request' },
    { input: 'Định kỳ hoặc đột xuất tổng hợp', text: 'Định kỳ hoặc đột xuất', date: null, kind: 'on-request' },
    { input: 'báo cáo khi phát sinh vướng mắc', text: 'khi phát sinh', date: null, kind: 'on-request' },
    { input: 'triển khai sau khi Đề án được phê duyệt', text: 'sau khi Đề án được phê duyệt', date: null, kind: 'event' },
    { input: 'giải quyết kể từ khi nhận được đầy đủ hồ sơ', text: 'kể từ khi nhận được đầy đủ hồ sơ', date: null, kind: 'event' },
    { input: 'hoàn thành trước mùa mưa bão năm 2026', text: 'trước mùa mưa bão năm 2026', date: null, kind: 'event' },
    { input: '(báo cáo Tổng cục trước hội nghị Tổng kết).', text: 'trước hội nghị Tổng kết', date: null, kind: 'event' },
    { input: 'trình Quốc hội thông qua tại Kỳ họp thứ 10, Quốc hội XV', text: 'tại Kỳ họp thứ 10, Quốc hội XV', date: null, kind: 'event' },
    { input: 'trình Hội đồng nhân dân vào kỳ họp giữa năm 2019', text: 'vào kỳ họp giữa năm 2019', date: null, kind: 'event', doc: '2017-07-14' },
    { input: 'báo cáo kết quả thực hiện tại kỳ họp thường lệ giữa năm 2019.', text: 'tại kỳ họp thường lệ giữa năm 2019', date: null, kind: 'event', doc: '2017-07-14' },
  ])('$text', check);
});

describe('a whole passage', () => {
  it('returns every phrase in text order, without overlaps, with exact spans', () => {
    const text =
      'a) Khan trương báo cáo Thủ tướng Chính phủ trước ngày 15/10/2025 về chính sách;\n' +
      'b) Chủ trì xây dựng Nghị định, trình Chính phủ trong tháng 10/2025.\n' +
      '- Định kỳ trước ngày 25 hàng tháng, gửi báo cáo; thường xuyên theo dõi.';
    const found = findDeadlines(text, { documentDate: '2025-10' });
    expect(found.map((d) => [d.text, d.date, d.kind])).toEqual([
      ['Khan trương', null, 'urgent'],
      ['trước ngày 15/10/2025', '2025-10-15', 'date'],
      ['trong tháng 10/2025', '2025-10-31', 'date'],
      ['Định kỳ trước ngày 25 hàng tháng', '2025-10-25', 'recurring'],
      ['thường xuyên', null, 'continuous'],
    ]);
    for (const d of found) {
      expect(text.slice(d.span[0], d.span[1])).toBe(d.text);
      expect(d.tags.length).toBeGreaterThan(0);
    }
    for (let i = 1; i < found.length; i++) expect(found[i]!.span[0]).toBeGreaterThanOrEqual(found[i - 1]!.span[1]);
  });

  it('keeps offsets on text with a BOM, decomposed marks and astral characters', () => {
    const text = '\uFEFF😀 Báo cáo trước ngày 20/12/2025.';
    const [hit] = findDeadlines(text, { documentDate: DOC });
    expect(hit?.text).toBe('trước ngày 20/12/2025');
    expect(text.slice(hit!.span[0], hit!.span[1])).toBe('trước ngày 20/12/2025');
  });
});
