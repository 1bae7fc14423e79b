import { describe, expect, it } from 'vitest';
import { citationKey, findCitations } from '../../lib/extract/citations';

interface Case {
  text: string;
  number: string;
  kind: string | null;
  date: string | null;
  issuer: string | null;
  /** The text the span covers. */
  span: string;
}

/** One citation per phrase; numbers are invented, shapes are those seen in real directives. */
const single: Case[] = [
  {
    text: 'Ngày 20 tháng 8 năm 2025, Thủ tướng Chính phủ đã ban hành Công điện số 138/CĐ-TTg về việc tăng cường',
    number: '138/CĐ-TTg', kind: 'Công điện', date: '2025-08-20', issuer: 'Thủ tướng Chính phủ',
    span: 'Công điện số 138/CĐ-TTg',
  },
  {
    text: 'Ngày 12/3/2020 Tổng cục Thuế đã ban hành Công văn số 1046/TCT-TTKT gửi các Cục Thuế',
    number: '1046/TCT-TTKT', kind: 'Công văn', date: '2020-03-12', issuer: 'Tổng cục Thuế',
    span: 'Công văn số 1046/TCT-TTKT',
  },
  // Numbers of the 1970s–80s carry no "/".
  {
    text: 'theo Quyết định 201-CP ngày 01 tháng 7 năm 1980 của Hội đồng Chính phủ, đồng thời',
    number: '201-CP', kind: 'Quyết định', date: '1980-07-01', issuer: 'Hội đồng Chính phủ',
    span: 'Quyết định 201-CP ngày 01 tháng 7 năm 1980 của Hội đồng Chính phủ',
  },
  {
    text: 'theo Quyết\nđịnh 201-CP ngày 01 tháng 7 năm 1980 của Hội đồng Chính phủ, đồng thời',
    number: '201-CP', kind: 'Quyết định', date: '1980-07-01', issuer: 'Hội đồng Chính phủ',
    span: 'Quyết\nđịnh 201-CP ngày 01 tháng 7 năm 1980 của Hội đồng Chính phủ',
  },
  {
    text: 'thành lập ngay theo tinh thần Nghị định số 404-CP ngày 09/11/1979 của Hội đồng Chính phủ.',
    number: '404-CP', kind: 'Nghị định', date: '1979-11-09', issuer: 'Hội đồng Chính phủ',
    span: 'Nghị định số 404-CP ngày 09/11/1979 của Hội đồng Chính phủ',
  },
  {
    text: 'Ngày 12/3/2020, Tổng cục Thuế có Công văn số 1046/TCT-TTKT gửi các Cục Thuế',
    number: '1046/TCT-TTKT', kind: 'Công văn', date: '2020-03-12', issuer: null,
    span: 'Công văn số 1046/TCT-TTKT',
  },
  {
    text: 'thực hiện Công điện số 138/CĐ- -TTg ngày 20/8/2025 của Thủ tướng Chính phủ',
    number: '138/CĐ-TTg', kind: 'Công điện', date: '2025-08-20', issuer: 'Thủ tướng Chính phủ',
    span: 'Công điện số 138/CĐ- -TTg ngày 20/8/2025 của Thủ tướng Chính phủ',
  },
  {
    text: 'theo Nghị quyết số 66.19/2026/NQ-CP ngày 10/5/2026 của Chính phủ về',
    number: '66.19/2026/NQ-CP', kind: 'Nghị quyết', date: '2026-05-10', issuer: 'Chính phủ',
    span: 'Nghị quyết số 66.19/2026/NQ-CP ngày 10/5/2026 của Chính phủ',
  },
  {
    text: 'Bộ Ngoại giao nhận được Công thư số 621/LĐCP ngày 06/10/2025 của Đại sứ quán',
    number: '621/LĐCP', kind: 'Công thư', date: '2025-10-06', issuer: 'Đại sứ quán',
    span: 'Công thư số 621/LĐCP ngày 06/10/2025 của Đại sứ quán',
  },
  {
    text: 'Thực hiện Công văn số 2310-CV/BCSD ngày 05/4/2024 của Ban cán sự đảng UBND tỉnh về việc triển khai',
    number: '2310-CV/BCSD', kind: 'Công văn', date: '2024-04-05', issuer: 'Ban cán sự đảng UBND tỉnh',
    span: 'Công văn số 2310-CV/BCSD ngày 05/4/2024 của Ban cán sự đảng UBND tỉnh',
  },
  {
    text: 'thực hiện Hướng dẫn số 09-HD/TU, ngày 28/02/2024 của Ban Thường vụ Tỉnh ủy hướng dẫn triển khai',
    number: '09-HD/TU', kind: 'Hướng dẫn', date: '2024-02-28', issuer: 'Ban Thường vụ Tỉnh ủy',
    span: 'Hướng dẫn số 09-HD/TU, ngày 28/02/2024 của Ban Thường vụ Tỉnh ủy',
  },
  {
    text: 'Xét đề nghị của Bộ Công Thương tại văn bản số 20481/BCT-KHTC ngày 03\ntháng 11 năm 2025 về việc góp ý',
    number: '20481/BCT-KHTC', kind: 'Văn bản', date: '2025-11-03', issuer: 'Bộ Công Thương',
    span: 'văn bản số 20481/BCT-KHTC ngày 03\ntháng 11 năm 2025',
  },
  {
    text: 'Số: 20481 /BCT- KHTC. Hà Nội, ngày 03 thang11 năm 2025',
    number: '20481/BCT-KHTC', kind: null, date: '2025-11-03', issuer: null,
    span: '20481 /BCT- KHTC. Hà Nội, ngày 03 thang11 năm 2025',
  },
  {
    text: 'các văn bản đã gửi Bộ Tài chính (số 30172/BCT-\nKHTC ngày 21 tháng 8 năm 2025)',
    number: '30172/BCT-KHTC', kind: 'Văn bản', date: '2025-08-21', issuer: null,
    span: '30172/BCT-\nKHTC ngày 21 tháng 8 năm 2025',
  },
  {
    text: 'theo chỉ đạo tại văn bản số 8123/VPCP-\nKTTH ngày 29/9/2025 của Văn phòng Chính\nphủ, Bộ Công Thương báo cáo',
    number: '8123/VPCP-KTTH', kind: 'Văn bản', date: '2025-09-29', issuer: 'Văn phòng Chính phủ',
    span: 'văn bản số 8123/VPCP-\nKTTH ngày 29/9/2025 của Văn phòng Chính\nphủ',
  },
  {
    text: 'Căn cứ Nghị định số 1 23/2019/NĐ-CP ngày 12/9/2019 của Chính phủ quy định',
    number: '123/2019/NĐ-CP', kind: 'Nghị định', date: '2019-09-12', issuer: 'Chính phủ',
    span: 'Nghị định số 1 23/2019/NĐ-CP ngày 12/9/2019 của Chính phủ',
  },
  {
    text: 'Triển khai thực hiện Chỉ thị số 07/CT-TTg ngày 14/3/2025 của Thủ tướng Chính phủ\nI. MỤC ĐÍCH, YÊU CẦU',
    number: '07/CT-TTg', kind: 'Chỉ thị', date: '2025-03-14', issuer: 'Thủ tướng Chính phủ',
    span: 'Chỉ thị số 07/CT-TTg ngày 14/3/2025 của Thủ tướng Chính phủ',
  },
  {
    text: 'theo quy định tại Nghị định số\n145/2021/NĐ-CP.',
    number: '145/2021/NĐ-CP', kind: 'Nghị định', date: null, issuer: null,
    span: 'Nghị định số\n145/2021/NĐ-CP',
  },
  {
    text: 'sửa đổi Luật Thủy lợi số 91/2024/QH15\nngày 20 tháng 11 năm 2024 vào dự thảo',
    number: '91/2024/QH15', kind: 'Luật', date: '2024-11-20', issuer: null,
    span: '91/2024/QH15\nngày 20 tháng 11 năm 2024',
  },
  // A subject line naming the decree it carries out, then the letter's own place and date: that date
  // is the letter's, not the decree's (a table's column bar, or the next line).
  {
    text: 'V/v triển khai Nghị định số 49/2026/NĐ-CP của Chính phủ | Hà Nội, ngày 03 tháng 02 năm 2026',
    number: '49/2026/NĐ-CP', kind: 'Nghị định', date: null, issuer: 'Chính phủ',
    span: 'Nghị định số 49/2026/NĐ-CP của Chính phủ',
  },
  {
    text: 'V/v triển khai Nghị định số 49/2026/NĐ-CP của Chính phủ\nHà Nội, ngày 03 tháng 02 năm 2026',
    number: '49/2026/NĐ-CP', kind: 'Nghị định', date: null, issuer: 'Chính phủ',
    span: 'Nghị định số 49/2026/NĐ-CP của Chính phủ',
  },
  {
    text: 'Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015 của Quốc hội;',
    number: '83/2015/QH13', kind: 'Luật', date: '2015-06-25', issuer: 'Quốc hội',
    span: '83/2015/QH13 ngày 25/6/2015 của Quốc hội',
  },
  {
    text: 'của Công ty cổ phần X tại văn bản số 027/2025-XYZ ngày 30/6/2025, Bộ đã',
    number: '027/2025-XYZ', kind: 'Văn bản', date: '2025-06-30', issuer: 'Công ty cổ phần X',
    span: 'văn bản số 027/2025-XYZ ngày 30/6/2025',
  },
  {
    text: 'Thực hiện Nghị quyết số 52-NQ/TU, ngày 19/10/2022 của Tỉnh ủy về chuyển đổi số',
    number: '52-NQ/TU', kind: 'Nghị quyết', date: '2022-10-19', issuer: 'Tỉnh ủy',
    span: 'Nghị quyết số 52-NQ/TU, ngày 19/10/2022 của Tỉnh ủy',
  },
  {
    text: 'Chương trình phối hợp số 02-CTr/BTGTU-HĐND-UBND-TA-VKS, ngày 10/8/2022 của Ban Tuyên giáo Tỉnh ủy, Hội đồng nhân dân tỉnh',
    number: '02-CTr/BTGTU-HĐND-UBND-TA-VKS', kind: 'Chương trình phối hợp', date: '2022-08-10', issuer: 'Ban Tuyên giáo Tỉnh ủy',
    span: 'Chương trình phối hợp số 02-CTr/BTGTU-HĐND-UBND-TA-VKS, ngày 10/8/2022 của Ban Tuyên giáo Tỉnh ủy',
  },
  {
    text: 'như Kết luận số 147- KL/TW, các nghị quyết',
    number: '147-KL/TW', kind: 'Kết luận', date: null, issuer: null,
    span: 'Kết luận số 147- KL/TW',
  },
  {
    text: 'Thực hiện Chương trình hành động số 22-\nCTr/TW ngày 28/7/2026 của Bộ Chính trị về bảo vệ',
    number: '22-CTr/TW', kind: 'Chương trình hành động', date: '2026-07-28', issuer: 'Bộ Chính trị',
    span: 'Chương trình hành động số 22-\nCTr/TW ngày 28/7/2026 của Bộ Chính trị',
  },
  {
    text: 'theo Nghị quyết\nsỐ 19-NQ/TW ngày 16 tháng 6 năm 2022 của Ban Chấp hành Trung ương và',
    number: '19-NQ/TW', kind: 'Nghị quyết', date: '2022-06-16', issuer: 'Ban Chấp hành Trung ương',
    span: 'Nghị quyết\nsỐ 19-NQ/TW ngày 16 tháng 6 năm 2022 của Ban Chấp hành Trung ương',
  },
  {
    text: 'Thuế tại công văn 5120/TCT-CS về việc hướng dẫn các giải pháp',
    number: '5120/TCT-CS', kind: 'Công văn', date: null, issuer: null,
    span: 'công văn 5120/TCT-CS',
  },
  {
    text: 'quy định tại Nghị định số 77/3019/NĐ-CP để cung cấp',
    number: '77/3019/NĐ-CP', kind: 'Nghị định', date: null, issuer: null,
    span: 'Nghị định số 77/3019/NĐ-CP',
  },
  {
    text: 'Bộ Xây dựng đã có văn bản số 10423/BXD-KHTC ngày ngày 18/9/2025 gửi Bộ Tài chính',
    number: '10423/BXD-KHTC', kind: 'Văn bản', date: '2025-09-18', issuer: 'Bộ Xây dựng',
    span: 'văn bản số 10423/BXD-KHTC ngày ngày 18/9/2025',
  },
  {
    text: 'Kế hoạch số 45/KH-UBND ngày 4-3-2024 của UBND huyện;',
    number: '45/KH-UBND', kind: 'Kế hoạch', date: '2024-03-04', issuer: 'UBND huyện',
    span: 'Kế hoạch số 45/KH-UBND ngày 4-3-2024 của UBND huyện',
  },
  {
    text: 'Căn cứ Nghị định số 71/2011/NĐ-CP ngày 09/6/20211 của Chính phủ về kiểm soát',
    number: '71/2011/NĐ-CP', kind: 'Nghị định', date: '2011-06-09', issuer: 'Chính phủ',
    span: 'Nghị định số 71/2011/NĐ-CP ngày 09/6/20211 của Chính phủ',
  },
  {
    text: 'Thông báo sô 612/TB-TCT ngày 30/7/202\n\n(đạt 25% kế hoạch',
    number: '612/TB-TCT', kind: 'Thông báo', date: null, issuer: null,
    span: 'Thông báo sô 612/TB-TCT ngày 30/7/202',
  },
  {
    text: 'theo Nghị định số 182/2024/NĐ-CP ngày 31 tháng 122024</td>',
    number: '182/2024/NĐ-CP', kind: 'Nghị định', date: '2024-12-31', issuer: null,
    span: 'Nghị định số 182/2024/NĐ-CP ngày 31 tháng 122024',
  },
  {
    text: 'Cục Thuế nhận được công văn số\n07/2021/KT-ABC để ngày 12/5/2021 của Công ty TNHH Một Thành viên, đề nghị',
    number: '07/2021/KT-ABC', kind: 'Công văn', date: '2021-05-12', issuer: 'Công ty TNHH Một Thành viên',
    span: 'công văn số\n07/2021/KT-ABC để ngày 12/5/2021 của Công ty TNHH Một Thành viên',
  },
  {
    text: 'Báo cáo thẩm tra số 14/BC-BDT ngày 11\ntháng 7 năm 2019 của Ban Dân tộc, HĐND tỉnh;',
    number: '14/BC-BDT', kind: 'Báo cáo thẩm tra', date: '2019-07-11', issuer: 'Ban Dân tộc',
    span: 'Báo cáo thẩm tra số 14/BC-BDT ngày 11\ntháng 7 năm 2019 của Ban Dân tộc',
  },
  {
    text: 'ban hành Quyết định sửa đổi Quyét\n\nđịnh số 2034/QD-TCT phù hợp',
    number: '2034/QD-TCT', kind: 'Quyết định', date: null, issuer: null,
    span: 'Quyét\n\nđịnh số 2034/QD-TCT',
  },
  {
    text: 'Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05/3/2020 về công tác văn thư',
    number: '30/2020/NĐ-CP', kind: 'Nghị định', date: '2020-03-05', issuer: 'Chính phủ',
    span: 'Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05/3/2020',
  },
  {
    text: 'Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương',
    number: '08-QĐi/TW', kind: 'Quy định', date: '2018-10-25', issuer: 'Ban Chấp hành Trung ương',
    span: 'Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương',
  },
  {
    text: 'Công văn số 21036/CT-CBc ngày 1/2/2024; tiếp theo',
    number: '21036/CT-CBc', kind: 'Công văn', date: '2024-02-01', issuer: null,
    span: 'Công văn số 21036/CT-CBc ngày 1/2/2024',
  },
  {
    text: 'Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06/5/2005 của Bộ Nội vụ và Văn phòng Chính phủ;',
    number: '55/2005/TTLT-BNV-VPCP', kind: 'Thông tư liên tịch', date: '2005-05-06', issuer: 'Bộ Nội vụ và Văn phòng Chính phủ',
    span: 'Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06/5/2005 của Bộ Nội vụ và Văn phòng Chính phủ',
  },
  {
    text: 'đề nghị của Sở Tư pháp tại Tờ trình số 118/TTr-STP ngày 02/9/2025.',
    number: '118/TTr-STP', kind: 'Tờ trình', date: '2025-09-02', issuer: 'Sở Tư pháp',
    span: 'Tờ trình số 118/TTr-STP ngày 02/9/2025',
  },
  {
    text: '(Công văn số 56/SKH&ĐT-TH ngày 3/3/2023)',
    number: '56/SKH&ĐT-TH', kind: 'Công văn', date: '2023-03-03', issuer: null,
    span: 'Công văn số 56/SKH&ĐT-TH ngày 3/3/2023',
  },
  {
    text: 'Đính kèm: 12/QĐ - UBND',
    number: '12/QĐ-UBND', kind: 'Quyết định', date: null, issuer: null,
    span: '12/QĐ - UBND',
  },
  {
    text: 'Bản Thỏa thuận giữa Bộ Tài chính và Bộ Thông tin và Truyền thông số 01/BTT-BTC-BTTTT được ký kết ngày\n08/11/2021 và Kế hoạch',
    number: '01/BTT-BTC-BTTTT', kind: null, date: '2021-11-08', issuer: null,
    span: '01/BTT-BTC-BTTTT được ký kết ngày\n08/11/2021',
  },
  {
    text: 'Bộ Công an đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm',
    number: '787/C06-P3', kind: 'Văn bản', date: '2026-01-29', issuer: 'Bộ Công an',
    span: 'Văn bản số 787/C06-P3 ngày 29/01/2026',
  },
  {
    text: 'Công ty chưa đáp ứng Quy chuẩn QCVN 01:2019/BCT của Bộ Công Thương.',
    number: 'QCVN01:2019/BCT', kind: null, date: null, issuer: 'Bộ Công Thương',
    span: 'QCVN 01:2019/BCT của Bộ Công Thương',
  },
];

