import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';
import { provincialLetter, tasksOf, type LetterFrom } from './provincial-letter';
import { findZones } from '../../lib/extract/segment/zones';
import { splitLines } from '../../lib/extract/segment/lines';

const FROM: LetterFrom = { province: 'Quảng Ngãi', number: '1234/UBND-KTTH', recipients: ['- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thị xã, thành phố.'] };
const letter = (body: string): string => provincialLetter(body, FROM);
/** A letter asking "các cơ quan, đơn vị" for the numbered `lines` below its request. */
const items = (...lines: string[]): string => letter(['Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện như sau:', ...lines].join('\n'));

describe('names that contain a verb\'s words', () => {
  it('keeps "thành phố Biên Hòa" whole ("phố Biên" is no "phổ biến")', () => {
    const text = letter('Ủy ban nhân dân thành phố Long Khánh, thành phố Biên Hòa chỉ đạo Ủy ban nhân dân cấp xã rà soát các hộ kinh doanh.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân thành phố Long Khánh, thành phố Biên Hòa']]);
  });
  it('keeps "cơ sở đào tạo", "cơ sở cai nghiện" whole (the facility\'s kind, not the verb "đào tạo")', () => {
    const text = letter('Các cơ sở đào tạo rà soát hệ thống phần mềm quản lý người học. Các cơ sở cai nghiện ma túy báo cáo số học viên.\nSở Giáo dục và Đào tạo đào tạo giáo viên cốt cán cho các trường.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các cơ sở đào tạo'], ['Các cơ sở cai nghiện ma túy'], ['Sở Giáo dục và Đào tạo']]);
  });
  it('still ends a name at a lower-case "phổ biến"', () => {
    const text = letter('Sở Tư pháp phổ biến các văn bản mới đến cán bộ, công chức.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tư pháp']]);
  });
});

describe('a title line naming bodies, the duty on the next line', () => {
  const plan = (heading: string, duty: string) =>
    letter(`Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:\n1. Sở Tài chính\nTham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.\n2. ${heading}\n${duty}`);
  it('ends the names at a capitalised verb opening the next line', () => {
    const text = plan(
      'Sở Thông tin và Truyền thông, Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh',
      'Tăng cường tuyên truyền về ý nghĩa của Ngày Sách và Văn hóa đọc Việt Nam trên các phương tiện thông tin đại chúng.',
    );
    expect(tasksOf(text)[1]!.assignees).toEqual(['Sở Thông tin và Truyền thông', 'Báo Bắc Giang', 'Đài Phát thanh và Truyền hình tỉnh']);
  });
  it('goes on over a break after a bare head ("Trung tâm\\nKiểm soát bệnh tật")', () => {
    const text = letter(
      'Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân các huyện và Trung tâm\nKiểm soát bệnh tật tỉnh tổ chức tiêm chủng cho trẻ em trong độ tuổi trên địa bàn tỉnh năm 2025.',
    );
    expect(tasksOf(text).map((t) => t.coordinators)).toEqual([['Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân các huyện', 'Trung tâm Kiểm soát bệnh tật tỉnh']]);
  });
});

describe('generic closings with a speaker or an object', () => {
  it.each([
    'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện nghiêm túc triển khai thực hiện Chỉ thị này./.',
    'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.',
    'Đề nghị các đồng chí Bí thư cấp ủy trực thuộc quan tâm lãnh đạo, chỉ đạo thực hiện.',
  ])('no task from "%s"', (closing) => {
    const text = letter(`Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\n${closing}`);
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Sở Y tế chủ trì kiểm tra an to']);
  });
  it('keeps a call to one body that names its own work', () => {
    const text = letter('Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện việc kê khai tài sản, thu nhập trước ngày 31/3/2025.');
    expect(tasksOf(text)).toHaveLength(1);
  });
});

describe('agreements and cues after them (thông báo kết luận)', () => {
  const conclusion = (items: string) => letter(`Phó Chủ tịch UBND tỉnh kết luận như sau:\n${items}`);
  it('"Đồng ý chủ trương…" under a conclusion is no duty', () => {
    const text = conclusion('1. Đồng ý chủ trương điều chỉnh cục bộ hướng tuyến theo đề xuất của Sở Xây dựng.\n2. Giao Sở Xây dựng hoàn thiện hồ sơ điều chỉnh.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Xây dựng']]);
    expect(tasksOf(text)[0]!.starts).toBe('Giao Sở Xây dựng hoàn thiện hồ');
  });
  it('"Đồng ý cho …" under a request naming its bodies is theirs to grant; under a conclusion it stays background', () => {
    const request = letter('Ủy ban nhân dân tỉnh yêu cầu các Liên đoàn Lao động huyện:\n1. Đồng ý cho các doanh nghiệp bị ảnh hưởng bởi dịch bệnh được lùi thời điểm đóng kinh phí công đoàn đến ngày 30/6/2026.\n2. Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.');
    expect(tasksOf(request).map((t) => [t.starts, t.assignees])).toEqual([
      ['Đồng ý cho các doanh nghiệp bị', ['các Liên đoàn Lao động huyện']],
      ['Báo cáo kết quả thực hiện về Ủ', ['các Liên đoàn Lao động huyện']],
    ]);
    const concluded = conclusion('1. Đồng ý cho các doanh nghiệp bị ảnh hưởng bởi dịch bệnh được lùi thời điểm đóng kinh phí.\n2. Giao Sở Xây dựng hoàn thiện hồ sơ điều chỉnh.');
    expect(tasksOf(concluded).map((t) => t.assignees)).toEqual([['Sở Xây dựng']]);
  });
  it('the cue after an agreement ("Thống nhất…; giao Sở Tài chính…") is a duty', () => {
    const text = conclusion('Thống nhất chủ trương để Sở Nông nghiệp và Môi trường làm chủ đầu tư dự án; giao Sở Tài chính thẩm định, trình UBND tỉnh bố trí vốn.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
  it('"Về đề xuất…: Giao Sở Nội vụ…" starts the duty after the colon', () => {
    const text = conclusion('Về đề xuất bổ sung biên chế của Sở Y tế: Giao Sở Nội vụ xem xét, tham mưu UBND tỉnh theo quy định.');
    const [task] = tasksOf(text);
    expect(task).toMatchObject({ starts: 'Giao Sở Nội vụ xem xét, tham m', assignees: ['Sở Nội vụ'] });
  });
  it('"Trong thời gian tới, yêu cầu Sở X…" is a duty', () => {
    const text = conclusion('Trong thời gian tới, yêu cầu Sở Nông nghiệp và Môi trường khẩn trương hoàn thành việc cấp giấy chứng nhận quyền sử dụng đất.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Nông nghiệp và Môi trường']]);
  });
  it('"… được giao", "bàn giao", "chuyển giao" after an opening clause are no cue', () => {
    const text = conclusion('Thống nhất với đề xuất chuyển giao Trung tâm Dịch vụ nông nghiệp về Ủy ban nhân dân cấp xã quản lý.');
    expect(tasksOf(text)).toEqual([]);
  });
});

describe('who a duty goes to', () => {
  it('"Sở X là cơ quan thường trực, có trách nhiệm…" names Sở X', () => {
    const text = letter('Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Khoa học và Công nghệ']]);
  });
  it('"… là Thành viên Chính phủ chủ\ntrì …": the duty after the copula is read with its words broken over lines', () => {
    const text = letter('Giao các bộ, cơ quan trung ương có Bộ trưởng là Thành viên Chính phủ chủ\ntrì làm việc với các địa phương, báo cáo kết quả làm việc với Thủ tướng Chính phủ.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các bộ, cơ quan trung ương có Bộ trưởng']]);
  });
  it('"… Ban\nChỉ đạo …": a head read on past the line break keeps the name going', () => {
    const text = letter('Để bảo đảm tiến độ triển khai Kế hoạch trên địa bàn tỉnh, đề nghị các thành viên Ban\nChỉ đạo tỉnh rà soát, báo cáo kết quả về Sở Nội vụ trước ngày 15/10/2025.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các thành viên Ban Chỉ đạo tỉnh']]);
  });
  it('"nhất là" inside the addressees is no copula', () => {
    const text = letter('Chủ tịch Ủy ban nhân dân các tỉnh, thành phố, nhất là các tỉnh khu vực miền núi chỉ đạo rà soát các khu dân cư.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố, nhất là các tỉnh khu vực miền núi']]);
  });
  it('"Sở X là cơ quan …" with no duty after it is a statement', () => {
    const text = letter('Sở Khoa học và Công nghệ là cơ quan quản lý nhà nước về chuyển đổi số trên địa bàn tỉnh.');
    expect(tasksOf(text)).toEqual([]);
  });
  it('coordinators end at "liên quan" before the duty\'s words', () => {
    const text = letter('Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan xuất cấp hàng dự trữ quốc gia hỗ trợ các địa phương.');
    expect(tasksOf(text).map((t) => t.coordinators)).toEqual([['các bộ, cơ quan liên quan']]);
  });
  it('keeps "liên quan đến …" inside a coordinator', () => {
    const text = letter('Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan đến đầu tư công rà soát danh mục dự án.');
    expect(tasksOf(text).map((t) => t.coordinators)).toEqual([['các cơ quan liên quan đến đầu tư công']]);
  });
  it('a conditional report-back names the subject before "phản ánh"', () => {
    const text = letter('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tài chính để tổng hợp, báo cáo UBND tỉnh.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các cơ quan, đơn vị']]);
  });
  it('"Đối với các khó khăn, vướng mắc …, đề nghị phản ánh về …" opening a bullet is a report-back of the addressees; inside a paragraph it is part of the duty', () => {
    const bullet = letter('Sở Tài chính hướng dẫn các đơn vị kết nối dữ liệu với hệ thống của tỉnh.\n- Đối với các khó khăn, vướng mắc về nghiệp vụ, đề nghị phản ánh về Sở Tài chính để phối hợp xử lý.');
    expect(tasksOf(bullet).map((t) => t.assignees)).toEqual([['Sở Tài chính'], ['Các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố']]);
    const inside = letter('Sở Tài chính giải quyết hồ sơ đúng hạn. Đối với những vướng mắc không thuộc thẩm quyền thì kịp thời báo cáo cấp có thẩm quyền xem xét.');
    expect(tasksOf(inside)).toHaveLength(1);
  });
});

