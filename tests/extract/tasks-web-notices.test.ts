// Notices copied from a school office's web page: the first sentence run into the address line,
// numbered duties, and the call that closes them with its own date.
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';
import { normalizeText } from '../../lib/extract/normalize';

const NOTICE = [
  'Thông báo về việc tổ chức tổng vệ sinh trên địa bàn thành phố.',
  '',
  'Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số 1231/KH-UBND ngày 13 tháng 4 năm 2018 của UBND thành phố, Phòng Giáo dục và Đào tạo yêu cầu các trường học trực thuộc thực hiện các nội dung sau:',
  '',
  '1. Vận động, tuyên truyền cán bộ giáo viên, nhân viên và học sinh nâng cao ý thức bảo vệ môi trường.',
  '',
  '2. Triển khai tổng vệ sinh khu vực bên trong và ngoài trường học vào lúc 16h00 ngày 20/4/2018.',
  '',
  '3. Phòng Giáo dục và Đào tạo cử chuyên viên theo dõi, kiểm tra, đôn đốc các trường.',
  '',
  '          Nhận được công văn này, yêu cầu ông (bà) Hiệu trưởng các đơn vị trực thuộc nghiêm túc thực hiện và nộp báo cáo về Phòng (văn thư) trước 9h00 ngày 23/4/2018./.',
].join('\n');

describe('the first sentence run into the address line', () => {
  it('is the body\'s first line: the text keeps its length and its offsets', () => {
    const { text, toInput } = normalizeText(NOTICE);
    expect(text.length).toBe(NOTICE.length);
    const at = text.indexOf('Thực hiện Kế hoạch');
    expect(text[at - 1]).toBe('\n');
    expect(toInput(at)).toBe(NOTICE.indexOf('Thực hiện Kế hoạch'));
  });

  it('the address names the recipients, and the items under its request fall to the body asked', () => {
    const out = extractDirective(NOTICE);
    expect(out.document.recipients).toEqual(['Ông (Bà) Hiệu trưởng các đơn vị trực thuộc']);
    expect(out.tasks.map((t) => [t.assignees, t.deadline?.date ?? null, t.deadline?.time ?? null])).toEqual([
      [['các trường học trực thuộc'], null, null],
      // The day the work is carried out on: a milestone, dated (with null in `also`).
      [['các trường học trực thuộc'], '2018-04-20', '16:00'],
      [['Phòng Giáo dục và Đào tạo'], null, null],
      [['ông (bà) Hiệu trưởng các đơn vị trực thuộc'], '2018-04-23', '09:00'],
    ]);
  });

  it('an address list on its own lines is left as it is', () => {
    const listed = 'Kính gửi: Sở Tài chính; Sở Xây dựng.\nThực hiện Kế hoạch số 12/KH-UBND, đề nghị các Sở báo cáo.';
    expect(normalizeText(listed).text).toBe(listed);
  });
});

describe('an urgent notice to one addressee under "Kính gửi:" alone', () => {
  const URGENT = [
    'Thông báo Khẩn ngày 18/10/2020',
    '',
    'Kính gửi:',
    '',
    'Hiệu trưởng các trường MN, TH, THCS trên toàn thị xã',
    'Do tình trạng ngập lụt nghiêm trọng xảy ra trên diện rộng. Thực hiện chỉ đạo của Giám đốc Sở Giáo dục và Đào tạo. Phòng GD&ĐT yêu cầu:',
    '1. Các đơn vị tiếp tục thực hiện nghiêm Công điện số 14/CĐ-UBND ngày 15/10/2020 của Chủ tịch UBND tỉnh.',
    '2. Cho học sinh toàn thị xã nghỉ học cho đến khi có công văn chỉ đạo cho đi học lại.',
    'Đề nghị Hiệu trưởng các đơn vị chấp hành nghiêm túc./.',
  ].join('\n');

  it('the line after the address is its recipient; "… yêu cầu:" naming no one asks them; the closing call is no duty', () => {
    const out = extractDirective(URGENT);
    expect(out.document.recipients).toEqual(['Hiệu trưởng các trường MN, TH, THCS trên toàn thị xã']);
    const recipient = 'Hiệu trưởng các trường MN, TH, THCS trên toàn thị xã';
    expect(out.tasks.map((t) => t.assignees)).toEqual([['Các đơn vị', recipient], [recipient]]);
  });

  it('a body\'s first sentence or a first section under "Kính gửi:" alone is not taken for its recipient', () => {
    const body = (first: string) => extractDirective(['Kính gửi:', '', first, '1. Các đơn vị báo cáo kết quả trước ngày 20/10/2020.', 'Đề nghị các đơn vị thực hiện.'].join('\n')).document.recipients;
    expect(body('Thực hiện Công điện số 14/CĐ-UBND ngày 15/10/2020 của Chủ tịch UBND tỉnh, Phòng GD&ĐT yêu cầu:')).toEqual([]);
    expect(body('I. MỤC ĐÍCH, YÊU CẦU')).toEqual([]);
  });
});

