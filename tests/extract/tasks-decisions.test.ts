// Shapes of Chỉ thị and Quyết định of the Prime Minister read from signed PDFs: the standing
// "chỉ thị" call, the duties of Government members, and OCR's damage to item numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';

function document(kind: string, number: string, body: string): string {
  return [
    'THỦ TƯỚNG CHÍNH PHỦ',
    `Số: ${number}`,
    'Hà Nội, ngày 06 tháng 10 năm 2025',
    kind,
    'Về việc tăng cường quản lý hoạt động sản xuất, kinh doanh than',
    '',
    body,
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
  ].join('\n');
}

const tasksOf = (text: string) => extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, date: t.deadline?.date ?? null }));

describe('"Thủ tướng Chính phủ chỉ thị …:" hands the items to its addressees', () => {
  const intro =
    'Để nâng cao hiệu quả công tác quản lý nhà nước phù hợp với các điều kiện, yêu cầu phát\ntriển kinh tế xã hội trong tình hình mới; thực hiện các Nghị quyết của Bộ Chính trị, Thủ tướng Chính phủ chỉ thị các bộ, ngành, địa phương và doanh nghiệp liên quan theo thẩm quyền và chức năng, nhiệm vụ được giao:';
  const items = '1. Các nhiệm vụ chung\n\n- Tăng cường phối hợp, hướng dẫn các địa phương thực hiện đúng quy định.\n\n2. Bộ trưởng Bộ Công Thương\n\n- Thường xuyên theo dõi tình hình cung cấp than cho sản xuất điện.';

  it('the addressees, not the words after "yêu cầu" used as a noun, and without their manner', () => {
    expect(tasksOf(document('CHỈ THỊ', '30/CT-TTg', `${intro}\n\n${items}`))).toEqual([
      { assignees: ['các bộ, ngành, địa phương và doanh nghiệp liên quan'], date: null },
      { assignees: ['Bộ trưởng Bộ Công Thương'], date: null },
    ]);
  });

  it('a footnote after the colon leaves the call a list opener', () => {
    const footnote = '\n\n! Các Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị.';
    expect(tasksOf(document('CHỈ THỊ', '30/CT-TTg', `${intro}${footnote}\n\n${items}`))).toHaveLength(2);
  });

  it('"Chỉ thị này" and "Chỉ thị số …" name no one', () => {
    const body = 'Thủ tướng Chính phủ yêu cầu:\n\n1. Bộ Công Thương theo dõi tình hình cung cấp than.\n\n2. Chỉ thị này thay thế Chỉ thị số 29/CT-TTg ngày 02 tháng 12 năm 2019.';
    expect(tasksOf(document('CHỈ THỊ', '30/CT-TTg', body))).toEqual([{ assignees: ['Bộ Công Thương'], date: null }]);
  });
});