describe('quyết định thành lập', () => {
  it('the standing functions of the body set up are no duties; the article that assigns is one', () => {
    const text = letter(
      [
        'QUYẾT ĐỊNH:',
        'Điều 1. Thành lập Tổ công tác rà soát, tháo gỡ khó khăn cho các dự án đầu tư.',
        'Điều 2. Nhiệm vụ của Tổ công tác',
        '1. Rà soát, tổng hợp các khó khăn, vướng mắc của các dự án đầu tư.',
        '2. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.',
        'Điều 3. Giao Sở Tài chính chủ trì xây dựng kế hoạch hoạt động của Tổ công tác, trình Chủ tịch UBND tỉnh trước ngày 05/4/2025.',
      ].join('\n'),
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
  it('"Nhiệm vụ của các sở, ngành" in a plan still hands out duties', () => {
    const text = letter('III. NHIỆM VỤ CỦA CÁC SỞ, NGÀNH\n1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\n2. Sở Công Thương kiểm soát thị trường.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế'], ['Sở Công Thương']]);
  });
});

describe('plans without a "Căn cứ" line', () => {
  it('the body opens at "I." when no line before it opens one', () => {
    const lines = splitLines(
      ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG', 'Số: 88/KH-UBND', 'KẾ HOẠCH', 'Tổ chức Ngày Sách năm 2025', 'I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao nhận thức.', 'II. TỔ CHỨC THỰC HIỆN', 'Căn cứ Kế hoạch này, các huyện xây dựng kế hoạch.'].join('\n'),
    );
    expect(lines[findZones(lines).body.from]!.text).toBe('I. MỤC ĐÍCH, YÊU CẦU');
  });
  it('finds the duties of every agency heading', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BẮC GIANG',
      'Số: 88/KH-UBND',
      'Bắc Giang, ngày 20 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'Tổ chức các hoạt động hưởng ứng Ngày Sách năm 2025',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nâng cao nhận thức về vai trò của sách.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Văn hóa, Thể thao và Du lịch',
      '- Chủ trì tổ chức các hoạt động hưởng ứng.',
      '2. Sở Tài chính',
      'Tham mưu bố trí kinh phí thực hiện Kế hoạch.',
      '3. UBND các huyện, thành phố',
      'Căn cứ Kế hoạch này, xây dựng kế hoạch tại địa phương; báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 05/5/2025.',
      'Nơi nhận:',
      '- Lưu: VT.',
    ].join('\n');
    const tasks = extractDirective(text).tasks;
    expect(tasks.map((t) => t.assignees)).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Tài chính'], ['UBND các huyện, thành phố']]);
    expect(tasks[2]!.deadline?.date).toBe('2025-05-05');
  });
});

describe('one-word verbs are read as written', () => {
  it('"Ban cán sự đảng" is a name ("cán" is no "cần")', () => {
    const text = letter('Đảng đoàn Hội đồng nhân dân tỉnh, Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo cụ thể hóa các nhiệm vụ.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Đảng đoàn Hội đồng nhân dân tỉnh', 'Ban cán sự đảng Ủy ban nhân dân tỉnh']]);
  });
  it('"tăng" opens a duty; "Giám đốc" stays a name', () => {
    const text = letter('Đài Phát thanh - Truyền hình tỉnh, Báo Quảng Ngãi tăng thời lượng thông tin về diễn biến của bão.\n\nGiám đốc Sở Y tế giảm thời gian giải quyết thủ tục hành chính.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Đài Phát thanh - Truyền hình tỉnh', 'Báo Quảng Ngãi'], ['Giám đốc Sở Y tế']]);
  });
  it('a word written without marks (OCR) still counts', () => {
    const text = letter('Sở Tài chính can tập trung rà soát các khoản chi.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
});

describe('Party plans', () => {
  const plan = [
    'TỈNH ỦY NGHỆ AN',
    'Số 45-KH/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Nghệ An, ngày 03 tháng 3 năm 2025',
    'KẾ HOẠCH',
    'Thực hiện Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:',
    'I- MỤC ĐÍCH, YÊU CẦU',
    '1- Quán triệt sâu sắc nội dung Kết luận đến cán bộ, đảng viên.',
    '2- Xác định rõ nhiệm vụ, giải pháp cụ thể.',
    'II- TỔ CHỨC THỰC HIỆN',
    '1- Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt; hoàn thành trước ngày 31/3/2025.',
    '2- Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    'Nơi nhận:',
    '- Lưu Văn phòng Tỉnh ủy.',
  ].join('\n');
  it('items under "MỤC ĐÍCH, YÊU CẦU" and a cited "Kết luận số …" are no duties', () => {
    expect(tasksOf(plan).map((t) => t.assignees)).toEqual([['Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy'], ['Văn phòng Tỉnh ủy']]);
  });
  it('"… kết luận như sau:" still opens a list of duties', () => {
    const text = letter('Phó Chủ tịch UBND tỉnh kết luận như sau:\n1. Khẩn trương hoàn thiện hồ sơ dự án.\n2. Sở Y tế kiểm tra an toàn thực phẩm.');
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Khẩn trương hoàn thiện hồ sơ d', 'Sở Y tế kiểm tra an toàn thực']);
  });
});

describe('cues and clauses inside an item', () => {
  it('"Giao cho Sở X…" and "Giao nhiệm vụ cho Sở Y…" name their addressee', () => {
    const text = letter('Ủy ban nhân dân tỉnh giao nhiệm vụ cụ thể như sau:\n1. Giao cho Sở Xây dựng kiểm tra chất lượng công trình.\n2. Giao nhiệm vụ cho Sở Khoa học và Công nghệ xây dựng nền tảng số dùng chung.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Xây dựng'], ['Sở Khoa học và Công nghệ']]);
  });
  it('an intro "giao nhiệm vụ cụ thể như sau:" names no addressee', () => {
    const text = letter('Ủy ban nhân dân tỉnh giao nhiệm vụ cụ thể như sau:\n1. Rà soát nhu cầu vốn đầu tư công năm 2026.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố']]);
  });
  it('"Sở A …; Sở B …" in one item are two duties', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Tài chính rà soát nhu cầu vốn đầu tư công năm 2026; Sở Nội vụ hướng dẫn việc sắp xếp biên chế cấp xã.');
    expect(tasksOf(text).map((t) => [t.starts, t.assignees])).toEqual([
      ['Sở Tài chính rà soát nhu cầu v', ['Sở Tài chính']],
      ['Sở Nội vụ hướng dẫn việc sắp x', ['Sở Nội vụ']],
    ]);
  });
  it('"Sở A kiểm tra …; yêu cầu các đơn vị …" is the body\'s own demand, one duty', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Công Thương chủ trì kiểm tra các cửa hàng xăng dầu; yêu cầu các đơn vị lắp đặt camera giám sát.\n2. Công an tỉnh xử lý vi phạm.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Công Thương'], ['Công an tỉnh']]);
  });
  it('"Đề nghị Sở A …; yêu cầu Sở B …" are two of the letter\'s requests', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Đề nghị Sở Tài chính rà soát kinh phí; yêu cầu Sở Nội vụ hướng dẫn các đơn vị.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính'], ['Sở Nội vụ']]);
  });
  it('"Sở A chủ trì; Sở B, Sở C phối hợp" is one duty with coordinators', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Tài chính chủ trì xây dựng phương án phân bổ vốn; Sở Xây dựng, Sở Nội vụ phối hợp.');
    expect(tasksOf(text).map((t) => [t.assignees, t.coordinators])).toEqual([[['Sở Tài chính'], ['Sở Xây dựng', 'Sở Nội vụ']]]);
  });
  it('bodies after ";" that a heading\'s duty directs stay in that duty', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Đề nghị Phòng Văn hóa và Thông tin các huyện\n\nĐôn đốc, hướng dẫn Trung tâm Văn hóa; Đài Truyền thanh cấp xã tuyên truyền các nội dung nêu trên.');
    expect(tasksOf(text)).toHaveLength(1);
  });
  it('"Đề nghị Quý cơ quan quan tâm, phối hợp thực hiện." is a closing', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế kiểm tra an toàn thực phẩm.\n2. Đề nghị Quý cơ quan quan tâm, phối hợp thực hiện.');
    expect(tasksOf(text)).toHaveLength(1);
  });
});

describe('thông báo kết luận of an office', () => {
  const notice = (items: string) =>
    [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 501/TB-VPCP',
      'Hà Nội, ngày 20 tháng 10 năm 2025',
      'THÔNG BÁO',
      'Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về dự án Luật',
      'Ngày 15 tháng 10 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì cuộc họp về dự án Luật. Sau khi nghe báo cáo, Phó Thủ tướng Chính phủ kết luận như sau:',
      items,
      'Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.',
      'Nơi nhận:',
      '- Lưu: VT.',
    ].join('\n');
  it('the dated account of the meeting and a statement about a body are no duties', () => {
    const text = notice('1. Bộ Nông nghiệp và Môi trường đã chủ động, tích cực trong việc xây dựng dự án Luật.\n2. Bộ Nông nghiệp và Môi trường khẩn trương hoàn thiện hồ sơ dự án Luật.');
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Bộ Nông nghiệp và Môi trường k']);
  });
  it('the office\'s own follow-up duty is a task, named for it', () => {
    const text = notice('1. Bộ Tư pháp thẩm định dự án Luật.\n2. Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ Tư pháp'], ['Văn phòng Chính phủ']]);
  });
  it('a cue in a dated account still hands out a duty', () => {
    const text = letter('Ngày 10/3/2025, Ủy ban nhân dân tỉnh nhận được Công văn số 12/CV-ABC, đề nghị Sở Xây dựng kiểm tra, báo cáo UBND tỉnh.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Xây dựng']]);
  });
  it.each(['nhận được', 'nhan được', 'nhan duoc'])('"Ủy ban nhân dân tỉnh %s Công văn …" tells what came in, not a duty', (received) => {
    const text = letter(`Ủy ban nhân dân tỉnh ${received} Công văn số 847/UBND-VX ngày 05/3/2011 của Ủy ban nhân dân huyện về việc bình chọn.`);
    expect(tasksOf(text)).toEqual([]);
  });
});

describe('plan headings', () => {
  const plan = (sections: string) =>
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH CÀ MAU',
      'Số: 150/KH-UBND',
      'Cà Mau, ngày 12 tháng 8 năm 2025',
      'KẾ HOẠCH',
      'Triển khai Tháng hành động vì an toàn thực phẩm năm 2025',
      'Thực hiện Kế hoạch số 100/KH-BCĐTƯATTP ngày 01/8/2025 của Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
      sections,
      'Nơi nhận:',
      '- Lưu: VT.',
    ].join('\n');
  it('a section of aims with no sub-items holds no duty ("Ban Chỉ đạo" in the intro directs no one)', () => {
    const text = plan('I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức, trách nhiệm của người sản xuất, kinh doanh thực phẩm.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế']]);
  });
  it('agency headings in capitals name their bodies as printed', () => {
    const text = plan(
      'II. TỔ CHỨC THỰC HIỆN\n1. SỞ Y TẾ\na) Chủ trì tổ chức các đoàn kiểm tra liên ngành.\nb) Tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/9/2025.\n2. SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTuyên truyền về an toàn thực phẩm.\n3. UBND CÁC HUYỆN, THÀNH PHỐ\nKiểm tra các bếp ăn tập thể.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['SỞ Y TẾ'], ['SỞ Y TẾ'], ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], ['UBND CÁC HUYỆN, THÀNH PHỐ']]);
  });
  it('a section title in capitals names no body', () => {
    const text = plan('II. TỔ CHỨC THỰC HIỆN\n1. CÔNG TÁC TUYÊN TRUYỀN\nTuyên truyền về an toàn thực phẩm.');
    expect(tasksOf(text)).toEqual([]);
  });
  it('bullets that each name a body before a colon are separate duties', () => {
    const text = plan('II. TỔ CHỨC THỰC HIỆN\n1. Chủ tịch UBND tỉnh giao:\n- Sở Công Thương: kiểm tra việc kinh doanh thực phẩm tại các chợ.\n- Công an tỉnh: điều tra, xử lý các vụ vi phạm.');
    expect(tasksOf(text).map((t) => [t.starts, t.assignees])).toEqual([
      ['Sở Công Thương: kiểm tra việc', ['Sở Công Thương']],
      ['Công an tỉnh: điều tra, xử lý', ['Công an tỉnh']],
    ]);
  });
  it('a bullet naming the body its item is for details that duty', () => {
    const text = plan('II. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Y tế\n- Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\n- Sở Y tế phối hợp với Công an tỉnh xử lý vi phạm.');
    expect(tasksOf(text)).toHaveLength(1);
  });
  it('a bullet listing bodies after a colon is no duty', () => {
    const text = plan('II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm, gửi kết quả cho:\n- Các Vụ: CNTT, CS, PC.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế']]);
  });
});