describe('findCitations: one mention', () => {
  it.each(single)('$number in «$span»', ({ text, number, kind, date, issuer, span }) => {
    const found = findCitations(text, {});
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c).toMatchObject({ number, kind, date, issuer });
    expect(text.slice(c!.span[0], c!.span[1])).toBe(span);
  });
});

interface ListCase {
  text: string;
  expected: { number: string; kind: string | null; date: string | null; issuer: string | null }[];
}

/** Several numbers in one text: order of first mention, shared type/issuer in lists, one entry per document. */
const lists: ListCase[] = [
  {
    text: 'Quyết định số 52/2019/QĐ-TTg ngày 12/10/2019 và 23/QĐ-TTg. ngày 14/4/2022\ncủa Thủ tướng Chính phủ quy định',
    expected: [
      { number: '52/2019/QĐ-TTg', kind: 'Quyết định', date: '2019-10-12', issuer: 'Thủ tướng Chính phủ' },
      { number: '23/QĐ-TTg', kind: 'Quyết định', date: '2022-04-14', issuer: 'Thủ tướng Chính phủ' },
    ],
  },
  {
    text: 'Thông tư số 21/2016/TT-NHNN ngày 19/8/2016\nvà Thông tư số 12/2019/TT-NHNN ngày 4/12/2019 của Ngân hàng Nhà nước\nViệt Nam.',
    expected: [
      { number: '21/2016/TT-NHNN', kind: 'Thông tư', date: '2016-08-19', issuer: 'Ngân hàng Nhà nước Việt Nam' },
      { number: '12/2019/TT-NHNN', kind: 'Thông tư', date: '2019-12-04', issuer: 'Ngân hàng Nhà nước Việt Nam' },
    ],
  },
  {
    text: 'Kết luận 198-KL/TW và Kế hoạch số 46/KH-UBND ngày 4-3-2024 của UBND tỉnh',
    expected: [
      { number: '198-KL/TW', kind: 'Kết luận', date: null, issuer: null },
      { number: '46/KH-UBND', kind: 'Kế hoạch', date: '2024-03-04', issuer: 'UBND tỉnh' },
    ],
  },
  {
    text: 'Nghị quyết số 42-NQ/TU; sau đây gọi là Nghị quyết số 42- NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy. Nghị quyết số 42-NQ/TU',
    expected: [{ number: '42-NQ/TU', kind: 'Nghị quyết', date: '2021-09-28', issuer: 'Ban Thường vụ Tỉnh ủy' }],
  },
  {
    text: 'theo Thông báo sô 219/TB-\nlội nghị sơ kết\n…(theo Thông báo số 219/TB-TCT hgày 31/01/2024 của Tổng cục Thuế)',
    expected: [{ number: '219/TB-TCT', kind: 'Thông báo', date: '2024-01-31', issuer: 'Tổng cục Thuế' }],
  },
  {
    text: 'Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính; mẫu số 01/TB-TĐT ban hành kèm theo Thông tư so\n80/2021/TT-BIC ngày 29/9/2021',
    expected: [{ number: '80/2021/TT-BTC', kind: 'Thông tư', date: '2021-09-29', issuer: 'Bộ Tài chính' }],
  },
  {
    // OCR's "O" for "C" in a repeat of the same number.
    text: 'Thông tư số 31/2021/TT-BTC ngày 17/5/2021 quy định về quản lý rủi ro (Điều 17 Thông tư số 31/2021/TT-BTO)',
    expected: [{ number: '31/2021/TT-BTC', kind: 'Thông tư', date: '2021-05-17', issuer: null }],
  },
  {
    // A footnote's mark glued to a number printed clean elsewhere; a Quốc hội session has two digits.
    text: 'theo Nghị định số 105/2025/NĐ-CP2, Luật số 42/2024/QH151 và Quy chuẩn QCVN 122:2024/BGTVT3. Các văn bản (QCVN 122:2024/BGTVT, Nghị định số 105/2025/NĐ-CP, Luật số 42/2024/QH15) …',
    expected: [
      { number: '105/2025/NĐ-CP', kind: 'Nghị định', date: null, issuer: null },
      { number: '42/2024/QH15', kind: 'Luật', date: null, issuer: null },
      { number: 'QCVN122:2024/BGTVT', kind: 'Văn bản', date: null, issuer: null },
    ],
  },
  {
    // A stray stroke OCR added inside the ký hiệu: one document, under the form without it, whichever comes first.
    text: 'triển khai Nghị quyết số 188/2025/QHI15 ngày 19 tháng 02 năm 2025 (sau đây gọi là Nghị quyết số 188/2025/QH15); Nghị quyết số 188/2025/QHI15 của Quốc hội',
    expected: [{ number: '188/2025/QH15', kind: 'Nghị quyết', date: '2025-02-19', issuer: 'Quốc hội' }],
  },
  {
    // A capital OCR doubled or dropped: one document, under the form printed most often (on a tie, the shorter).
    text: 'Thông tư số 36/2025/TT-BNMT ngày 01/7/2025; Thông tư số 36/2025/TT-BNNMT; theo Thông tư số 36/2025/TT-BNNMT, Thông tư số 18/2024/TT-BTNMTT và Thông tư số 18/2024/TT-BTNMT',
    expected: [
      { number: '36/2025/TT-BNNMT', kind: 'Thông tư', date: '2025-07-01', issuer: null },
      { number: '18/2024/TT-BTNMT', kind: 'Thông tư', date: null, issuer: null },
    ],
  },
  {
    // A law's code whose session OCR garbled ("QH!113") is the law printed whole elsewhere.
    text: 'theo Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH!113. Căn cứ Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13.',
    expected: [{ number: '107/2016/QH13', kind: 'Luật', date: null, issuer: null }],
  },
  {
    // OCR's space after the point of a running number ("66.4/2025/NQ-CP").
    text: 'Nghị quyết số 66. 4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ',
    expected: [{ number: '66.4/2025/NQ-CP', kind: 'Nghị quyết', date: '2025-09-21', issuer: 'Chính phủ' }],
  },
  {
    // A session number OCR split with a space, printed whole elsewhere, is one document; "QH1" alone
    // stays (no longer form of it). The date after the split-off digit is not read.
    text: 'Nghị quyết số 187/2025/QH1 5 ngày 19 tháng 02 năm 2025 của Quốc hội; Kế hoạch triển khai Nghị quyết số 187/2025/QH15; Nghị quyết số 18/2025/QH1',
    expected: [
      { number: '187/2025/QH15', kind: 'Nghị quyết', date: null, issuer: null },
      { number: '18/2025/QH1', kind: 'Nghị quyết', date: null, issuer: null },
    ],
  },
  {
    text: 'Công văn số 1923/TCT-TTKT ngày\n06/6/2022 và Công văn số 2925/TCT-TTKT ngày 10/8/2022',
    expected: [
      { number: '1923/TCT-TTKT', kind: 'Công văn', date: '2022-06-06', issuer: null },
      { number: '2925/TCT-TTKT', kind: 'Công văn', date: '2022-08-10', issuer: null },
    ],
  },
  {
    // "cùng ngày": one date for the whole list.
    text: 'theo Kế hoạch số 45/KH-UBND và Kế hoạch số 46/KH-UBND cùng ngày 12/3/2025 của UBND tỉnh',
    expected: [
      { number: '45/KH-UBND', kind: 'Kế hoạch', date: '2025-03-12', issuer: 'UBND tỉnh' },
      { number: '46/KH-UBND', kind: 'Kế hoạch', date: '2025-03-12', issuer: 'UBND tỉnh' },
    ],
  },
  {
    // Without "cùng", the date is the last number's only.
    text: 'các Công văn số 11/UBND-KT, 12/UBND-KT ngày 02/01/2026 của UBND tỉnh',
    expected: [
      { number: '11/UBND-KT', kind: 'Công văn', date: null, issuer: 'UBND tỉnh' },
      { number: '12/UBND-KT', kind: 'Công văn', date: '2026-01-02', issuer: 'UBND tỉnh' },
    ],
  },
];