describe('a long list of addressees the Chỉ thị names for short', () => {
  const call = (list: string) =>
    `Để tháo gỡ khó khăn cho sản xuất kinh doanh, Thủ tướng Chính phủ yêu cầu ${list} và đề nghị cộng đồng doanh nghiệp, nhân dân cả nước:\n\n1. Quán triệt sâu sắc tinh thần chỉ đạo của Ban Bí thư.\n\n2. Tập trung phân tích, đánh giá những hạn chế của nền kinh tế.`;
  const long =
    'các Bộ trưởng, Thủ trưởng cơ quan ngang\nBộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các tập\nđoàn kinh tế, tổng công ty nhà nước';

  it('an item that opens on its verb is a duty, a "là" inside it or not', () => {
    const body = 'Để tập trung phòng chống dịch, Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương:\n\n1. Tập trung thực hiện “nhiệm vụ kép” là vừa phòng chống dịch, vừa phát triển kinh tế - xã hội.\n\n2. Thị trường các-bon được coi là công cụ kinh tế quan trọng.';
    expect(tasksOf(document('CHỈ THỊ', '11/CT-TTg', body)).map((t) => t.assignees)).toEqual([['các bộ, ngành, địa phương']]);
  });
  it('"(sau đây gọi tắt là …)": the items are for the bodies by their short name', () => {
    const tasks = tasksOf(document('CHỈ THỊ', '11/CT-TTg', call(`${long} (sau đây gọi tắt là các bộ, cơ quan trung\nương và địa phương)`)));
    expect(tasks.map((t) => t.assignees)).toEqual([['các bộ, cơ quan trung ương và địa phương'], ['các bộ, cơ quan trung ương và địa phương']]);
  });
  it('the short name wins wherever the lines break', () => {
    const intro =
      'Để tháo gỡ khó khăn cho sản xuất kinh doanh, bảo đảm an sinh xã hội, an ninh, an toàn đời sống và sức khỏe của nhân dân, Thủ tướng Chính phủ yêu\ncầu các Bộ trưởng, Thủ trưởng cơ quan ngang\nBộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung\nương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các tập đoàn kinh tế, tổng công ty nhà\nnước (sau đây gọi tắt là các bộ, cơ quan trung ương và địa phương) và đề nghị cộng đồng doanh\nnghiệp, nhân dân cả nước:';
    const items = '\n\n1. Quán triệt sâu sắc tinh thần chỉ đạo của Ban Bí thư.\n\n2. Tập trung phân tích, đánh giá những hạn chế của nền kinh tế.';
    const each = [['các bộ, cơ quan trung ương và địa phương'], ['các bộ, cơ quan trung ương và địa phương']];
    expect(tasksOf(document('CHỈ THỊ', '11/CT-TTg', `${intro}${items}`)).map((t) => t.assignees)).toEqual(each);
    // The short name's own words broken: "(sau đây\ngọi tắt là …".
    const broken = intro.replace('(sau đây gọi', '(sau đây\ngọi');
    expect(tasksOf(document('CHỈ THỊ', '11/CT-TTg', `${broken}${items}`)).map((t) => t.assignees)).toEqual(each);
  });
  it('a list going on after the short name keeps its other bodies', () => {
    const body =
      'Thực hiện Nghị định số 178/2026/NĐ-CP, Bộ Tài chính đề nghị các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương\n(sau đây gọi là Bộ, cơ quan trung ương) và Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc trung ương tập trung chỉ đạo triển khai các nhiệm vụ trọng tâm sau:\n\n1. Rà soát, hoàn thiện cơ sở dữ liệu về tài sản.';
    expect(tasksOf(document('CÔNG VĂN', '8388/BTC-QLCS', body)).map((t) => t.assignees)).toEqual([['Bộ, cơ quan trung ương', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']]);
  });
});

describe('an item number OCR read with a comma', () => {
  it('"9, Chủ đầu tư …" is item 9, its bullets its own', () => {
    const body =
      'Thủ tướng Chính phủ yêu cầu:\n\n8. Bộ trưởng Bộ Công Thương\n\n- Thường xuyên theo dõi tình hình cung cấp than.\n\n9, Chủ đầu tư nhà máy nhiệt điện than\n\n- Chịu trách nhiệm thu xếp nguồn than hợp pháp để vận hành nhà máy.';
    expect(tasksOf(document('CHỈ THỊ', '30/CT-TTg', body)).map((t) => t.assignees)).toEqual([['Bộ trưởng Bộ Công Thương'], ['Chủ đầu tư nhà máy nhiệt điện than']]);
  });

  it('a line opening "15, …" in lower case is no item', () => {
    const body = 'Thủ tướng Chính phủ yêu cầu:\n\n1. Bộ Công Thương tổ chức hội nghị vào các ngày 14,\n15, và báo cáo kết quả.';
    expect(tasksOf(document('CHỈ THỊ', '30/CT-TTg', body))).toHaveLength(1);
  });
});

describe('a Quyết định assigning Government members', () => {
  const decision = [
    'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
    'Xét đề nghị của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ,',
    '',
    'QUYẾT ĐỊNH:',
    '',
    'Điều 1. Phân công nhiệm vụ các Thành viên Chính phủ chủ trì làm việc với các địa phương để tháo gỡ khó khăn, vướng mắc.',
    '',
    'Điều 2. Nhiệm vụ và quyền hạn của Thành viên Chính phủ được giao chủ trì làm việc với địa phương:',
    '',
    '1. Nhiệm vụ của Thành viên Chính phủ',
    '',
    'a) Chủ động xây dựng kế hoạch, tổ chức đoàn công tác làm việc với địa phương, báo cáo Thủ tướng Chính phủ.',
    '',
    'b) Trực tiếp chỉ đạo xử lý những khó khăn, vướng mắc tại địa phương được phân công.',
    '',
    'c) Thực hiện các nhiệm vụ khác theo chỉ đạo của Thủ tướng Chính phủ.',
    '',
    '2. Quyền hạn của Thành viên Chính phủ: Yêu cầu các địa phương báo cáo, cung cấp thông tin, số liệu.',
    '',
    'Điều 3. Giao Bộ Tài chính tổng hợp chung kết quả làm việc, báo cáo Thủ tướng Chính phủ.',
    '',
    'Điều 4. Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Nội vụ;',
    'Chủ tịch Ủy ban nhân dân các tỉnh:',
    'Thái Nguyên, Cao Bằng và Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  ].join('\n');

  it('their duties, not their powers, the standing catch-all or the enforcement clause', () => {
    expect(tasksOf(document('QUYẾT ĐỊNH', '2179/QĐ-TTg', decision)).map((t) => t.assignees)).toEqual([
      ['các Thành viên Chính phủ'],
      ['Thành viên Chính phủ'],
      ['Thành viên Chính phủ'],
      ['Bộ Tài chính'],
    ]);
  });

  it('the duties of a member of a body being set up stay its standing functions', () => {
    const setUp = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 1. Thành lập Tổ công tác rà soát dự án tồn đọng.',
      '',
      'Điều 2. Nhiệm vụ của thành viên Tổ công tác',
      '',
      'a) Chủ động nghiên cứu hồ sơ dự án thuộc lĩnh vực được phân công.',
      '',
      'Điều 3. Giao Bộ Tài chính bố trí kinh phí hoạt động của Tổ công tác.',
    ].join('\n');
    expect(tasksOf(document('QUYẾT ĐỊNH', '2180/QĐ-TTg', setUp)).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });

  it('how a body being set up works and who sits on it are no duties', () => {
    const setUp = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 1. Kiện toàn Phân ban Việt Nam trong Ủy ban liên Chính phủ Việt Nam - Cu-ba.',
      'Các thành viên thường trực của Phân ban: đại diện cấp Cục/Vụ của các Bộ: Công Thương, Ngoại giao.',
      'Điều 2. Các thành viên Phân ban Việt Nam làm việc theo chế độ kiêm nhiệm. Chủ tịch Phân ban Việt Nam sử dụng con dấu của Bộ Công Thương trong giao dịch hành chính.',
      '',
      'Điều 3. Giao Bộ Công Thương bố trí kinh phí hoạt động của Phân ban.',
    ].join('\n');
    expect(tasksOf(document('QUYẾT ĐỊNH', '2227/QĐ-TTg', setUp)).map((t) => t.assignees)).toEqual([['Bộ Công Thương']]);
  });

  it('"Điều 1. Ban hành … trong lĩnh vực giáo dục nghề nghiệp, gồm:" lists what is issued ("giáo dục" is no "giao")', () => {
    const issued = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 1. Ban hành kèm theo Quyết định này Bộ định mức kinh tế - kỹ thuật về đào tạo đối với 37 nghề trong lĩnh vực giáo dục nghề nghiệp, gồm:',
      '1. Thiết kế đồ họa (được quy định tại Phụ lục số 01).',
      '2. Kỹ thuật pha chế đồ uống (được quy định tại Phụ lục số 02).',
      '',
      'Điều 2. Giao Sở Lao động - Thương binh và Xã hội hướng dẫn thực hiện Quyết định này.',
    ].join('\n');
    expect(tasksOf(document('QUYẾT ĐỊNH', '64/2024/QĐ-UBND', issued)).map((t) => t.assignees)).toEqual([['Sở Lao động - Thương binh và Xã hội']]);
  });

  it('an article titled by a role ("Cơ quan tiếp nhận hồ sơ") names no body; cooperation ends at "trong việc"', () => {
    const decision = [
      'QUYẾT ĐỊNH:',
      'Điều 1. Cơ quan tiếp nhận hồ sơ',
      'Sở Công Thương tỉnh Lào Cai là cơ quan tiếp nhận hồ sơ đề nghị cấp Giấy chứng nhận.',
      'Điều 2. Trách nhiệm thực hiện',
      '1. Công an tỉnh có trách nhiệm phối hợp với Sở Công Thương trong việc thẩm định điều kiện an ninh, trật tự.',
    ].join('\n');
    const tasks = extractDirective(document('QUYẾT ĐỊNH', '2272/QĐ-UBND', decision)).tasks;
    expect(tasks.flatMap((t) => t.assignees)).not.toContain('Cơ quan');
    expect(tasks.find((t) => t.assignees.includes('Công an tỉnh'))?.coordinators).toEqual(['Sở Công Thương']);
  });

  it('numbered enacting clauses of the last article are no duties; the duties before them still are', () => {
    // A provincial decision delegating powers to a department, whole (tests/fixtures/texts/README.md).
    const text = readFileSync(join(process.cwd(), 'tests/fixtures/texts/qd-ubnd-laocai-2867-2026.txt'), 'utf8');
    const tasks = extractDirective(text).tasks;
    expect(tasks.length).toBeGreaterThan(3);
    expect(tasks.some((t) => /^Chánh Văn phòng/u.test(t.title))).toBe(false);
  });

  it('a council being set up: who sits on it, its powers and working rules are no duties; "Hội đồng thẩm định" is its name', () => {
    const setUp = [
      'QUYẾT ĐỊNH:',
      'Điều 1. Thành lập Hội đồng thẩm định Quy hoạch các khu công nghiệp.',
      '1. Hội đồng thẩm định bao gồm: Chủ tịch Hội đồng thẩm định; các Phó Chủ tịch; các thành viên.',
      'Điều 2. Nhiệm vụ, quyền hạn và nguyên tắc hoạt động của Hội đồng thẩm định:',
      '1. Hội đồng thẩm định làm việc theo chế độ tập thể và chịu trách nhiệm thẩm định nhiệm vụ quy hoạch.',
      '2. Thành viên Hội đồng thẩm định có trách nhiệm nghiên cứu hồ sơ, cho ý kiến về nhiệm vụ quy hoạch.',
      'Điều 3. Hội đồng thẩm định tổ chức thẩm định đồ án quy hoạch trước ngày 30/6/2026.',
    ].join('\n');
    expect(tasksOf(document('QUYẾT ĐỊNH', '7/QĐ-BQLCKCN', setUp)).map((t) => t.assignees)).toEqual([['Hội đồng thẩm định']]);
  });

  it('items that tell, handed down to no one and opening on no verb, are no duties', () => {
    // A ward's notice of when applications are received, whole (tests/fixtures/texts/README.md).
    const text = readFileSync(join(process.cwd(), 'tests/fixtures/texts/tb-ubnd-camduong-831-2026.txt'), 'utf8');
    expect(extractDirective(text).tasks.map((t) => t.title)).toEqual([]);
  });

  it('the seats of a body being renewed are who holds them, not duties', () => {
    const renewed = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 1. Kiện toàn Ủy ban Quốc gia về người cao tuổi Việt Nam, gồm các thành viên sau:',
      '1. Chủ tịch Ủy ban: Phó Thủ tướng Chính phủ Lê Thành Long.',
      '2. Phó Chủ tịch Ủy ban: Bà Đào Hồng Lan, Bộ trưởng Bộ Y tế.',
      '',
      'Điều 2. Giao Bộ Y tế bố trí kinh phí hoạt động của Ủy ban.',
    ].join('\n');
    expect(tasksOf(document('QUYẾT ĐỊNH', '2219/QĐ-TTg', renewed)).map((t) => t.assignees)).toEqual([['Bộ Y tế']]);
  });

  it('an article that names no one states a rule, not a duty', () => {
    const funded = decision.replace(
      'Điều 4. Bộ trưởng',
      'Điều 4. Kinh phí tổ chức làm việc tại các địa phương\n\nKinh phí tổ chức làm việc tại các địa phương được bố trí trong dự toán ngân\nsách nhà nước hàng năm của các bộ, cơ quan trung ương theo quy định hiện hành.\nĐiều 5. Điều khoản thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n2. Bộ trưởng',
    );
    expect(tasksOf(document('QUYẾT ĐỊNH', '2179/QĐ-TTg', funded))).toHaveLength(4);
    const told = funded.replace('Kinh phí tổ chức làm việc tại các địa phương được bố trí', 'Bộ Tài chính bố trí kinh phí tổ chức làm việc');
    expect(tasksOf(document('QUYẾT ĐỊNH', '2179/QĐ-TTg', told)).map((t) => t.assignees)).toContainEqual(['Bộ Tài chính']);
  });

  it('a dated catch-all is still a duty', () => {
    const dated = decision.replace('c) Thực hiện các nhiệm vụ khác theo chỉ đạo của Thủ tướng Chính phủ.', 'c) Thực hiện các nhiệm vụ khác, báo cáo trước ngày 15/12/2025.');
    expect(tasksOf(document('QUYẾT ĐỊNH', '2179/QĐ-TTg', dated)).map((t) => t.date)).toContain('2025-12-15');
  });
});

describe('a council resolution (Nghị quyết HĐND) with its programme', () => {
  const resolution = (article1: string) =>
    [
      'NGHỊ QUYẾT',
      'VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018',
      'HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI',
      'KHÓA XI, KỲ HỌP THỨ BA',
      'Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015;',
      'QUYẾT NGHỊ:',
      article1,
      'Điều 2. Hội',
      'đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh tổ chức thực hiện Nghị quyết; tổng hợp và báo cáo kết quả thực hiện tại kỳ họp giữa năm 2019.',
      'Thường trực Hội đồng nhân dân tỉnh và',
      'các Ban Hội đồng nhân dân tỉnh xây dựng, triển khai thực hiện chương trình giám sát.',
      'Các cơ quan chịu sự giám sát có trách nhiệm thực hiện đầy đủ những kiến nghị sau giám sát.',
      'Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa XI, Kỳ họp thứ Ba thông qua ngày 13 tháng 7 năm 2017./.',
    ].join('\n');
  const programme = [
    'Điều 1. Thông',
    'qua chương trình giám sát của Hội đồng nhân dân tỉnh năm 2018. Cụ thể như sau:',
    'I. GIÁM SÁT TẠI KỲ HỌP CỦA HỘI ĐỒNG NHÂN DÂN TỈNH',
    '1. Tại kỳ họp giữa năm 2018:',
    '1.1. Xem xét báo cáo công tác 6 tháng đầu năm 2018 của Thường trực Hội đồng nhân dân tỉnh.',
    '1.2. Xem xét việc trả lời chất vấn của Chủ tịch Ủy ban nhân dân tỉnh.',
    'II. GIÁM SÁT CHUYÊN ĐỀ CỦA HỘI ĐỒNG NHÂN DÂN TỈNH',
    '1. Giám sát việc thực hiện các kiến nghị sau giám sát của Hội đồng nhân dân tỉnh năm 2017.',
  ].join('\n');

  it('the programme it approves holds no duties; the bodies "giao" names and the paragraphs that add bodies do', () => {
    expect(tasksOf(resolution(programme)).map((t) => t.assignees.join(' + '))).toEqual([
      'Thường trực Hội đồng nhân dân tỉnh',
      // "… và\ncác Ban …": two bodies, the line break after "và" or not.
      'Thường trực Hội đồng nhân dân tỉnh + các Ban Hội đồng nhân dân tỉnh',
      'Các cơ quan chịu sự giám sát',
    ]);
  });

  it('its verdict on a report is no duty', () => {
    const verdict = 'Điều 1. Hội đồng nhân dân tỉnh tán thành nội dung Báo cáo kết quả giám sát của Đoàn Giám sát.';
    expect(tasksOf(resolution(verdict)).map((t) => t.assignees.join(' + '))).not.toContain('Hội đồng nhân dân tỉnh');
  });

  it('"giao thương" is still trade, not a cue', () => {
    const trade = 'Điều 1. Sở Công Thương đẩy mạnh giao thương với các tỉnh bạn.';
    expect(tasksOf(resolution(trade))[0]!.assignees).toEqual(['Sở Công Thương']);
  });
});

describe('the closing articles of a council resolution', () => {
  const resolution = (body: string) =>
    ['NGHỊ QUYẾT', 'VỀ CHỈ TIÊU PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BẢO HIỂM XÃ HỘI', 'HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU', 'Căn cứ Luật Bảo hiểm xã hội năm 2014;', 'QUYẾT NGHỊ:', body, 'Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa VI, kỳ họp thứ năm thông qua ngày 13 tháng 7 năm 2017./.'].join('\n');

  it('"Giao chỉ tiêu …" hands targets to no one named', () => {
    const body = 'Điều 1. Giao chỉ tiêu\nphát triển đối tượng tham gia bảo hiểm xã hội giai đoạn 2017-2020 như nội dung tờ trình số 52/TTr-UBND ngày 12 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh.\nĐiều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.';
    expect(tasksOf(resolution(body)).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân tỉnh']]);
  });

  it('the bodies named before "theo nhiệm vụ, quyền hạn đã được pháp luật quy định"', () => {
    const body = 'Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n2. Giao Thường trực Hội đồng\nnhân dân, các Ban của Hội đồng nhân dân và các đại\nbiểu Hội đồng nhân dân tỉnh theo nhiệm vụ, quyền hạn đã được pháp luật quy định\ntổ chức kiểm tra và giám sát việc thực hiện Nghị quyết này.';
    const tasks = tasksOf(resolution(body));
    expect(tasks).toHaveLength(2);
    expect(tasks[1]!.assignees.join(', ')).toMatch(/^Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân/u);
  });
});

describe('a council resolution on its question session', () => {
  const text = [
    'NGHỊ QUYẾT',
    'VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM',
    'HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU',
    'Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;',
    'QUYẾT NGHỊ:',
    'Điều 1. Hội đồng nhân dân tỉnh thống nhất với',
    'nội dung chất vấn và trả lời chất vấn tại kỳ họp thứ năm, cụ thể như sau:',
    '1. Về việc xử lý các dự án chậm triển khai:',
    '- Đối với 04 dự án chậm triển khai, Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tổ chức thực hiện các giải pháp như đã cam kết.',
    '2. Về xử lý dự án khu đất Festival:',
    '- Ủy ban nhân dân tỉnh tìm giải pháp, nhanh chóng đưa khu đất này vào sử dụng.',
    'Điều 2. Trách nhiệm của các cơ quan, tổ chức, cá nhân:',
    '1. Ủy ban nhân dân, Chủ tịch và các thành viên Ủy ban nhân dân tỉnh, các Sở, ban, ngành trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết này.',
    '2. Thường trực Hội đồng nhân dân tỉnh, các Ban Hội',
    'đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh và các đại biểu Hội',
    'đồng nhân dân tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm',
    'giám sát việc thực hiện Nghị quyết.',
    'Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa VI, kỳ họp thứ năm thông qua ngày 13 tháng 7 năm 2017./.',
  ].join('\n');

  it('the council agreeing hands out nothing; its requests, the bodies it names and their supervision do', () => {
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([
      ['Ủy ban nhân dân tỉnh'],
      ['Ủy ban nhân dân tỉnh'],
      ['Thường trực Hội đồng nhân dân tỉnh', 'các Ban Hội đồng nhân dân tỉnh', 'các Tổ đại biểu Hội đồng nhân dân tỉnh', 'các đại biểu Hội đồng nhân dân tỉnh'],
    ]);
  });
});

describe('a council resolution on the tasks of the half year', () => {
  const text = (closing: string) =>
    [
      'NGHỊ QUYẾT',
      'VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG CUỐI NĂM 2017',
      'HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'QUYẾT NGHỊ:',
      'Điều 1. Hội đồng nhân dân tỉnh thống nhất thông qua',
      'phương hướng, nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2017, trong đó cần tập trung một số nhiệm',
      'vụ chủ yếu sau:',
      '1. Thực hiện đồng bộ các giải pháp nhằm cải thiện môi trường đầu tư.',
      '2. Tăng cường quản lý đầu tư và xử lý nợ đọng xây dựng cơ bản.',
      closing,
      'Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa IX, kỳ họp thứ năm thông qua ngày 13 tháng 7 năm 2017./.',
    ].join('\n');

  it('the tasks listed fall to the body charged with carrying the resolution out', () => {
    const tasks = tasksOf(text('Điều 2. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.'));
    expect(tasks.map((t) => t.assignees)).toEqual([['Ủy ban nhân dân tỉnh'], ['Ủy ban nhân dân tỉnh'], ['Ủy ban nhân dân tỉnh']]);
  });
  it('with no such body, the council holding them names no one', () => {
    const tasks = tasksOf(text('Điều 2. Nghị quyết có hiệu lực kể từ ngày thông qua.'));
    expect(tasks.flatMap((t) => t.assignees).some((n) => /thống nhất|trong đó/u.test(n))).toBe(false);
  });
});

describe('a heading whose first word lost its marks to OCR', () => {
  const directive = (heading: string) =>
    ['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 30/CT-TTg', 'Hà Nội, ngày 06 tháng 10 năm 2025', 'CHỈ THỊ', 'Về than', '', 'Thủ tướng Chính phủ yêu cầu:', '', '1. Bộ Công Thương', '', '- Theo dõi tình hình cung cấp than.', '', heading, '', '- Thực hiện đồng bộ các biện pháp chỉ đạo, điều hành sản xuất.'].join('\n');

  it('"_ 2. Tap đoàn Công nghiệp Than …" still names its bodies', () => {
    const tasks = tasksOf(directive('_ 2. Tap đoàn Công nghiệp Than - Khoáng sản Việt Nam, Binh đoàn 19\n(Tông công ty Đông Bắc) và các đơn vị được phép khai thác, kinh doanh than'));
    expect(tasks).toHaveLength(2);
    expect(tasks[1]!.assignees[0]).toMatch(/^Tap đoàn Công nghiệp Than/u);
  });

  it('"Uy ban nhân dân thành phố Hà Nội …" is a committee, its lettered items its duties', () => {
    const tasks = tasksOf(directive('2. Uy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh và Ủy ban\nnhân dân các tỉnh, thành phố trực thuộc trung ương\n\na) Phối hợp với các bộ, cơ quan liên quan thực hiện các nhiệm vụ của Đề án.\n\nb) Xây dựng kế hoạch triển khai hằng năm.'));
    expect(tasks.slice(1).map((t) => t.assignees[0])).toEqual(['Uy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh', 'Uy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh']);
  });

  it.each([
    ['one word, "Vụ", before a capitalised name', '2. Vu Kế hoạch - Tài chính tham mưu cho Lãnh đạo Bộ cân đối, bố trí kinh phí để thực hiện.', 'Vu Kế hoạch - Tài chính'],
    ['one word, "Bộ", before a capitalised name', '2. Bo Xây dựng khẩn trương chỉ đạo các cơ quan, đơn vị liên quan thực hiện.', 'Bo Xây dựng'],
    // Heads of two words or more:
    ['words after the first lost their marks', '2. Văn phong UBND tỉnh chủ trì, phối hợp với các cơ quan liên quan thực hiện.', 'Văn phong UBND tỉnh'],
    ['first word lost its marks, another kept them', '2. Ngan hàng thương mại, chi nhánh ngân hàng nước ngoài nâng cấp ứng dụng.', 'Ngan hàng thương mại, chi nhánh ngân hàng nước ngoài'],
    ['"Đ" OCR read as "D", the rest as printed', '2. Dảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo triển khai thực hiện.', 'Dảng ủy Ủy ban nhân dân tỉnh'],
    ['"Đ" OCR read as "D", a word after it unmarked', '2. Dảng uy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo triển khai thực hiện.', 'Dảng uy Ủy ban nhân dân tỉnh'],
  ])('a head that lost marks to OCR (%s) still names its body', (_name, item, body) => {
    expect(tasksOf(directive(item))[1]!.assignees[0]).toBe(body);
  });

  it('"Quỹ BHYT thanh toán …": what an insurance fund pays is a rule, no duty', () => {
    expect(tasksOf(directive('2. Quỹ BHYT thanh toán chi phí khám bệnh, chữa bệnh nội trú ban ngày theo mức hưởng.')).length).toBe(1);
    expect(tasksOf(directive('2. Quỹ Bảo vệ môi trường tỉnh chủ trì thẩm định hồ sơ vay vốn.'))[1]!.assignees).toEqual(['Quỹ Bảo vệ môi trường tỉnh']);
  });

  it('"… đa tích cực triển khai": OCR\'s "đa" for "đã" tells what was done, "đa dạng hóa" is a duty', () => {
    expect(tasksOf(directive('2. Tổng cục Thuế, các Cục thuế đa tích cực triển khai các nhiệm vụ được giao.')).length).toBe(1);
    expect(tasksOf(directive('2. Sở Thông tin và Truyền thông đa dạng hóa các hình thức tuyên truyền.'))[1]!.assignees).toEqual(['Sở Thông tin và Truyền thông']);
  });

  it('"Tất cả các cơ quan, đơn vị … treo cờ": hanging the flag is a holiday notice\'s duty', () => {
    expect(tasksOf(directive('2. Tất cả các cơ quan, đơn vị, trường học trên địa bàn treo cờ Tổ quốc từ ngày 01/9/2025.'))[1]!.assignees).toEqual(['Tất cả các cơ quan, đơn vị, trường học trên địa bàn']);
  });

  it('"Đồng chi …": OCR\'s "chi" for "chí" after the head stops no name', () => {
    expect(tasksOf(directive('2. Đồng chi Giám đốc Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan thực hiện.'))[1]!.assignees[0]).toBe('Giám đốc Sở Tài chính');
  });

  it('"Uy\nban nhân dân …": a head that lost its marks and breaks over lines still parts the bodies', () => {
    const call = 'Thủ tướng Chính phủ yêu cầu các bộ, cơ quan trung ương, Uy\nban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung triển khai thực hiện các nhiệm vụ, giải pháp sau đây:';
    const text = ['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 30/CT-TTg', 'Hà Nội, ngày 06 tháng 10 năm 2025', 'CHỈ THỊ', 'Về môi trường', '', call, '', '1. Phát động phong trào toàn dân tham gia bảo vệ môi trường.'].join('\n');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các bộ, cơ quan trung ương', 'Uy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']]);
  });

  it('"1. Bo trưởng, Thủ trưởng …": a post whose first word alone lost its marks heads its items', () => {
    const text = ['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 30/CT-TTg', 'Hà Nội, ngày 06 tháng 10 năm 2025', 'CHỈ THỊ', 'Về môi trường', '', 'Thủ tướng Chính phủ yêu cầu:', '', '1. Bo trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh', '', 'a) Xác định phát động phong trào toàn dân tham gia bảo vệ môi trường là nhiệm vụ trọng tâm.', '', 'b) Trước ngày 31 tháng 12 năm 2025, xây dựng, ban hành kế hoạch thực hiện.'].join('\n');
    expect(tasksOf(text).map((t) => t.assignees[0])).toEqual(['Bo trưởng', 'Bo trưởng']);
  });
  it('"Điều 2. Co quan giúp việc Ban Chỉ đạo": an article\'s title of "cơ quan" that lost its marks names no body over the teams set up', () => {
    const text = ['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 2222/QĐ-TTg', 'Hà Nội, ngày 06 tháng 10 năm 2025', 'QUYẾT ĐỊNH', 'Thành lập Ban Chỉ đạo', '', 'QUYẾT ĐỊNH:', '', 'Điều 1. Thành lập Ban Chỉ đạo tổ chức sự kiện.', '', 'Điều 2. Co quan giúp việc Ban Chỉ đạo', '', '1. Thành lập Ban Thư ký thường trực và 06 Tiểu ban giúp việc Ban Chỉ đạo, trong đó:', '', 'a) Tiểu ban Nội dung do Bộ Công an chủ trì, gồm đại diện lãnh đạo Văn phòng Chính phủ và các bộ liên quan.', '', 'b) Tiểu ban Tài chính và Hậu cần do Bộ Công an chủ trì, gồm đại diện lãnh đạo Bộ Tài chính.'].join('\n');
    expect(tasksOf(text).flatMap((t) => t.assignees).some((n) => n.startsWith('Co quan'))).toBe(false);
  });

  it('"So với …" is no "Sở": a one-word head needs a capitalised name after it', () => {
    expect(tasksOf(directive('2. So với cùng kỳ năm trước, sản lượng than tăng 5%.')).map((t) => t.assignees[0])).not.toContain('So');
  });

  it('"Cac bộ, ngành liên quan": "các" that lost its mark before a kind of body', () => {
    const tasks = tasksOf(directive('2. Cac bộ, ngành liên quan\na) Xây dựng, ban hành và tổ chức thực hiện Kế hoạch hành động thực hiện Chiến lược.'));
    expect(tasks[1]!.assignees[0]).toMatch(/^Cac bộ, ngành liên quan/u);
  });

  it('"Bên cạnh việc …, các bộ, ngành, địa phương chủ trì …": the subject after the opening clause', () => {
    const tasks = tasksOf(directive('2. Bên cạnh việc thực hiện các giải pháp, nhiệm vụ chủ yếu của Chiến lược, các bộ, ngành, địa phương chủ trì xem xét việc xây dựng các đề án thực hiện Chiến lược.'));
    expect(tasks[1]!.assignees.join(', ')).toBe('các bộ, ngành, địa phương');
  });

  it('a lower-case or one-word look-alike is no head', () => {
    expect(tasksOf(directive('2. So sánh kết quả sản xuất than các năm')).map((t) => t.assignees)).toEqual([['Bộ Công Thương']]);
  });
});

describe('a ministry letter whose long last sentence asks the provinces for the items after it', () => {
  const text = [
    'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '                                                      Độc lập - Tự do - Hạnh phúc',
    '       Số: 9389 /BNNMT-BĐKH',
    '                                                    Hà Nội, ngày 20 tháng 11 năm 2025',
    '    V/v triển khai thực hiện các quy định về giảm nhẹ phát thải khí nhà kính',
    '                 Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    '               Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP về giảm nhẹ phát thải khí nhà kính.',
    '               Để triển khai thực hiện các quy định mới được ban hành, Bộ Nông nghiệp',
    '        và Môi trường kính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung',
    '        ương chỉ đạo các cơ quan, đơn vị trực thuộc có liên quan quán triệt và thực hiện',
    '        các quy định tại các văn bản nêu trên, trong đó lưu ý một số nhiệm vụ chủ yếu',
    '        thuộc phạm vi quản lý nhà nước trên địa bàn về giảm nhẹ phát thải khí nhà kính,',
    '        thị trường các-bon và bảo vệ tầng ô-dôn, cụ thể như sau:',
    '               1. Về giảm nhẹ phát thải khí nhà kính',
    '               a) Chỉ đạo cơ quan chuyên môn trực thuộc rà soát danh mục cơ sở phát thải, gửi',
    '        Bộ Nông nghiệp và Môi trường trước ngày 30 tháng',
    '        6 hằng năm để tổng hợp.',
    '              b) Phối hợp với Bộ Nông nghiệp và Môi trường thu thập số liệu hấp thụ khí nhà kính.',
    '      2. Về thị trường các-bon',
    '      a) Tổ chức phổ biến, tuyên truyền về thị trường các-bon.',
  ].join('\n');

  it('each lettered item is a duty of the provinces; the request that opens them is not one more', () => {
    expect(tasksOf(text)).toEqual([
      { assignees: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], date: '2026-06-30' },
      { assignees: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], date: null },
      { assignees: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], date: null },
    ]);
  });
});