describe('bodies of 2025 and how they are named', () => {
  it.each([
    ['Thuế tỉnh Lạng Sơn rà soát các nguồn thu, chống thất thu ngân sách.', ['Thuế tỉnh Lạng Sơn']],
    ['Thống kê tỉnh Lạng Sơn cung cấp số liệu tăng trưởng kinh tế quý III.', ['Thống kê tỉnh Lạng Sơn']],
    ['Đội Quản lý thị trường số 1 tăng cường kiểm tra hàng hóa nhập lậu.', ['Đội Quản lý thị trường số 1']],
    ['Quỹ Đầu tư phát triển tỉnh rà soát các khoản cho vay.', ['Quỹ Đầu tư phát triển tỉnh']],
    ['Đồng chí Giám đốc Sở Tài chính chịu trách nhiệm tổng hợp tình hình thực hiện.', ['Giám đốc Sở Tài chính']],
    ['Các Sở: Tài chính, Công Thương, Xây dựng theo chức năng, nhiệm vụ hướng dẫn các doanh nghiệp.', ['Sở Tài chính', 'Sở Công Thương', 'Sở Xây dựng']],
    // "nơi …" (where …) says which office: its verb is part of the name, "Hà Nội" is no "nơi".
    ['Chi cục Hải quan nơi quản lý kho CFS hướng dẫn doanh nghiệp kê khai.', ['Chi cục Hải quan nơi quản lý kho CFS']],
    ['Chi cục Hải quan nơi đăng ký tờ khai thực hiện xem xét, phê duyệt hồ sơ.', ['Chi cục Hải quan nơi đăng ký tờ khai']],
    ['Ủy ban nhân dân thành phố Hà Nội chủ trì bảo đảm an ninh trật tự.', ['Ủy ban nhân dân thành phố Hà Nội']],
    // Facilities a health or education text charges.
    ['Cơ sở khám bệnh, chữa bệnh chịu trách nhiệm cung cấp hồ sơ thanh toán.', ['Cơ sở khám bệnh, chữa bệnh']],
    // "có nhiệm vụ" opens the duty as "có trách nhiệm" does.
    ['Sở Tài nguyên và Môi trường có nhiệm vụ hướng dẫn các địa phương đào tạo cán bộ.', ['Sở Tài nguyên và Môi trường']],
    // Older texts capitalise "Cục" in "Tổng Cục".
    ['Tổng Cục Quản lý ruộng đất có trách nhiệm xây dựng các phương án kỹ thuật.', ['Tổng Cục Quản lý ruộng đất']],
    // A body of another kind after "và" closes the list of ministries.
    [
      'Các Bộ: Y tế, Công Thương, Tài chính và Ủy ban nhân dân tỉnh, thành phố có trách nhiệm hoàn thiện việc kết nối dữ liệu.',
      ['Bộ Y tế', 'Bộ Công Thương', 'Bộ Tài chính', 'Ủy ban nhân dân tỉnh, thành phố'],
    ],
  ])('"%s"', (sentence, assignees) => {
    const text = letter(`Chủ tịch UBND tỉnh yêu cầu:\n1. ${sentence}`);
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([assignees]);
  });
  it('a heading "Các Bộ: …" over lettered duties gives each of them every ministry it lists', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Các Bộ: Y tế, Công Thương, Nông nghiệp và Môi trường\na) Chủ động hướng dẫn thi hành Nghị quyết.\nb) Tăng cường kiểm tra an toàn thực phẩm.');
    const ministries = ['Bộ Y tế', 'Bộ Công Thương', 'Bộ Nông nghiệp và Môi trường'];
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([ministries, ministries]);
  });
  it('"các vùng", "các số liệu" are no bodies: "các" before a word that only begins like one ("vụ", "sở")', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Các sở hoàn thành đo đạc theo thời gian sau:\n- Các vùng khác (phía Bắc): cuối năm 2026.\n- Các số liệu thống kê: cập nhật hằng tháng.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các sở']]);
  });
  it('"Đội ngũ cán bộ…" and "Quy định…" open no name', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Đội ngũ cán bộ tăng cường học tập.\n2. Quy định này áp dụng đối với các cơ quan.');
    expect(tasksOf(text).every((t) => !/^(?:Đội ngũ|Quy định)/u.test(t.assignees[0] ?? ''))).toBe(true);
  });
  it('a subject after "Về …:" is the assignee, its coordinators split by their heads', () => {
    const text = letter('Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n1. Về công tác thu ngân sách: Thuế tỉnh Lạng Sơn chủ trì, phối hợp với Sở Tài chính, Hải quan cửa khẩu tỉnh đối chiếu số liệu.');
    expect(tasksOf(text).map((t) => [t.assignees, t.coordinators])).toEqual([[['Thuế tỉnh Lạng Sơn'], ['Sở Tài chính', 'Hải quan cửa khẩu tỉnh']]]);
  });
});

describe('decisions that are no duties', () => {
  it.each([
    'Không đồng ý đề xuất điều chỉnh quy hoạch của Công ty Cổ phần ABC.',
    'Cơ bản thống nhất với phương án do Sở Xây dựng trình bày.',
    'Chấp thuận chủ trương đầu tư dự án Khu dân cư phía Bắc.',
    'Nhất trí với đề xuất của Sở Tài chính tại Tờ trình số 12/TTr-STC.',
  ])('no task from "%s" under a conclusion', (sentence) => {
    const text = letter(`Phó Chủ tịch UBND tỉnh kết luận như sau:\n1. ${sentence}\n2. Giao Sở Xây dựng hướng dẫn chủ đầu tư hoàn thiện hồ sơ.`);
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Xây dựng']]);
  });
  it('"Không đồng ý…, giao Sở X…" keeps the duty after the refusal', () => {
    const text = letter('Phó Chủ tịch UBND tỉnh kết luận như sau:\n1. Không đồng ý đề xuất của Công ty ABC, giao Sở Xây dựng trả lời Công ty theo quy định.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Xây dựng']]);
  });
});

describe('more closings and drafting bodies', () => {
  it('"… nghiêm túc thực hiện, bảo đảm chất lượng, đúng thời gian./." is a closing', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Tài chính xây dựng dự toán năm 2026.\nYêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện, bảo đảm chất lượng, đúng thời gian./.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
  it('"Các cơ quan chủ trì soạn thảo …" names the drafting bodies', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Các cơ quan chủ trì soạn thảo các dự thảo nghị quyết hoàn thiện hồ sơ, gửi Sở Tư pháp thẩm định.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các cơ quan chủ trì soạn thảo các dự thảo nghị quyết']]);
  });
  it('"Sở Tư pháp chủ trì soạn thảo …" still ends the name at "chủ trì"', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Tư pháp chủ trì soạn thảo dự thảo quyết định.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tư pháp']]);
  });
});

describe('one-word verbs inside compound nouns', () => {
  it.each([
    ['Thủ trưởng các đơn vị sự nghiệp công lập rà soát tài sản công.', ['Thủ trưởng các đơn vị sự nghiệp công lập']],
    ['Ban Quản lý dự án công trình giao thông đẩy nhanh tiến độ thi công.', ['Ban Quản lý dự án công trình giao thông']],
    ['Ủy ban bầu cử tỉnh hướng dẫn việc lập danh sách cử tri.', ['Ủy ban bầu cử tỉnh']],
  ])('"%s"', (sentence, assignees) => {
    const text = letter(`Chủ tịch UBND tỉnh yêu cầu:\n1. ${sentence}`);
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([assignees]);
  });
  it('"giao thông" inside a name is no cue; "giao" before a body still is', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Ban An toàn giao thông tỉnh phối hợp với Công an tỉnh tuyên truyền.\n2. Sở Tài chính giao Trung tâm Dịch vụ tài chính công rà soát tài sản.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ban An toàn giao thông tỉnh'], ['Trung tâm Dịch vụ tài chính công']]);
  });
  it('"lập" and "trình" still open a duty after a name', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Tài chính lập dự toán năm 2026.\n2. Sở Nội vụ trình Ủy ban nhân dân tỉnh phương án sắp xếp.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính'], ['Sở Nội vụ']]);
  });
});

describe('text as web pages and PDFs give it', () => {
  it('"phối\\nhợp với" wrapped over a line still names the coordinators', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Giao Sở Y tế chủ trì, phối\nhợp với Sở Tài chính, Sở Nội vụ tổ chức triển khai thực hiện Kế hoạch này.');
    expect(tasksOf(text).map((t) => [t.assignees, t.coordinators])).toEqual([[['Sở Y tế'], ['Sở Tài chính', 'Sở Nội vụ']]]);
  });
  it('an article marker alone on its line ("Điều 2.\\nGiao Sở Y tế…")', () => {
    const text = letter('QUYẾT ĐỊNH:\nĐiều 1.\nBan hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình.\nĐiều 2.\nGiao Sở Y tế chủ trì tổ chức triển khai thực hiện Kế hoạch này.\nĐiều 3.\nChánh Văn phòng UBND tỉnh; Giám đốc các Sở: Y tế, Nội vụ; Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế']]);
  });
});

describe('a topic, a colon, then the duty', () => {
  const reply = (items: string) => letter(`Xét kiến nghị của các địa phương, Chủ tịch UBND tỉnh có ý kiến như sau:\n${items}`);
  it('names the subject after the colon', () => {
    const text = reply('1. Về kiến nghị điều chỉnh dự toán của UBND thị xã Đông Hòa: Sở Tài chính kiểm tra, tham mưu UBND tỉnh.\n2. Các nội dung khác: các địa phương chủ động giải quyết theo thẩm quyền.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính'], ['các địa phương']]);
  });
  it('the issuer\'s own promise after the colon is no duty', () => {
    const text = reply('1. Về kiến nghị bổ sung vốn của UBND huyện Sơn Hòa: UBND tỉnh sẽ xem xét, bố trí khi có nguồn.\n2. Đối với kiến nghị hỗ trợ kinh phí: Giao Sở Y tế rà soát, đề xuất.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế']]);
  });
  it('a list after "như:" is no subject', () => {
    const text = reply('1. Tiếp tục phối hợp với các cơ quan liên quan như: Công an, Ngân hàng Nhà nước để quản lý chặt chẽ hoạt động kinh doanh.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố']]);
  });
});