describe('findCitations: several mentions', () => {
  it.each(lists)('$expected.0.number …', ({ text, expected }) => {
    expect(findCitations(text, {}).map(({ number, kind, date, issuer }) => ({ number, kind, date, issuer }))).toEqual(expected);
  });
});

describe('findCitations: a date opening another sentence', () => {
  it('is not the cited document\'s', () => {
    const [c] = findCitations('Ngày 12/3/2020, Bộ Tài chính họp. Theo Công văn số 1046/TCT-TTKT, các Cục Thuế rà soát.', {});
    expect(c?.date).toBeNull();
  });
});

describe('findCitations: own number', () => {
  const text = [
    'Số: 734/UBND-VX',
    'Thực hiện Công văn số 88/SYT-NV ngày 02/3/2024 của Sở Y tế.',
    'Phụ lục (Kèm theo Công văn số 734/UBND-VX ngày 05/3/2024 của UBND tỉnh)',
    'Số: 734 /UBND- VX.',
  ].join('\n');

  it.each([
    ['as printed', '734/UBND-VX'],
    ['with spaces and a Đ-free key', 'Số: 734 / UBND-VX'],
  ])('is not a citation (%s)', (_, ownNumber) => {
    expect(findCitations(text, { ownNumber }).map((c) => c.number)).toEqual(['88/SYT-NV']);
  });

  it('is a citation when the own number is unknown', () => {
    expect(findCitations(text, { ownNumber: null }).map((c) => c.number)).toEqual(['734/UBND-VX', '88/SYT-NV']);
  });

  it('ignores a blank own number', () => {
    expect(findCitations(text, { ownNumber: '/UBND-VX' }).map((c) => c.number)).toEqual(['734/UBND-VX', '88/SYT-NV']);
  });
});