describe('what a plan says of its funding and of those it encourages', () => {
  const plan = (items: string) =>
    [
      'THỦ TƯỚNG CHÍNH PHỦ', 'Số: 2230/QĐ-TTg', 'Hà Nội, ngày 09 tháng 10 năm 2025', 'QUYẾT ĐỊNH', 'Phê duyệt Đề án phát triển nhân lực đường sắt', '',
      'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;', 'Xét đề nghị của Bộ trưởng Bộ Xây dựng,', '', 'QUYẾT ĐỊNH:', '',
      'Điều 1. Phê duyệt Đề án phát triển nhân lực đường sắt với các nội dung sau:', 'IV. KINH PHÍ THỰC HIỆN', items,
      'V. TỔ CHỨC THỰC HIỆN', '1. Bộ Xây dựng', 'a) Chủ trì theo dõi, đôn đốc việc thực hiện Đề án.',
    ].join('\n');

  it.each([
    '1. Kinh phí thực hiện Đề án được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành.',
    '1. Khuyến khích các doanh nghiệp, tổ chức, cá nhân trong và ngoài nước hỗ trợ đào tạo nhân lực.',
    '1. Việc quản lý, sử dụng kinh phí để triển khai Đề án thực hiện theo quy định của pháp luật.',
  ])('%s is no duty', (item) => {
    expect(tasksOf(plan(item)).map((t) => t.assignees)).toEqual([['Bộ Xây dựng']]);
  });

  it('a body that sets the funding aside has a duty', () => {
    expect(tasksOf(plan('1. Bộ Tài chính bố trí kinh phí thực hiện Đề án trong dự toán hằng năm.')).map((t) => t.assignees)).toContainEqual(['Bộ Tài chính']);
  });
});