describe('procedure steps', () => {
  it('"Bước 2: Phòng Tài chính thẩm định…" in a guide is no duty of the letter', () => {
    const text = letter('Sở Tài chính hướng dẫn trình tự như sau:\nBước 1: Cá nhân, tổ chức nộp hồ sơ tại Trung tâm Phục vụ hành chính công.\nBước 2: Phòng Tài chính thẩm định hồ sơ trong 05 ngày làm việc.');
    expect(tasksOf(text).some((t) => t.assignees.includes('Phòng Tài chính'))).toBe(false);
  });
});

describe('Markdown conversions', () => {
  it('agency headings in bold name their bodies without the marks', () => {
    const text = [
      '**ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG**',
      '',
      'Số: 120/KH-UBND',
      '',
      '*Hải Dương, ngày 15 tháng 3 năm 2025*',
      '',
      '# KẾ HOẠCH',
      '',
      '**I. MỤC ĐÍCH, YÊU CẦU**',
      '',
      'Nâng cao chất lượng phục vụ người dân, doanh nghiệp.',
      '',
      '**II. TỔ CHỨC THỰC HIỆN**',
      '',
      '**1. Sở Nội vụ**',
      '',
      '- Chủ trì hướng dẫn, theo dõi việc triển khai Kế hoạch.',
      '- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2025.',
      '',
      '**2. Văn phòng Ủy ban nhân dân tỉnh**',
      '',
      'Chủ trì kiểm soát thủ tục hành chính.',
      '',
      '**Nơi nhận:**',
      '- Lưu: VT.',
    ].join('\n');
    const tasks = extractDirective(text).tasks;
    expect(tasks.map((t) => t.assignees)).toEqual([['Sở Nội vụ'], ['Văn phòng Ủy ban nhân dân tỉnh']]);
    expect(tasks[0]!.deadline?.date).toBe('2025-12-10');
  });
  it('a first bullet naming one body under a lettered heading naming many is that body\'s', () => {
    const text = letter('Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:\na) Các sở, ngành:\n- Sở Tài chính\n+ Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.\n- Sở Y tế\n+ Chủ trì tham mưu công tác phòng, chống dịch.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính'], ['Sở Y tế']]);
  });
  it('a bullet naming one of the bodies an intro asked shares their work out', () => {
    const text = letter(
      'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường thực hiện các nhiệm vụ sau:\n1. Hoàn thiện hạ tầng thu gom rác thải trên địa bàn tỉnh.\n2. Giảm thiểu phát sinh rác thải\n- Sở Nông nghiệp và Môi trường\n+ Xây dựng cơ sở dữ liệu về chất thải.\n- Ủy ban nhân dân các xã,\nphường\n+ Đẩy mạnh tái chế rác thải tại địa phương.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường'], ['Sở Nông nghiệp và Môi trường'], ['Ủy ban nhân dân các xã, phường']]);
  });
  it('a short first line ending inside "Việt Nam" or "Hồ Chí Minh" is no title', () => {
    const text = letter(
      'Ủy ban nhân dân tỉnh đề nghị như sau:\na) Đài Truyền hình Việt\nNam, Đài Tiếng nói Việt Nam và các cơ quan báo chí trung ương và địa phương có trách nhiệm tăng cường thời lượng tuyên truyền về phong trào.\nb) Ủy ban nhân dân Thành phố Hồ Chí\nMinh chủ trì tổ chức lễ phát động phong trào trên địa bàn thành phố.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam', 'các cơ quan báo chí trung ương và địa phương'], ['Ủy ban nhân dân Thành phố Hồ Chí Minh']]);
  });
  it('an OCR line of underscores after an agency heading is no part of its name', () => {
    const text = letter('Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:\na) Sở Tài chính\n__ - Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.\nb) Sở Y tế —\n- Chủ trì tham mưu công tác phòng, chống dịch.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính'], ['Sở Y tế']]);
  });
});

describe('titles that hand duties to bodies', () => {
  const plan = (sections: string) =>
    letter(`Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC TIÊU\nGiảm tỷ lệ mắc bệnh truyền nhiễm.\nII. TỔ CHỨC THỰC HIỆN\n${sections}`);
  it('"Trách nhiệm của …", "Đối với …", "Nhiệm vụ của …" name their bodies', () => {
    const text = plan(
      '1. Trách nhiệm của Sở Y tế\n- Chủ trì tham mưu công tác phòng, chống dịch.\n2. Đối với Sở Giáo dục và Đào tạo\nChỉ đạo các trường học thực hiện vệ sinh môi trường, phòng bệnh cho học sinh trong toàn tỉnh.\n3. Nhiệm vụ của Ủy ban nhân dân các huyện, thành phố\n- Xây dựng kế hoạch phòng, chống dịch tại địa phương.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế'], ['Sở Giáo dục và Đào tạo'], ['Ủy ban nhân dân các huyện, thành phố']]);
  });
  it('a section title in capitals, "NHIỆM VỤ CHỦ YẾU CỦA …", hands its items to the body it names', () => {
    const section = (title: string) =>
      letter(`Bộ ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm sự phối hợp chặt chẽ giữa các đơn vị.\nII. ${title}\n1. Chủ trì, phối hợp với các Bộ, cơ quan liên quan xây dựng Nghị định về tín chỉ các-bon.\n2. Xây dựng và ban hành Kế hoạch giảm nhẹ phát thải khí nhà kính.\nIII. TỔ CHỨC THỰC HIỆN\nCục Biến đổi khí hậu chủ trì theo dõi, đôn đốc việc triển khai Kế hoạch này.`);
    for (const title of ['NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'TRÁCH NHIỆM CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Các nhiệm vụ trọng tâm của Bộ Tài nguyên và Môi trường']) {
      const tasks = tasksOf(section(title));
      expect(tasks.map((t) => t.assignees[0]!.toLowerCase()), title).toEqual(['bộ tài nguyên và môi trường', 'bộ tài nguyên và môi trường', 'cục biến đổi khí hậu']);
    }
    // A title in capitals that names no body ("NHIỆM VỤ, GIẢI PHÁP") hands out nothing.
    expect(tasksOf(section('NHIỆM VỤ, GIẢI PHÁP')).map((t) => t.assignees)).toEqual([['Cục Biến đổi khí hậu']]);
  });
  it('a title naming "Sở Giáo dục và Đào tạo" is a name, not the cue "giao"', () => {
    const text = plan('1. Sở Giáo dục và Đào tạo\nChỉ đạo các trường học thực hiện vệ sinh môi trường, phòng bệnh cho học sinh trong toàn tỉnh.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Giáo dục và Đào tạo']]);
  });
  it('"… và các tổ chức thành viên" is a whole name before a capitalised verb line', () => {
    const text = plan('1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên\nTuyên truyền, vận động Nhân dân tham gia phòng, chống dịch bệnh trên địa bàn.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức thành viên']]);
  });
});

describe('intros that open no list of duties', () => {
  it('"… của Bộ Giáo dục và Đào tạo …, Sở Y tế thông báo như sau:" assigns nothing', () => {
    const text = letter('Thực hiện Công văn số 12/BGDĐT-GDTC ngày 02/01/2025 của Bộ Giáo dục và Đào tạo về công tác y tế trường học, Sở Y tế thông báo kết quả kiểm tra như sau:\n1. Tỷ lệ trường học đạt chuẩn y tế là 85%.\n2. Số học sinh được khám sức khỏe định kỳ tăng 10%.');
    expect(tasksOf(text)).toEqual([]);
  });
});

describe('"điện:" opens a list only as a Công điện does', () => {
  it('"… đại diện các sở, ngành, kết quả như sau:" assigns nothing', () => {
    const text = letter('Ngày 05/3/2025, UBND tỉnh làm việc với đại diện các sở, ngành về diện tích đất lúa, kết quả như sau:\n1. Diện tích gieo cấy đạt 95% kế hoạch.\n2. Năng suất ước đạt 60 tạ/ha.');
    expect(tasksOf(text)).toEqual([]);
  });
  it('"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" still opens one', () => {
    const text = letter('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n1. Khẩn trương sơ tán người dân khỏi vùng nguy hiểm.');
    expect(tasksOf(text)).toHaveLength(1);
  });
});

describe('a body named after the grounds a duty opens on', () => {
  it('"Căn cứ …, các cơ sở đào tạo thực hiện …" is their duty; the issuer\'s "Căn cứ …, Ủy ban nhân dân tỉnh hướng dẫn như sau:" is none', () => {
    const text = letter(
      'Căn cứ Công văn số 389/BYT-BH ngày 31/01/2025 của Bộ Y tế, Ủy ban nhân dân tỉnh hướng dẫn thực hiện như sau:\nNgười lao động nước ngoài thuộc đối tượng tham gia bảo hiểm y tế bắt buộc.\nCăn cứ tài liệu kỹ thuật do Sở Khoa học và Công nghệ cung cấp, các cơ sở đào tạo thực hiện kết nối dữ liệu với hệ thống của tỉnh.\nSau khi kết nối, Sở Khoa học và Công nghệ kiểm tra kết quả đồng bộ dữ liệu.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các cơ sở đào tạo'], ['Sở Khoa học và Công nghệ']]);
  });
  it('a body written in lower case after the grounds ("…, cơ sở đào tạo thực hiện …"); under bodies asked above, theirs', () => {
    const alone = letter('Sau mỗi đợt đồng bộ, cơ sở đào tạo thực hiện kiểm tra kết quả tiếp nhận dữ liệu.\nCăn cứ Thông báo nâng cấp ứng dụng của Sở Tài chính, cơ quan thuế hướng dẫn người nộp thuế kê khai.');
    expect(tasksOf(alone).map((t) => t.assignees)).toEqual([['cơ sở đào tạo'], ['cơ quan thuế']]);
    const asked = letter('Ủy ban nhân dân tỉnh đề nghị các Chi cục Thuế:\n1. Sau khi lập kế hoạch kiểm tra, cơ quan thuế thực hiện phân tích rủi ro của người nộp thuế.');
    expect(tasksOf(asked).map((t) => t.assignees)).toEqual([['các Chi cục Thuế']]);
  });
  it('a clause after "; " opening on "các …" is its own body\'s duty', () => {
    const text = letter('Căn cứ chương trình giám sát năm 2026, Thường trực HĐND tỉnh quyết định chương trình giám sát của mình; các Ban của HĐND tỉnh quyết định chương trình giám sát của Ban vào cuối năm 2025.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Thường trực HĐND tỉnh'], ['các Ban của HĐND tỉnh']]);
  });
});