describe('citationKey', () => {
  it.each([
    ['10948 /BXD- KHTC', '10948/BXD-KHTC'],
    ['15/QĐ-TTg.', '15/QD-TTG'],
    ['91/2022/ND-CP', '91/2022/ND-CP'],
    ['1008 – CV/BTGTU', '1008-CV/BTGTU'],
    ["4428/BCA' V3", '4428/BCAV3'],
  ])('%s → %s', (number, key) => {
    expect(citationKey(number)).toBe(key);
  });
});

describe('findCitations: numbers as web pages print them', () => {
  const numbersIn = (text: string, own: string | null = null) => findCitations(text, { ownNumber: own }).map((c) => [c.number, c.date]);

  it('no citation from the last of digits OCR spaced out one by one; one stray space inside a number is read whole', () => {
    expect(numbersIn('Kính gửi Sở Công Thương, theo văn bản Số:8 5 2 0/BCT-KHCN của Bộ')).toEqual([]);
    expect(numbersIn('Nghị định số 1 17/2018/NĐ-CP ngày 5/3/2018')).toEqual([['117/2018/NĐ-CP', '2018-03-05']]);
  });

  it('a Party committee\'s code whose last letter OCR read lower case ("104-CTr/Tu"), and no other word', () => {
    expect(numbersIn('Thực hiện Chương trình hành động số 104-CTr/Tu ngày 30/8/2026 của Tỉnh ủy')).toEqual([['104-CTr/Tu', '2026-08-30']]);
    expect(numbersIn('theo Kết luận số 12-KL/Hu, ý kiến số 5-CV/Tư và số 7-CV/Tuyên giáo')).toEqual([['12-KL/Hu', null]]);
  });

  it('OCR\'s marks inside a number are kept as printed: "TTg" read "Tg", a bar or a quote after a hyphen, a fraction slash', () => {
    expect(numbersIn('Quyết định số 866/QĐ-Tg ngày 18/7/2023 của Thủ tướng Chính phủ')).toEqual([['866/QĐ-Tg', '2023-07-18']]);
    expect(numbersIn('Thông tư số 76/2014/TT-|BIC và Thông tư số 03/2021/TT-‘BTC')).toEqual([['76/2014/TT-|BIC', null], ['03/2021/TT-‘BTC', null]]);
    expect(numbersIn('Thông tư liên tịch số 01⁄2016/TTLT-BKHĐT-BTC ngày 04/5/2016')).toEqual([['01⁄2016/TTLT-BKHĐT-BTC', '2016-05-04']]);
    // A capital and "g" is a group only at the number's end, after a hyphen.
    expect(numbersIn('Công văn số 12/Tg và số 15/UBND-Tgk')).toEqual([['15/UBND', null]]);
  });

  it('"số 614, 615, 616-CV/VPTW": running numbers listed before the code they share', () => {
    expect(numbersIn('tại các công văn số 614, 615, 616-CV/VPTW ngày 21 tháng 04 năm 2011 của Văn phòng Trung ương Đảng')).toEqual([
      ['614-CV/VPTW', '2011-04-21'],
      ['615-CV/VPTW', '2011-04-21'],
      ['616-CV/VPTW', '2011-04-21'],
    ]);
    expect(numbersIn('Nghị quyết số 01 và 02/2020/NQ-HĐND của Hội đồng nhân dân tỉnh').map(([n]) => n)).toEqual(['01/2020/NQ-HĐND', '02/2020/NQ-HĐND']);
  });

  it('a list needs "số" before it: article numbers and listed full numbers add nothing', () => {
    expect(numbersIn('theo khoản 1, 2 Điều 5, 12/2020/NĐ-CP').map(([n]) => n)).toEqual(['12/2020/NĐ-CP']);
    expect(numbersIn('các Quyết định số 1234/QĐ-UBND, 1235/QĐ-UBND của UBND tỉnh').map(([n]) => n)).toEqual(['1234/QĐ-UBND', '1235/QĐ-UBND']);
  });

  it('"1033/PTM-SMEngày 15 tháng 4 năm 2009": the glued "Ngày" opens the date', () => {
    expect(numbersIn('(công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009)')).toEqual([['1033/PTM-SME', '2009-04-15']]);
  });

  it('"26/TB-VP.UBND": a point between two groups of capitals is inside the number; one before a word is not', () => {
    expect(numbersIn('theo Thông báo số 26/TB-VP.UBND ngày 05/02/2018').map(([n]) => n)).toEqual(['26/TB-VP.UBND']);
    expect(numbersIn('theo Công văn số 123/BTC-TCT.Theo đó').map(([n]) => n)).toEqual(['123/BTC-TCT']);
  });

  it('"2597/VPCP-NCV/v tổ chức …" is the own number with "V/v" glued on', () => {
    expect(numbersIn('Số: 2597/VPCP-NCV/v tổ chức họp mặt', '2597/VPCP-NC')).toEqual([]);
  });
});