describe('a council resolution that lost its header table and date line', () => {
  const text = [
    '<jsontable name="bang_0"> </jsontable>',
    'NGHỊ QUYẾT',
    'VỀ',
    'CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018',
    'HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG',
    'KHÓA IX - KỲ HỌP THỨ TƯ',
    'Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'Xét Tờ trình số 181/TTr-HĐND ngày 30 tháng 6 năm 2017 của Thường trực HĐND tỉnh.',
    'QUYẾT NGHỊ:',
    'Điều 1. Quyết',
    'định chương trình giám sát của Hội đồng nhân dân tỉnh năm 2018, bao gồm các nội dung sau đây:',
    '1. Hội đồng nhân dân xem xét các báo cáo sau đây:',
    '- Báo cáo công tác 06 tháng của Thường trực Hội đồng nhân dân tỉnh.',
    'Điều 2. Giao Thường trực Hội đồng nhân dân tỉnh ban hành kế hoạch tổ chức thực hiện Nghị quyết này.',
    'Nghị quyết này đã được Hội đồng nhân',
    'dân tỉnh Bình Dương khóa IX, kỳ họp thứ Tư thông qua ngày 13 tháng 7 năm 2017 và có hiệu lực kể từ ngày thông qua./.',
  ].join('\n');

  it('is still read: its council, the day it was passed, its duties but not its own programme', () => {
    const out = extractDirective(text);
    expect(out.document.issuer).toBe('HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG');
    expect(out.document.date).toBe('2017-07-13');
    expect(out.citations.map((c) => c.number)).toEqual(['181/TTr-HĐND']);
    expect(out.tasks.map((t) => t.assignees)).toEqual([['Thường trực Hội đồng nhân dân tỉnh']]);
  });

  it('a page with the same words but no enacting formula and no article is not read as one', () => {
    const page = 'HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG\nKHÓA IX - KỲ HỌP THỨ TƯ\nTin tức: kỳ họp thứ Tư đã bế mạc sau ba ngày làm việc.';
    expect(extractDirective(page).tasks).toEqual([]);
    expect(extractDirective(page).document.number).toBeNull();
  });
});