describe('"Đối với …:" naming the party that acts', () => {
  it('"Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo …" is that party\'s duty; a thing it names is no party (the duty stays the addressees\')', () => {
    const text = letter(
      'Ủy ban nhân dân tỉnh yêu cầu:\n1. Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo bằng văn bản theo nội dung kiểm tra.\n2. Đối với hồ sơ tồn đọng: Giải quyết dứt điểm trong tháng 12/2025.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['đơn vị được kiểm tra'], ['Các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố']]);
  });
});

describe('"chịu trách nhiệm" in one item', () => {
  it('another body that "chịu trách nhiệm về …" in the same paragraph has a duty of its own; one answering "trước …" has none', () => {
    const two = letter('Chủ tịch UBND tỉnh yêu cầu:\n5. Sở Y tế chịu trách nhiệm về việc tổng hợp số liệu. Sở Tài chính, Bảo hiểm xã hội tỉnh chịu trách nhiệm về số liệu đã rà soát, gửi Sở Y tế tổng hợp.');
    expect(tasksOf(two).map((t) => t.assignees)).toEqual([['Sở Y tế'], ['Sở Tài chính', 'Bảo hiểm xã hội tỉnh']]);
    const one = letter('Chủ tịch UBND tỉnh yêu cầu:\n5. Sở Nông nghiệp và Môi trường kiểm tra các mỏ khoáng sản. Chủ tịch UBND cấp xã chịu trách nhiệm toàn diện trước Chủ tịch UBND tỉnh nếu để xảy ra khai thác trái phép.');
    expect(tasksOf(one).map((t) => t.assignees)).toEqual([['Sở Nông nghiệp và Môi trường']]);
  });
});

describe('everyone a notice speaks to', () => {
  it('"Tất cả các …" may list fifty words of bodies before its verb; another subject stops at forty', () => {
    const all =
      'Tất cả các trụ sở cơ quan Nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội, lực lượng vũ trang, các đơn vị kinh tế, trường học, bệnh viện, nơi thờ tự của các tôn giáo và nhà ở của Nhân dân trên địa bàn huyện phải treo cờ Tổ quốc trong 02 ngày.';
    expect(tasksOf(letter(`Ủy ban nhân dân tỉnh thông báo như sau:\n1. ${all}`))).toHaveLength(1);
    const other = all.replace('Tất cả các trụ sở', 'Các trụ sở');
    expect(tasksOf(letter(`Ủy ban nhân dân tỉnh thông báo như sau:\n1. ${other}`))).toHaveLength(0);
  });
});

describe('a team\'s members and their shares', () => {
  it('"Ông Hoàng Văn Thuân - Trưởng đoàn: Chủ trì …" is his duty, the role "Thành viên:" included', () => {
    const text = letter(
      'Ủy ban nhân dân tỉnh phân công nhiệm vụ Đoàn kiểm tra như sau:\n1. Ông Hoàng Văn Thuân - Trưởng đoàn: Chủ trì các buổi làm việc; ký các văn bản thuộc thẩm quyền của Đoàn.\n2. Bà Nguyễn Thị Lan - Thư ký đoàn: Chịu trách nhiệm lập biên bản kiểm tra.\n3. Ông Vũ Văn Linh - Thành viên: Kiểm tra việc chấp hành quy định về phòng cháy, chữa cháy.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ông Hoàng Văn Thuân - Trưởng đoàn'], ['Bà Nguyễn Thị Lan - Thư ký đoàn'], ['Ông Vũ Văn Linh - Thành viên']]);
  });
});

describe('the summing-up after the last item', () => {
  it('"Trên đây là ý kiến …, đề nghị Sở Công Thương tổng hợp …" is a duty of its own, for the body the items were for too', () => {
    const to: LetterFrom = { ...FROM, recipients: ['- Sở Công Thương.'] };
    const text = provincialLetter(
      'Ủy ban nhân dân tỉnh có ý kiến về dự án như sau:\n1. Ý kiến khác\nĐề nghị bổ sung các căn cứ pháp lý liên quan như: Luật Bảo vệ môi trường.\n      Trên đây là ý kiến tham gia của Ủy ban nhân dân tỉnh, đề nghị Sở Công Thương tổng hợp, báo cáo theo quy định./.',
      to,
    );
    expect(tasksOf(text).map((t) => [t.starts, t.assignees])).toEqual([
      ['Ý kiến khác Đề nghị bổ sung cá', ['Sở Công Thương']],
      ['Trên đây là ý kiến tham gia củ', ['Sở Công Thương']],
    ]);
  });
});

describe('calls to carry out this text', () => {
  it('"Yêu cầu Thủ trưởng các sở… thực hiện nghiêm Chỉ thị này./." is a closing', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế kiểm tra an toàn thực phẩm.\nChủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường thực hiện nghiêm Chỉ thị này./.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế']]);
  });
  it('a report-back after "; " in the closing call is a duty of the body called', () => {
    const closing = (tail: string) => letter(`1. Sở Xây dựng hướng dẫn Công ty cắm mốc khu vực khai thác theo quy định.\nỦy ban nhân dân tỉnh yêu cầu Công ty cổ phần Khoáng sản Lào Cai nghiêm túc thực hiện${tail}`);
    const tasks = tasksOf(closing('; trong quá trình thực hiện có khó khăn vướng mắc kịp thời phản ánh về Sở Xây dựng để được hướng dẫn./.'));
    expect(tasks.map((t) => [t.assignees, t.starts])).toEqual([
      [['Sở Xây dựng'], 'Sở Xây dựng hướng dẫn Công ty'],
      [['Công ty cổ phần Khoáng sản Lào Cai'], 'trong quá trình thực hiện có k'],
    ]);
    // After a duty's clause the report-back stays part of that duty.
    const duty = letter('Sở Xây dựng hướng dẫn Công ty cắm mốc khu vực khai thác theo quy định; trong quá trình thực hiện có khó khăn vướng mắc kịp thời báo cáo Ủy ban nhân dân tỉnh.');
    expect(tasksOf(duty)).toHaveLength(1);
    expect(tasksOf(closing('./.')).map((t) => t.assignees)).toEqual([['Sở Xây dựng']]);
  });
  it('"Giao Sở Y tế tổ chức thực hiện Kế hoạch này." is a duty', () => {
    const text = letter('Điều 2. Giao Sở Y tế tổ chức thực hiện Kế hoạch này.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế']]);
  });
});

describe('an office\'s closing that names what it notifies', () => {
  it('"Văn phòng … thông báo ý kiến chỉ đạo của … để … biết, thực hiện." is no duty', () => {
    const text = letter('Phó Thủ tướng Chính phủ có ý kiến như sau:\n1. Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định.\nVăn phòng Chính phủ thông báo ý kiến chỉ đạo của Phó Thủ tướng Chính phủ để các cơ quan liên quan biết, thực hiện./.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });
});

describe('cues as PDF text and OCR give them', () => {
  it.each([
    ['Đề  nghị  Sở  Y tế kiểm tra an toàn thực phẩm.', ['Sở Y tế']],
    ['Ðề nghị Sở Y tế kiểm tra an toàn thực phẩm.', ['Sở Y tế']],
    ['Ủy quyền Giám đốc Sở Xây dựng ký quyết định phê duyệt dự án.', ['Giám đốc Sở Xây dựng']],
  ])('"%s"', (sentence, assignees) => {
    expect(tasksOf(letter(sentence)).map((t) => t.assignees)).toEqual([assignees]);
  });
  it('"Trong  quá trình…" with two spaces is still a conditional report-back', () => {
    const text = letter('Trong  quá  trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh để xem xét.');
    expect(tasksOf(text)).toHaveLength(1);
  });
  it('"đề nghị liên hệ Sở Tài chính" names no addressee', () => {
    const text = letter('Nếu có khó khăn, vướng mắc, đề nghị liên hệ Sở Tài chính để được hướng dẫn.');
    const names = tasksOf(text).flatMap((t) => t.assignees);
    expect(names.some((n) => n.startsWith('liên hệ'))).toBe(false);
  });
});

describe('a time phrase opening the sentence before its subject', () => {
  it.each([
    ['Trong tháng 10/2025, Sở Y tế tổ chức kiểm tra an toàn thực phẩm.', ['Sở Y tế']],
    ['Trong quý IV/2025, Sở Tài chính hoàn thành quyết toán các dự án.', ['Sở Tài chính']],
    // "các đơn vị": those the letter is sent to, named too.
    ['Trong 05 ngày làm việc kể từ ngày nhận được văn bản này, các đơn vị gửi báo cáo về Sở Nội vụ.', ['các đơn vị', 'Các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố']],
  ])('"%s"', (sentence, assignees) => {
    expect(tasksOf(letter(sentence)).map((t) => t.assignees)).toEqual([assignees]);
  });
  it('"Trong tháng 9/2025, toàn tỉnh đã …" under a conclusion is background', () => {
    const text = letter('Phó Chủ tịch UBND tỉnh kết luận:\n1. Trong tháng 9/2025, Sở Y tế đã tổ chức kiểm tra 120 cơ sở.\n2. Sở Y tế tiếp tục kiểm tra các cơ sở còn lại.');
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Sở Y tế tiếp tục kiểm tra các']);
  });
});

describe('a summing-up sentence ends the duty before it', () => {
  it('"Trên đây là báo cáo … 6 tháng đầu năm 2025" lends no date to the last request', () => {
    const text = letter('III. KIẾN NGHỊ, ĐỀ XUẤT\n1. Đề nghị Bộ Xây dựng sớm thẩm định Báo cáo nghiên cứu khả thi dự án đường cao tốc.\nTrên đây là báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025 của UBND tỉnh./.');
    const [task] = extractDirective(text).tasks;
    expect(task!.assignees).toEqual(['Bộ Xây dựng']);
    expect(text.slice(task!.span[0], task!.span[1])).not.toContain('Trên đây');
    expect(task!.deadline?.date ?? null).toBeNull();
  });
});

describe('more opening clauses before a firm duty', () => {
  it.each([
    ['Bên cạnh đó, Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.', ['Sở Y tế']],
    ['Khi có yêu cầu, Bộ Chỉ huy Quân sự tỉnh có trách nhiệm bố trí lực lượng hỗ trợ.', ['Bộ Chỉ huy Quân sự tỉnh']],
    ['Nhằm bảo đảm an toàn, Công an tỉnh chủ trì phân luồng giao thông.', ['Công an tỉnh']],
  ])('"%s"', (sentence, assignees) => {
    expect(tasksOf(letter(sentence)).map((t) => t.assignees)).toEqual([assignees]);
  });
  it('"Bên cạnh đó, Sở Y tế đã …" under a conclusion states a fact', () => {
    const text = letter('Phó Chủ tịch UBND tỉnh kết luận:\n1. Bên cạnh đó, Sở Y tế đã kiểm tra 120 cơ sở.\n2. Sở Y tế tiếp tục kiểm tra các cơ sở còn lại.');
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Sở Y tế tiếp tục kiểm tra các']);
  });
});

describe('comments on a draft (góp ý dự thảo)', () => {
  const comments = (items: string) => letter(`Sau khi nghiên cứu, Sở Tư pháp có ý kiến như sau:\n${items}`);
  it('agreement after a topic is no duty; a request after it is', () => {
    const text = comments('1. Về căn cứ ban hành: thống nhất với dự thảo.\n2. Về phạm vi điều chỉnh: đề nghị cơ quan soạn thảo bổ sung đối tượng áp dụng.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['cơ quan soạn thảo']]);
  });
  it('"Trên đây là ý kiến …, đề nghị Sở X tiếp thu…" is a request; the bare summing-up is none', () => {
    const text = comments('1. Về phạm vi điều chỉnh: đề nghị cơ quan soạn thảo bổ sung đối tượng áp dụng.\nTrên đây là ý kiến góp ý của Sở Tư pháp, đề nghị Sở Công Thương nghiên cứu, tiếp thu, hoàn thiện dự thảo./.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['cơ quan soạn thảo'], ['Sở Công Thương']]);
  });
  it('"Trên đây là Kế hoạch …, yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện." is a closing', () => {
    const text = comments('1. Sở Y tế kiểm tra an toàn thực phẩm.\nTrên đây là Kế hoạch tổ chức Tháng hành động của UBND tỉnh, yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế']]);
  });
});

describe('place abbreviations with a full stop', () => {
  it('"UBND TP. Hồ Chí Minh", "UBND TX. Điện Bàn" are whole names', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. UBND TP. Hồ Chí Minh, UBND TX. Điện Bàn phối hợp tổ chức lễ hội.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['UBND TP. Hồ Chí Minh', 'UBND TX. Điện Bàn']]);
  });
  it('a full stop after a word still ends the name', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế. Kiểm tra an toàn thực phẩm.');
    expect(tasksOf(text).flatMap((t) => t.assignees).some((n) => n.includes('Kiểm tra'))).toBe(false);
  });
});