describe('calls to carry out what was said', () => {
  it.each([
    'Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các đơn vị trường học nghiên cứu công văn và thực hiện nghiêm túc các nội dung trên./.',
    'Phòng GD & ĐT thị xã yêu cầu hiệu trưởng các trường học trực thuộc nghiêm túc thực hiện những nội dung thông báo này.',
  ])('"%s" closes the notice', (closing) => {
    const text = ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 532/PGD&ĐT', 'Mộc Châu, ngày 05 tháng 11 năm 2016', 'Kính gửi: Các đơn vị trường mầm non trong huyện', '', 'Phòng GD&ĐT hướng dẫn các trường thực hiện như sau:', '1. Các trường mầm non triển khai tới toàn thể giáo viên viết bài.', '', closing].join('\n');
    expect(extractDirective(text).tasks.map((t) => t.action.split(' ').slice(0, 3).join(' '))).toEqual(['triển khai tới']);
  });
});

describe('a request, then what the same bodies send, by a date, in a paragraph of its own', () => {
  it('is two duties: the second dated', () => {
    const text = [
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 2865/GDĐT-KTKĐCL', 'TP. Hồ Chí Minh, ngày 05 tháng 12 năm 2007',
      'Kính gửi: Hiệu trưởng các trường trung học phổ thông', '',
      'Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp.', '',
      'Các đơn vị gửi ý kiến về Phòng Khảo thí và Kiểm định chất lượng giáo dục trước ngày 13.12.2007.', '',
      'Nơi nhận:', '- Như trên;',
    ].join('\n');
    expect(extractDirective(text).tasks.map((t) => t.deadline?.date ?? null)).toEqual([null, '2007-12-13']);
  });
});

describe('a flag-hanging notice', () => {
  const notice = (...body: string[]) =>
    extractDirective(['ỦY BAN NHÂN DÂN PHƯỜNG NAM ĐỒNG', 'Số: 12/TB-UBND', 'Hà Nội, ngày 07 tháng 10 năm 2023', 'THÔNG BÁO', 'Về việc treo cờ Tổ quốc', '', ...body].join('\n')).tasks;

  it('"X thông báo và đề nghị Y … treo cờ …" asks Y', () => {
    const tasks = notice('Ủy ban nhân dân phường Nam Đồng thông báo và đề nghị các tổ chức, cơ quan, đơn vị trên địa bàn phường treo cờ Tổ quốc từ ngày 09/10/2023 đến hết ngày 11/10/2023.');
    expect(tasks.map((t) => t.assignees)).toEqual([['các tổ chức, cơ quan, đơn vị trên địa bàn phường']]);
  });

  it('"Tất cả các cơ quan, … treo cờ Tổ quốc …" is their duty', () => {
    const tasks = notice('Thực hiện Thông báo số 491/TB-UBND ngày 06/10/2023 của UBND quận Đống Đa, Ủy ban nhân dân phường thông báo treo cờ Tổ quốc như sau:', '', 'Tất cả các hộ gia đình trên địa bàn phường treo cờ Tổ quốc.', '', 'Đề nghị các tổ dân phố đôn đốc nhân dân thực hiện việc treo cờ.');
    expect(tasks.map((t) => t.assignees)).toEqual([['Tất cả các hộ gia đình trên địa bàn phường'], ['các tổ dân phố']]);
  });
});

describe('guidance for the bodies named to act on it', () => {
  const letter = (intro: string) =>
    extractDirective(
      ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 532/PGD&ĐT', 'Mộc Châu, ngày 05 tháng 11 năm 2016', 'Kính gửi: Các đơn vị trường mầm non trong huyện', '', 'Căn cứ Công văn số 1398/SGD&ĐT-GDMN ngày 02/11/2016 của Sở Giáo dục và Đào tạo,', '', intro, '1. Bài viết khoảng từ 03 đến 05 trang A4, có hình ảnh kèm theo.', '2. Mỗi trường chọn 01 bài gửi về Phòng GD&ĐT trước ngày 10/11/2016.'].join('\n'),
    ).tasks.map((t) => [t.assignees[0], t.deadline?.date ?? null]);

  it('"… hướng dẫn các trường mầm non thực hiện như sau:" hands them the items', () => {
    expect(letter('Phòng GD&ĐT Mộc Châu hướng dẫn các trường mầm non thực hiện như sau:')).toEqual([
      ['các trường mầm non', null],
      ['các trường mầm non', '2016-11-10'],
    ]);
  });

  it('"… hướng dẫn một số nội dung như sau:" names no one to act', () => {
    expect(letter('Phòng GD&ĐT Mộc Châu hướng dẫn một số nội dung như sau:').map(([name]) => name)).not.toContain('các trường mầm non');
  });
});