describe('findCitations: a letter after the running number', () => {
  it('"Nghị quyết số 36a/NQ-CP" is whole; OCR\'s "1g/TB-DKT" is no number', () => {
    const numbers = (text: string) => findCitations(text, { ownNumber: null }).map((c) => c.number);
    expect(numbers('theo Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử')).toEqual(['36a/NQ-CP']);
    expect(numbers('theo Thông báo số 1g/TB-DKT của Cục Thuế')).toEqual([]);
  });
});

describe('findCitations: appendices and signing', () => {
  const cited = (text: string) => findCitations(text, { ownNumber: null }).map((c) => [c.number, c.date]);

  it('an appendix\'s label, and the next of a list of them, is no document', () => {
    expect(cited('truyền dữ liệu tại phụ lục 01/BHXH-TCT và phụ lục\n02/BHXH-TCT ban hành kèm Quy chế 1999/QCPH-BHXH-TCT').map(([n]) => n)).toEqual(['1999/QCPH-BHXH-TCT']);
    expect(cited('Đối với biểu phụ lục số 04/BHXH-TCT và 05/BHXH-TCT ban hành kèm Quy chế 1999/QCPH-BHXH-TCT').map(([n]) => n)).toEqual(['1999/QCPH-BHXH-TCT']);
    expect(cited('theo Thông tư số 04/2020/TT-BTC và 05/2020/TT-BTC của Bộ Tài chính').map(([n]) => n)).toEqual(['04/2020/TT-BTC', '05/2020/TT-BTC']);
    // The label's words broken over lines.
    expect(cited('cơ quan BHXH (tại Phụ\nlục số 06/BHXH-TCT ban hành kèm Quy chế 1999/QCPH-BHXH-TCT)').map(([n]) => n)).toEqual(['1999/QCPH-BHXH-TCT']);
  });

  it('"Ngày 10/10/2012, Bộ Xây dựng đã ban hành 02 Thông tư: số 05/2012/TT-BXD …": a count and a colon before it', () => {
    expect(cited('Ngày 10/10/2012, Bộ Xây dựng đã ban hành 02 Thông tư: số 05/2012/TT-BXD về việc ban hành Hệ thống chỉ tiêu thống kê.')).toEqual([['05/2012/TT-BXD', '2012-10-10']]);
  });

  it('"Ngày D, X và Y\\nđã tổ chức ký Quy chế phối hợp công tác số N": the day it was signed', () => {
    expect(cited('Ngày 31/12/2014, Tổng cục Thuế và Bảo hiểm xã hội (BHXH) Việt Nam\nđã tổ chức ký Quy chế phối hợp công tác số 5423/QCPH-BHXH-TCT. Đây là một giải pháp.')).toEqual([
      ['5423/QCPH-BHXH-TCT', '2014-12-31'],
    ]);
  });
});

describe('findCitations: a word glued on after the code', () => {
  it('"17/HQĐNa-GSQLđề ngày …" is 17/HQĐNa-GSQL of that day; codes ending in "Đ" stay whole', () => {
    const cited = findCitations('theo công văn số 17/HQĐNa-GSQLđề ngày 05/01/2013 và Kế hoạch 47/KH-BCĐ', { ownNumber: null }).map((c) => [c.number, c.date]);
    expect(cited).toEqual([['17/HQĐNa-GSQL', '2013-01-05'], ['47/KH-BCĐ', null]]);
  });
});