describe('heads wrapped over a line', () => {
  it('"Chủ\\ntịch Ủy ban nhân dân…" after a comma starts a name of its own', () => {
    const text = letter('Thủ tướng Chính phủ yêu cầu:\n1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ\ntịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\na) Tập trung hoàn thiện thể chế, chính sách về nhà ở.');
    expect(tasksOf(text)[0]!.assignees).toEqual(['Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });
});

describe('a Party programme closing each task on who directs it', () => {
  it('"Trách nhiệm chỉ đạo thực hiện: …" after the bullets names the item\'s body', () => {
    const items = [
      'III. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM',
      '3.1. Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền, giáo dục',
      '- Đổi mới công tác tuyên truyền, phổ biến pháp luật theo hướng số hóa.',
      '- Đẩy mạnh xây dựng các mô hình phân loại chất thải tại nguồn.',
      'Trách nhiệm chỉ đạo thực hiện: Đảng ủy Mặt trận Tổ quốc tỉnh.',
      '3.2. Huy động, phân bổ và sử dụng hiệu quả các nguồn lực',
      '- Ưu tiên bố trí vốn đầu tư công cho các công trình xử lý chất thải.',
      'Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.',
    ].join('\n');
    const text = letter(`Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:\n${items}`);
    expect(tasksOf(text).map((t) => [t.starts.slice(0, 20), t.assignees])).toEqual([
      ['Tăng cường sự lãnh đ', ['Đảng ủy Mặt trận Tổ quốc tỉnh']],
      ['Huy động, phân bổ và', ['Đảng ủy Ủy ban nhân dân tỉnh']],
    ]);
  });
});

describe('items with labelled lead and supporting bodies (a table row in prose)', () => {
  const plan = (items: string) => letter(`Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. NHIỆM VỤ CỤ THỂ\n${items}\nII. TỔ CHỨC THỰC HIỆN\nSở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc việc thực hiện Kế hoạch.`);
  it('"Cơ quan chủ trì:", "Cơ quan phối hợp:", "Đơn vị thực hiện:" name the roles; the item is the span', () => {
    const text = plan(
      '1. Xây dựng bộ tiêu chí đánh giá điểm du lịch cộng đồng\n- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n- Cơ quan phối hợp: Sở Nông nghiệp và Môi trường, UBND các huyện.\n- Thời gian thực hiện: trước ngày 30/6/2026.\n2. Tổ chức tập huấn cho cộng đồng làm du lịch\n- Đơn vị thực hiện: UBND các huyện, thành phố; thời gian: tháng 9/2026.',
    );
    const tasks = extractDirective(text).tasks;
    expect(tasks.map((t) => [t.assignees, t.coordinators])).toEqual([
      [['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Nông nghiệp và Môi trường', 'UBND các huyện']],
      [['UBND các huyện, thành phố'], []],
      [['Sở Văn hóa, Thể thao và Du lịch'], []],
    ]);
    expect(tasks[0]!.title).toBe('Xây dựng bộ tiêu chí đánh giá điểm du lịch cộng đồng');
    expect(tasks[0]!.deadline?.date).toBe('2026-06-30');
  });
  it('the labels as lettered sub-items, several on a line, are read with their item', () => {
    const text = plan(
      '1. Rà soát lại các văn bản quy phạm pháp luật của tỉnh để điều chỉnh, thay thế\na) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: Sở Tư pháp, Sở Tài chính; c) Thời gian thực hiện: trước ngày 30/9/2026.\n2. Tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã\na) Cơ quan thực hiện: Sở Nội vụ b) Thời gian thực hiện: Năm 2026.',
    );
    const tasks = extractDirective(text).tasks;
    expect(tasks.map((t) => [t.assignees, t.coordinators, t.deadline?.date ?? null])).toEqual([
      [['Sở Nội vụ'], ['Sở Tư pháp', 'Sở Tài chính'], '2026-09-30'],
      [['Sở Nội vụ'], [], '2026-12-31'],
      [['Sở Văn hóa, Thể thao và Du lịch'], [], null],
    ]);
    expect(tasks[0]!.title).toMatch(/^Rà soát lại các văn bản quy phạm pháp luật/u);
    expect(tasks[0]!.title).not.toMatch(/Cơ quan/u);
  });
  it('lettered sub-items that are duties stay tasks of their own', () => {
    const text = plan('1. Về an toàn thực phẩm\na) Sở Y tế kiểm tra các cơ sở sản xuất.\nb) Cơ quan chủ trì: Sở Công Thương; kiểm tra các chợ đầu mối.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế'], ['Sở Công Thương'], ['Sở Văn hóa, Thể thao và Du lịch']]);
  });
  it('an item without such labels is read as before', () => {
    const text = plan('1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm; phối hợp với Công an tỉnh xử lý vi phạm.');
    expect(tasksOf(text).map((t) => [t.assignees, t.coordinators])).toEqual([
      [['Sở Y tế'], ['Công an tỉnh']],
      [['Sở Văn hóa, Thể thao và Du lịch'], []],
    ]);
  });
});

describe('bodies picked out by what they were given', () => {
  it('"Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch này có trách nhiệm …" is a duty', () => {
    const text = letter('Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch này có trách nhiệm báo cáo kết quả về Sở Nội vụ trước ngày 10/12/2025.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch này']]);
  });
  it('reads "được\ngiao" broken over two lines the same', () => {
    const text = letter('Các cơ quan, đơn vị được\ngiao nhiệm vụ tại Kế hoạch này có trách nhiệm báo cáo kết quả về Sở Nội vụ trước ngày 10/12/2025.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch này']]);
  });
  it('"Sở Tài chính được giao chủ trì thẩm định dự án." states a fact', () => {
    expect(tasksOf(letter('Sở Tài chính được giao chủ trì thẩm định dự án.'))).toEqual([]);
  });
});

describe('more verbs after a name', () => {
  it.each([
    ['Lãnh đạo Sở Y tế trực tiếp chỉ đạo công tác phòng dịch.', ['Lãnh đạo Sở Y tế']],
    ['Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ trực tuyến.', ['Trung tâm Phục vụ hành chính công tỉnh']],
    ['Ban Chỉ huy Quân sự các xã sẵn sàng lực lượng.', ['Ban Chỉ huy Quân sự các xã']],
    ['Đảng ủy UBND tỉnh lãnh đạo các tổ chức đảng trực thuộc.', ['Đảng ủy UBND tỉnh']],
    ['Đề nghị các đồng chí lãnh đạo Sở Y tế tham dự đầy đủ.', ['các đồng chí lãnh đạo Sở Y tế']],
  ])('"%s"', (sentence, assignees) => {
    expect(tasksOf(letter(`Chủ tịch UBND tỉnh yêu cầu:\n1. ${sentence}`)).map((t) => t.assignees)).toEqual([assignees]);
  });
  it('"Sở Y tế tiếp nhận được 20 hồ sơ." tells what came in', () => {
    expect(tasksOf(letter('Sở Y tế tiếp nhận được 20 hồ sơ.'))).toEqual([]);
  });
});

describe('the executing article of a decision', () => {
  it('"… căn cứ Quyết định thi hành./." is boilerplate; the article that assigns stays', () => {
    const text = letter('QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt dự án A.\nĐiều 2. Giao Sở Xây dựng hướng dẫn chủ đầu tư thực hiện.\nĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành./.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Xây dựng']]);
  });
});

describe('a report-back with no subject and no addressees', () => {
  it('falls to the bodies of the duty before it', () => {
    const text = [
      'UBND TỈNH BẮC NINH',
      'SỞ NỘI VỤ',
      'Số: 88/HD-SNV',
      'Bắc Ninh, ngày 03 tháng 3 năm 2025',
      'HƯỚNG DẪN',
      'Căn cứ Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ, Sở Nội vụ hướng dẫn như sau:',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Thủ trưởng các cơ quan, đơn vị tổ chức đánh giá công chức; gửi kết quả về Sở Nội vụ trước ngày 31/3/2025.',
      '2. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở Nội vụ để được hướng dẫn.',
      'Nơi nhận:',
      '- Lưu: VT.',
    ].join('\n');
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toEqual([['Thủ trưởng các cơ quan, đơn vị'], ['Thủ trưởng các cơ quan, đơn vị']]);
  });
});

describe('coordinators listed on bullets', () => {
  it('"phối hợp với:" and a bullet per body: coordinators, not duties of their own', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Giao Sở Y tế chủ trì, phối hợp với:\n- Sở Tài chính;\n- Sở Nội vụ;\n- UBND các huyện, thành phố\nxây dựng phương án phòng dịch, trình UBND tỉnh trước ngày 30/6/2026.\n2. Sở Tài chính bố trí kinh phí.');
    expect(tasksOf(text).map((t) => [t.assignees, t.coordinators])).toEqual([
      [['Sở Y tế'], ['Sở Tài chính', 'Sở Nội vụ', 'UBND các huyện, thành phố']],
      [['Sở Tài chính'], []],
    ]);
  });
  it('bullets after "… cụ thể như:" list examples inside the duty, not bodies with duties', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Tài chính rà soát, phân loại các doanh nghiệp theo các nhóm cụ thể như:\n- Doanh nghiệp chi trả tiền dịch vụ cho các tổ chức nước ngoài;\n- Doanh nghiệp kinh doanh bán hàng trực tuyến.\n2. Sở Nội vụ hướng dẫn các đơn vị.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính'], ['Sở Nội vụ']]);
  });
});