describe('a council resolution after its question session', () => {
  const text = (body: string) =>
    ['NGHỊ QUYẾT', 'VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN', 'HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG', 'KHÓA XVII - KỲ HỌP THỨ NĂM', 'Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;', 'QUYẾT NGHỊ:', body, 'Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa XVII, Kỳ họp thứ Năm thông qua ngày 14 tháng 7 năm 2017./.'].join('\n');

  it('its praise is no duty', () => {
    const body = 'Điều 1. Hội đồng nhân dân tỉnh đánh giá cao tinh thần trách nhiệm của các đại biểu Hội đồng nhân dân tỉnh.\nĐiều 2. Giao Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện các nội dung đã cam kết.';
    expect(tasksOf(text(body)).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân tỉnh']]);
  });

  it('"Trong thời gian giữa hai kỳ họp," before the body that acts', () => {
    const body = 'Điều 1. Giao Ủy ban nhân dân tỉnh chỉ đạo thực hiện các nội dung đã cam kết.\nĐiều 2. Trách nhiệm của các cơ quan, tổ chức, cá nhân\n1. Trong thời gian giữa hai kỳ\nhọp, Thường trực Hội đồng nhân dân tỉnh xem xét, lựa chọn những nội dung được cử tri quan tâm để chất vấn tại phiên họp thường kỳ.';
    expect(tasksOf(text(body)).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân tỉnh'], ['Thường trực Hội đồng nhân dân tỉnh']]);
  });
});

describe('a conditional report-back whose subject follows the difficulty without a comma', () => {
  it('"… trường hợp có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo Bộ Tài chính …"', () => {
    const body = 'QUYẾT ĐỊNH:\n\nĐiều 1. Giao Bộ Tài chính hướng dẫn các doanh nghiệp thực hiện.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký. Trong quá trình thực\nhiện, trường hợp có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo Bộ Tài\nchính để hướng dẫn, xử lý.';
    const tasks = tasksOf(document('QUYẾT ĐỊNH', '2216/QĐ-TTg', body));
    expect(tasks.map((t) => t.assignees)).toEqual([['Bộ Tài chính'], ['các cơ quan, đơn vị']]);
  });
});

describe('a resolution with its programme and an appendix of figures', () => {
  const text = [
    '<jsontable name="bang_0"> </jsontable>',
    'NGHỊ QUYẾT',
    'VỀ ĐIỀU CHỈNH QUY HOẠCH SỬ DỤNG ĐẤT ĐẾN NĂM 2020',
    'HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG',
    'KHÓA XVII - KỲ HỌP THỨ NĂM',
    'Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;',
    'QUYẾT NGHỊ:',
    'Điều 1. Hội đồng nhân',
    'dân tỉnh thống nhất chương trình giám sát năm 2018, gồm 02 chuyên đề sau:',
    '1. Giám sát việc thực hiện chủ trương xã hội hóa trên địa bàn tỉnh.',
    '2. Giám sát về công tác quản lý nhà nước về tài nguyên khoáng sản.',
    'Điều 2. Nghị quyết này có hiệu',
    'lực thi hành kể từ ngày 14 tháng 7 năm 2017.',
    'Điều 3. Hội đồng nhân dân tỉnh',
    'giao cho UBND tỉnh hoàn thiện hồ sơ trình Chính phủ phê duyệt.',
    'Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Giang Khóa XVII, Kỳ họp thứ Năm thông qua./.',
    '',
    'PHỤ LỤC',
    'HỆ THỐNG CHỈ TIÊU ĐIỀU CHỈNH QUY HOẠCH SỬ DỤNG ĐẤT',
    '(Kèm theo Nghị quyết số 88/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh Hà Giang)',
    'I. Nội dung phương án điều chỉnh',
    '1. Diện tích, cơ cấu các loại đất',
    '2. Diện tích chuyển mục đích sử dụng đất',
  ].join('\n');

  it('one duty: not the topics it agrees to supervise, not the appendix; dated the day it takes effect, numbered by its appendix', () => {
    const out = extractDirective(text);
    expect(out.tasks.map((t) => t.assignees)).toEqual([['UBND tỉnh']]);
    expect(out.document.date).toBe('2017-07-14');
    expect(out.document.number).toBe('88/NQ-HĐND');
  });

  it.each(['PHU LỤC', 'PHỤ LUC', 'PHU LUC'])('not the appendix either when OCR printed its heading "%s"', (heading) => {
    expect(extractDirective(text.replace('\nPHỤ LỤC\n', `\n${heading}\n`)).tasks.map((t) => t.assignees)).toEqual([['UBND tỉnh']]);
  });
});

describe('a decision setting up a body', () => {
  it('what the body is and its standing powers are no duties; the head told to submit is one', () => {
    const body = [
      'QUYẾT ĐỊNH:',
      'Điều 1. Thành lập Ban Quản lý dự án đầu tư xây dựng tỉnh.',
      '2. Ban Quản lý có tư cách pháp nhân, có tài khoản và con dấu mang hình Quốc huy; kinh phí hoạt động do ngân sách bảo đảm.',
      'Điều 2. Nhiệm vụ, quyền hạn',
      '1. Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật hiện hành.',
      '2. Trưởng ban Ban Quản lý trình Ủy ban nhân dân tỉnh quy định cụ thể chức năng, nhiệm vụ trong tháng 12 năm 2025.',
    ].join('\n');
    expect(tasksOf(document('QUYẾT ĐỊNH', '2243/QĐ-TTg', body))).toEqual([{ assignees: ['Trưởng ban Ban Quản lý'], date: '2025-12-31' }]);
  });

  it('a duty that only mentions powers stays', () => {
    const body = 'QUYẾT ĐỊNH:\nĐiều 1. Sở Nội vụ rà soát nhiệm vụ, quyền hạn của các phòng chuyên môn, báo cáo trong tháng 12 năm 2025.';
    expect(tasksOf(document('QUYẾT ĐỊNH', '2243/QĐ-TTg', body))).toEqual([{ assignees: ['Sở Nội vụ'], date: '2025-12-31' }]);
  });
});

describe('a heading that lists the ministries', () => {
  it('"1. Các Bộ: Công Thương, Giao thông vận tải, …:" hands its items to each', () => {
    const body = 'Thủ tướng Chính phủ yêu cầu:\n1. Các Bộ: Công Thương, Giao thông vận tải, Xây dựng, Tài nguyên và Môi trường:\na) Khẩn trương ban hành kế hoạch giảm phát thải, hoàn thành trong Quý IV năm 2025;\nb) Chủ trì tham mưu việc đàm phán.\n2. Bộ Tài chính chủ trì hướng dẫn.';
    const ministries = ['Bộ Công Thương', 'Bộ Giao thông vận tải', 'Bộ Xây dựng', 'Bộ Tài nguyên và Môi trường'];
    expect(tasksOf(document('CHỈ THỊ', '13/CT-TTg', body))).toEqual([
      { assignees: ministries, date: '2025-12-31' },
      { assignees: ministries, date: null },
      { assignees: ['Bộ Tài chính'], date: null },
    ]);
  });
});

describe('a cited text\'s subject ends where the duty goes on', () => {
  it('"… sửa đổi Quyết định số 66/2009/QĐ-TTg … về chính sách …, trình Thủ tướng Chính phủ trong quý IV năm 2025" keeps its date', () => {
    const body =
      'Thủ tướng Chính phủ yêu cầu:\n4. Bộ Xây dựng\n- Chủ trì đề xuất sửa đổi Quyết định số 66/2009/QĐ-TTg ngày 24 tháng 4 năm 2009 của Thủ tướng Chính phủ về chính sách phát triển nhà ở cho công nhân trong năm 2010, trình Thủ tướng Chính phủ trong quý IV năm 2025.';
    expect(tasksOf(document('CHỈ THỊ', '07/CT-TTg', body))).toEqual([{ assignees: ['Bộ Xây dựng'], date: '2025-12-31' }]);
  });
});