describe('the standing office\'s duty', () => {
  it('the title starts at "có trách nhiệm", past "là cơ quan thường trực,"', () => {
    const [task] = extractDirective(letter('Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch.')).tasks;
    expect(task!.title).toBe('Có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch');
  });
  it('"phủ sóng" ends the coordinators', () => {
    const text = letter('Sở Khoa học và Công nghệ chủ trì, phối hợp với các doanh nghiệp viễn thông phủ sóng di động 5G đến 100% thôn, làng.');
    expect(tasksOf(text).map((t) => t.coordinators)).toEqual([['các doanh nghiệp viễn thông']]);
  });
});

describe('what is asked after the addressees of an intro', () => {
  it.each(['một số nội dung sau', 'như sau'])('"đề nghị các cơ quan, đơn vị %s:" names the bodies only', (what) => {
    const text = letter(`Sở Tài chính đề nghị các cơ quan, đơn vị ${what}:\n1. Rà soát các khoản chi thường xuyên.`);
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các cơ quan, đơn vị']]);
  });
});

describe('a person given a duty', () => {
  it('"Giao đồng chí Nguyễn Văn A, Phó Giám đốc Sở Y tế …" names the person', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Giao đồng chí Nguyễn Văn A, Phó Giám đốc Sở Y tế trực tiếp chỉ đạo công tác phòng dịch.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Nguyễn Văn A', 'Phó Giám đốc Sở Y tế']]);
  });
});

describe('addressees told rather than asked', () => {
  it('"(để báo cáo)", "(b/c)" addressees are not the fallback assignees', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH X',
      'Số: 12/UBND-KT',
      'V/v rà soát cơ sở y tế',
      'X, ngày 05 tháng 01 năm 2026',
      'Kính gửi:',
      '- Bộ Tài chính (để báo cáo);',
      '- Thường trực Tỉnh ủy (b/c);',
      '- Sở Y tế;',
      '- UBND các xã, phường (t/h).',
      'UBND tỉnh có ý kiến như sau:',
      '1. Khẩn trương rà soát các cơ sở y tế.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
    ].join('\n');
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toEqual([['Sở Y tế', 'UBND các xã, phường (t/h)']]);
  });
});

describe('duties numbered "1)", "2)"', () => {
  it('each is a duty of its own', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1) Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\n2) Sở Tài chính bố trí kinh phí.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế'], ['Sở Tài chính']]);
  });
});

describe('adverbs that open a duty', () => {
  it('"tuyệt đối", "kiên quyết" end the name', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. UBND các xã, phường tuyệt đối không để xảy ra cháy rừng.\n2. Công an tỉnh kiên quyết xử lý các vi phạm.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['UBND các xã, phường'], ['Công an tỉnh']]);
  });
});

describe('the new rules stay linear on hostile shapes', () => {
  function fastest(run: () => void): number {
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      run();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  }
  it.each([
    ['topics and colons', (n: number) => `Chủ tịch UBND tỉnh có ý kiến như sau:\n1. ${'Về việc a: '.repeat(n)}Sở Y tế kiểm tra.`],
    ['labelled role lines', (n: number) => `1. Nhiệm vụ\n${'- Cơ quan chủ trì: Sở Y tế; '.repeat(n)}`],
    ['bullets after "phối hợp với:"', (n: number) => `1. Giao Sở Y tế chủ trì, phối hợp với:\n${'- Sở Tài chính;\n'.repeat(n)}`],
    ['"là" and "được giao" inside names', (n: number) => `1. Các cơ quan ${'là được giao '.repeat(n)}kiểm tra.`],
  ])('%s', (_name, shape) => {
    const run = (n: number) => () => {
      extractDirective(letter(shape(n)));
    };
    const small = fastest(run(2_000));
    const large = fastest(run(8_000));
    // Four times the text: about four times the work, far from the sixteen of a quadratic rule.
    expect(large).toBeLessThan(8 * small + 20);
  });
});

describe('addressees as the header gives them', () => {
  it('several on one line are several fallback assignees; "Kính gửi:" alone is none', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH X',
      'Số: 12/UBND-KT',
      'V/v rà soát cơ sở y tế',
      'X, ngày 05 tháng 01 năm 2026',
      '                    Kính gửi:',
      '                            - Sở Tài chính; Sở Nội vụ;',
      '                            - UBND các xã, phường.',
      'UBND tỉnh có ý kiến như sau:',
      '1. Khẩn trương rà soát các cơ sở y tế.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
    ].join('\n');
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toEqual([['Sở Tài chính', 'Sở Nội vụ', 'UBND các xã, phường']]);
  });
});

describe('a province reporting to a ministry, then asking it', () => {
  const body = [
    'Ủy ban nhân dân tỉnh nhận được phản ánh của các doanh nghiệp về những khó khăn, vướng mắc trong việc kiểm tra điều kiện an toàn về phòng cháy, chữa cháy. Ủy ban nhân dân tỉnh báo cáo và đề nghị Bộ Xây dựng',
    'nội dung như sau:',
    '1. Quy định về kiểm tra điều kiện PCCC đối với phương tiện vận',
    'chuyển VLNCN, TCTN và thực tế hiện nay',
    '       Theo quy định tại điểm b khoản 1 Điều 41 Luật Phòng cháy, chữa cháy, cơ quan đăng kiểm thực hiện việc kiểm tra.',
    '2. Khó khăn, vướng mắc',
    'Thứ nhất, Cục Đăng kiểm Việt Nam chưa ban hành văn bản hướng dẫn.',
    '3. Kiến nghị',
    'Để kịp thời tháo gỡ khó khăn, Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Xây dựng:',
    '(i). Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn.',
    '(ii). Sớm chỉ đạo nghiên cứu, sửa đổi, bổ sung các Quy chuẩn kỹ thuật quốc gia.',
  ].join('\n');

  it('the report names no duty; each numbered request "(i)." is one, for the ministry by its name alone', () => {
    const tasks = extractDirective(letter(body)).tasks;
    expect(tasks.map((t) => [t.title.slice(0, 20), t.assignees])).toEqual([
      ['Chỉ đạo Cục Đăng kiể', ['Bộ Xây dựng']],
      ['Sớm chỉ đạo nghiên c', ['Bộ Xây dựng']],
    ]);
  });
});

describe('a topic before the request', () => {
  it('"Đối với …: “…” - giao Cục CNTT …", "Đối với" OCR read "Déi với" or not', () => {
    for (const topic of ['Đối với', 'Déi với']) {
      const item = `1. ${topic} nội dung phối hợp tại điểm 3 Mục III Bản Thỏa thuận: “Phối\nhợp trong công tác bảo đảm an toàn thông tin mạng. " - giao Cục CNTT chủ trì, phối hợp với các đơn vị triển khai thực hiện.`;
      expect(extractDirective(letter(`Ủy ban nhân dân tỉnh phân công như sau:\n${item}`)).tasks.map((t) => t.assignees)).toEqual([['Cục CNTT']]);
    }
  });
});

describe('a request in a paragraph of its own that sets its own date', () => {
  it('is a duty of its own, though it asks a body the duty before named', () => {
    const item =
      '1. Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam tổ chức thực hiện theo Nghị định.\nĐối với chi phí khám bệnh, chữa bệnh vượt dự toán năm 2023, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực\nhiện theo đúng thẩm quyền xong trước ngày 01 tháng 5 năm 2026.';
    const tasks = extractDirective(letter(`Ủy ban nhân dân tỉnh yêu cầu:\n${item}`)).tasks;
    expect(tasks.map((t) => [t.assignees, t.deadline?.date ?? null])).toEqual([
      [['Bộ Tài chính'], null],
      [['Bộ Tài chính', 'Bảo hiểm xã hội Việt Nam'], '2026-05-01'],
    ]);
  });
});

describe('items opening on their grounds, then naming who acts', () => {
  it('"Căn cứ …, Sở X …", "Khi …, Sở Y …", "Sau khi …, Sở Z …" are the bodies named, not the heading\'s', () => {
    const text = items(
      '1. Căn cứ văn bản đề nghị của doanh nghiệp (nêu rõ địa điểm, thời gian), Sở Công Thương kiểm tra và xác nhận hồ sơ.',
      '2. Khi tiếp nhận hồ sơ của tổ chức, cá nhân, Sở Tư pháp thực hiện chứng thực theo quy định.',
      '3. Sau khi văn bản được ban hành, Sở Tài chính rà soát, cập nhật dữ liệu.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Công Thương'], ['Sở Tư pháp'], ['Sở Tài chính']]);
  });
  it('keeps the heading\'s bodies when no body acts after the grounds', () => {
    const text = items(
      '1. Căn cứ kết quả rà soát, cần lập hồ sơ quản lý; hồ sơ được lưu giữ ở các cấp, các cơ quan, tổ chức và cá nhân sử dụng.',
      '2. Sau khi văn bản được ban hành, kịp thời cập nhật dữ liệu vào hệ thống của Sở Tài chính.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các cơ quan, đơn vị'], ['các cơ quan, đơn vị']]);
  });
});

describe('a cue a line of PDF text breaks', () => {
  it('"Sở Tài chính đề\\nnghị Sở Y tế …" asks Sở Y tế, not a body named "… đề nghị Sở Y tế"', () => {
    const text = letter('Do vậy, Sở Tài chính đề\nnghị Sở Y tế tiếp tục rà soát, báo cáo kết quả thực hiện.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế']]);
  });
});

describe('what a report asked for holds', () => {
  it.each([
    ['on one line', 'Ngoài ra, đề nghị Sở Tài chính báo cáo kịp thời, đầy đủ tình hình quản lý giá. Cụ thể như sau:'],
    ['long, its last words broken after a short word', 'Ngoài ra, đề nghị Sở Tài chính báo cáo kịp thời, đầy đủ tình hình quản lý giá, nhằm xây dựng cơ sở dữ liệu về giá, thống nhất quản lý và chỉ đạo chung toàn tỉnh bảo đảm bình ổn giá đối với các mặt hàng thiết yếu. Cụ\nthể như sau:'],
  ])('the contents listed after "… báo cáo … Cụ thể như sau:" are no duties; the item\'s duty and the request are: the call %s', (_name, call) => {
    const text = letter(['Ủy ban nhân dân tỉnh đề nghị Sở Tài chính thực hiện như sau:',
      '1. Rà soát các hộ kinh doanh trên địa bàn.',
      '2. Thực hiện kiểm tra các doanh nghiệp cung cấp dịch vụ giao nhận hàng hóa.',
      '',
      call,
      '(1) Kết quả quản lý giá của các năm.',
      '(2) Các khó khăn, vướng mắc phát sinh.',
      '(3) Đề xuất giải pháp triển khai thời gian tới.',
      '',
      'Đề nghị Sở Tài chính gửi báo cáo về Ủy ban nhân dân tỉnh trước ngày 30/06/2025.',
    ].join('\n'));
    const tasks = extractDirective(text).tasks;
    expect(tasks.map((t) => [text.slice(t.span[0], t.span[1]).replace(/^[\d.\s]+/, '').split(/\s+/).slice(0, 3).join(' '), t.assignees[0], t.deadline?.date ?? null])).toEqual([
      ['Rà soát các', 'Sở Tài chính', null],
      ['Thực hiện kiểm', 'Sở Tài chính', null],
      ['Ngoài ra, đề', 'Sở Tài chính', null],
      ['Đề nghị Sở', 'Sở Tài chính', '2025-06-30'],
    ]);
  });
  it('items that open on verbs under a request for a report are duties still', () => {
    const text = items('1. Rà soát các hộ kinh doanh trên địa bàn.', '2. Đề nghị Sở Tài chính báo cáo và thực hiện như sau:', '(1) Rà soát giá các mặt hàng thiết yếu.', '(2) Kiểm tra việc niêm yết giá.', '(3) Tổng hợp kết quả trước ngày 15/7/2025.');
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Rà soát các hộ kinh doanh trên', 'Rà soát giá các mặt hàng thiết', 'Kiểm tra việc niêm yết giá.', 'Tổng hợp kết quả trước ngày 15']);
  });
});

describe('an item that grounds the request it goes on to make', () => {
  it('"2. Để ngăn ngừa …, Ngân hàng Nhà nước đã yêu cầu …. Do vậy, đề nghị Sở Tài chính …" is the request alone', () => {
    const text = items(
      '1. Rà soát các hộ kinh doanh trên địa bàn.',
      '2. Để ngăn ngừa các giao dịch trên cổng thanh toán quốc tế (như thanh toán hàng hóa, dịch vụ…), Ngân hàng Nhà nước Việt Nam đã yêu cầu các tổ chức phát hành thẻ phối hợp. Do vậy, Ủy ban nhân dân tỉnh đề nghị Sở Tài chính tiếp tục tăng cường rà soát.',
    );
    expect(tasksOf(text).map((t) => [t.starts, t.assignees[0]])).toEqual([
      ['Rà soát các hộ kinh doanh trên', 'các cơ quan, đơn vị'],
      ['Do vậy, Ủy ban nhân dân tỉnh đ', 'Sở Tài chính'],
    ]);
  });
  it('an item that opens on its own verb keeps its duty before the request', () => {
    const text = items('1. Rà soát các hộ kinh doanh trên địa bàn. Do vậy, Ủy ban nhân dân tỉnh đề nghị Sở Tài chính tiếp tục tăng cường kiểm tra.');
    expect(tasksOf(text).map((t) => [t.starts, t.assignees[0]])).toEqual([
      ['Rà soát các hộ kinh doanh trên', 'các cơ quan, đơn vị'],
      ['Do vậy, Ủy ban nhân dân tỉnh đ', 'Sở Tài chính'],
    ]);
  });
});

describe('a report on a schedule after the items', () => {
  it('a paragraph after the last item, asking the same body for a quarterly report, is a duty of its own', () => {
    const text = letter([
      'Ủy ban nhân dân tỉnh đề nghị Sở Tài chính thực hiện như sau:',
      '1. Rà soát các hộ kinh doanh trên địa bàn.',
      '2. Thực hiện đánh giá, báo cáo các khó khăn, vướng mắc trong quá trình triển khai.',
      '',
      'Yêu cầu báo cáo định kỳ tại Công văn này thay thế Công văn số 12/UBND-KT. Sở Tài chính thực hiện tổng hợp và định kỳ báo cáo theo từng quý về Ủy ban nhân dân tỉnh trước ngày 10 của tháng đầu quý tiếp theo.',
    ].join('\n'));
    const tasks = extractDirective(text).tasks;
    expect(tasks.map((t) => [text.slice(t.span[0], t.span[1]).replace(/^[\d.\s]+/, '').split(/\s+/).slice(0, 3).join(' '), t.deadline?.recurrence ?? null])).toEqual([
      ['Rà soát các', null],
      ['Thực hiện đánh', null],
      ['Sở Tài chính', 'quarterly'],
    ]);
  });
  it('a report in the same paragraph as the duty stays part of it', () => {
    const text = letter('Ủy ban nhân dân tỉnh đề nghị Sở Tài chính thực hiện như sau:\n1. Rà soát các hộ kinh doanh trên địa bàn. Sở Tài chính định kỳ báo cáo kết quả theo từng quý.\n2. Kiểm tra việc niêm yết giá.');
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Rà soát các hộ kinh doanh trên', 'Kiểm tra việc niêm yết giá.']);
  });
});

describe('the Deputy Prime Ministers as a body asked', () => {
  it('"Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công kiểm tra, chỉ đạo …" asks them', () => {
    const text = letter('Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công kiểm tra, chỉ đạo, đôn đốc các Bộ, cơ quan, địa phương triển khai thực hiện.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các Phó Thủ tướng Chính phủ']]);
  });
});

describe('bullets naming bodies over "+" bullets of their duties', () => {
  const plan = (...lines: string[]) => letter(['Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:', '1. Tăng cường quản lý rác thải', ...lines].join('\n'));
  const bodies = (colon: string) => [
    'a) Tiếp tục hoàn thiện thể chế chính sách về quản lý rác thải',
    `- Sở Nông nghiệp và Môi trường${colon}`,
    '+ Nghiên cứu, rà soát các chính sách.',
    '+ Ban hành hướng dẫn cải tạo bãi chôn lấp.',
    `- Sở Công Thương${colon}`,
    '+ Ban hành các chính sách thúc đẩy tái chế.',
  ];
  it.each([['with', ':'], ['without', '']])('each body is a duty of its own, the title over them none (%s a colon)', (_name, colon) => {
    expect(tasksOf(plan(...bodies(colon))).map((t) => t.assignees)).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Công Thương']]);
  });
  it('one body named under a title does the title\'s duty', () => {
    const tasks = tasksOf(plan('a) Hoàn thiện hạ tầng kỹ thuật thu gom rác thải', '- Sở Xây dựng', '+ Ban hành quy định về phương tiện thu gom.'));
    expect(tasks.map((t) => [t.starts, t.assignees.includes('Sở Xây dựng')])).toEqual([['Hoàn thiện hạ tầng kỹ thuật th', true]]);
  });
  it('a "+" bullet ends a body\'s name: "- Sở Công Thương\\n+ Ban hành …" is no body "Sở Công Thương + Ban hành"', () => {
    const tasks = tasksOf(plan(...bodies('')));
    expect(tasks.flatMap((t) => t.assignees).some((n) => n.includes('+'))).toBe(false);
  });
});

describe('a request naming its bodies one by one with ";"', () => {
  it('reads the whole list, over lines that end with ";", to the action after it', () => {
    const text = letter(
      'Để việc triển khai thực hiện các quy định được kịp thời, Sở Nông nghiệp và Môi trường đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam\n' +
        'tỉnh; các Sở, ban, ngành của tỉnh; Bộ Chỉ huy quân sự tỉnh; Công an tỉnh; Đài\n' +
        'Khí tượng Thủy văn tỉnh; Ủy ban nhân dân các xã, phường của tỉnh;\n' +
        'Hiệp hội Doanh nghiệp tỉnh và các tổ chức, cá nhân có liên quan tổ chức nghiên cứu, quán triệt, tuyên truyền các quy định.',
    );
    const tasks = tasksOf(text);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.assignees).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'các Sở, ban, ngành của tỉnh',
      'Bộ Chỉ huy quân sự tỉnh',
      'Công an tỉnh',
      'Đài Khí tượng Thủy văn tỉnh',
      'Ủy ban nhân dân các xã, phường của tỉnh',
      'Hiệp hội Doanh nghiệp tỉnh',
      'các tổ chức, cá nhân có liên quan',
    ]);
  });
  it('a line ending with ";" after a request that already acts still ends its sentence', () => {
    const text = letter('Đề nghị Sở Y tế kiểm tra các cơ sở khám bệnh;\nSở Tài chính bố trí kinh phí thực hiện.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế'], ['Sở Tài chính']]);
  });
});

describe('what another body granted the addressee', () => {
  it('"Công ty … được Bộ … cho phép khai thác …" is background; the request after it is the duty', () => {
    const text = provincialLetter(
      'Công ty cổ phần Khoáng sản Thủ Đô được Bộ Nông nghiệp và Môi trường cho phép khai thác quặng sắt tại mỏ Quý Xa theo Giấy phép số 199/GP-BNNMT ngày 14/7/2026. Để bảo đảm hoạt động khai thác theo quy định, Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện cắm mốc khu vực khai thác.',
      { province: 'Lào Cai', number: '6795/SNNMT-KS', recipients: ['Công ty cổ phần Khoáng sản Thủ Đô'] },
    );
    expect(tasksOf(text).map((t) => [t.starts, t.assignees])).toEqual([['Để bảo đảm hoạt động khai thác', ['Công ty']]]);
  });
});

describe('sub-items telling the forms of an item\'s one duty', () => {
  it('"a) Rà soát … giao tài sản theo các hình thức sau:" and its "(i)", "(ii)" are one duty', () => {
    const text = items(
      'a) Rà soát, phân loại và giao tài sản kết cấu hạ tầng trong thời hạn 02 năm; trong đó, tài sản giao cho đối tượng quản lý theo các hình thức sau:',
      '(i) Giao tài sản cho cơ quan, đơn vị quản lý theo hình thức ghi tăng tài sản.',
      '(ii) Giao tài sản cho doanh nghiệp theo hình thức không tính thành phần vốn nhà nước.',
      'b) Lập hồ sơ, quản lý, lưu trữ hồ sơ về tài sản theo quy định.',
    );
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Rà soát, phân loại và giao tài', 'Lập hồ sơ, quản lý, lưu trữ hồ']);
  });
  it('sub-items under "… thực hiện các nội dung sau:" are duties still', () => {
    const text = items('a) Sở Tài chính thực hiện các nội dung sau:', '(i) Rà soát tài sản kết cấu hạ tầng.', '(ii) Lập hồ sơ tài sản.');
    expect(tasksOf(text)).toHaveLength(2);
  });
});

describe('Party bodies heading items', () => {
  const program = (...lines: string[]) => letter(['Bộ Chính trị yêu cầu thực hiện các nhiệm vụ sau:', ...lines].join('\n'));
  it('"Quân uỷ Trung ương" and "Các tỉnh uỷ, thành uỷ" name the bodies of the items below them', () => {
    const text = program(
      '4. Quân uỷ Trung ương',
      'a) Chủ trì, phối hợp với các bộ, ngành thúc đẩy công tác khắc phục hậu quả bom mìn.',
      'b) Chủ động rà soát, điều chỉnh các phương án tác chiến.',
      '5. Các tỉnh uỷ, thành uỷ',
      'a) Xây dựng chương trình, kế hoạch thực hiện Kết luận.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Quân ủy Trung ương'], ['Quân ủy Trung ương'], ['Các tỉnh ủy, thành ủy']]);
  });
});
