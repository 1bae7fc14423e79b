import { describe, expect, it } from 'vitest';
import { extractDirective, type Extraction } from '../../lib/extract';
import { provincialLetter } from './provincial-letter';

/** A minimal công văn around `body`, dated 05/01/2026. */
function directive(body: string, recipients = ['Sở Tài chính', 'UBND các huyện, thành phố']): string {
  return provincialLetter(body, { province: 'Lạng Sơn', number: '45/UBND-KT', dated: 'ngày 05 tháng 01 năm 2026', recipients: recipients.map((r) => `- ${r};`) });
}

const quoteOf = (text: string, out: Extraction) => out.tasks.map((t) => text.slice(t.span[0], t.span[1]).replace(/\s+/g, ' ').slice(0, 40));

describe('tasks', () => {
  it.each([
    {
      name: '"Giao X chủ trì, phối hợp với Y" items',
      body: 'Chủ tịch UBND tỉnh có ý kiến như sau:\n\n1. Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan tham mưu UBND tỉnh.\n\n2. Giao Sở Giáo dục và Đào tạo, Sở Y tế chỉ đạo các đơn vị triển khai.',
      expected: [
        { starts: 'Giao Sở Tài chính chủ trì', assignees: ['Sở Tài chính'], coordinators: ['Sở Nội vụ', 'các cơ quan liên quan'] },
        { starts: 'Giao Sở Giáo dục và Đào tạo', assignees: ['Sở Giáo dục và Đào tạo', 'Sở Y tế'], coordinators: [] },
      ],
    },
    {
      name: 'agency as subject and agency headings with lettered items',
      body: 'Thủ tướng Chính phủ yêu cầu:\n\n1. Bộ Tài chính\n\na) Khẩn trương chủ trì, phối hợp với Bộ Xây dựng hoàn thiện dự thảo.\n\nb) Tổng hợp, báo cáo Thủ tướng Chính phủ.\n\n2. Bộ Tư pháp khẩn trương có ý kiến đối với dự thảo.',
      expected: [
        { starts: 'Khẩn trương chủ trì', assignees: ['Bộ Tài chính'], coordinators: ['Bộ Xây dựng'] },
        { starts: 'Tổng hợp, báo cáo', assignees: ['Bộ Tài chính'], coordinators: [] },
        { starts: 'Bộ Tư pháp khẩn trương', assignees: ['Bộ Tư pháp'], coordinators: [] },
      ],
    },
    {
      name: 'addressee inherited from "đề nghị các cơ quan, đơn vị:"; bullets belong to their item',
      body: 'Thực hiện Kế hoạch số 02-KH/TU ngày 13/11/2025 của Tỉnh ủy, Sở Tài chính đề nghị các cơ quan, đơn vị:\n\n1. Tuyên truyền thực hiện Nghị quyết\n\n- Tuyên truyền nội dung cơ bản của Nghị quyết.\n\n- Mở các chuyên trang, chuyên mục.\n\n2. Tổng kết công tác năm 2025\n\n- Đánh giá kết quả.',
      expected: [
        { starts: 'Tuyên truyền thực hiện Nghị quyết', assignees: ['các cơ quan, đơn vị'], coordinators: [] },
        { starts: 'Tổng kết công tác năm 2025', assignees: ['các cơ quan, đơn vị'], coordinators: [] },
      ],
    },
    {
      name: 'distributive title "Bộ trưởng các Bộ: A, B"',
      body: 'Thủ tướng Chính phủ yêu cầu:\n\n1. Bộ trưởng các Bộ: Công an, Quốc phòng tiếp tục chỉ đạo các đơn vị hỗ trợ địa phương.',
      expected: [{ starts: 'Bộ trưởng các Bộ: Công an', assignees: ['Bộ trưởng Bộ Công an', 'Bộ trưởng Bộ Quốc phòng'], coordinators: [] }],
    },
    {
      name: 'a later paragraph for another body is its own task; a conditional report-back goes to the recipients',
      body: 'Chủ tịch UBND tỉnh chỉ đạo như sau:\n\n1. Đăng tải tuyên truyền\n\nGiao Văn phòng UBND tỉnh đăng tải tin bài trên Cổng Thông tin điện tử.\n\nCác sở, ban, ngành, UBND các huyện, thành phố tổ chức tuyên truyền trên trang thông tin.\n\nTrong quá trình thực hiện, có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh.',
      expected: [
        { starts: 'Giao Văn phòng UBND tỉnh đăng tải', assignees: ['Văn phòng UBND tỉnh'], coordinators: [] },
        { starts: 'Các sở, ban, ngành, UBND các huyện', assignees: ['Các sở, ban, ngành', 'UBND các huyện, thành phố'], coordinators: [] },
        { starts: 'Trong quá trình thực hiện, có khó khăn', assignees: ['Sở Tài chính', 'UBND các huyện, thành phố'], coordinators: [] },
      ],
    },
  ])('$name', ({ body, expected }) => {
    const text = directive(body);
    const out = extractDirective(text);
    expect(out.tasks.map((t) => ({ assignees: t.assignees, coordinators: t.coordinators }))).toEqual(
      expected.map(({ assignees, coordinators }) => ({ assignees, coordinators })),
    );
    quoteOf(text, out).forEach((q, i) => expect(q.startsWith(expected[i]!.starts)).toBe(true));
  });

  it.each([
    ['background items', 'Phó Thủ tướng kết luận:\n\n1. Ghi nhận sự nỗ lực của Bộ Y tế trong thời gian qua.\n\n2. Mặc dù đã có tiến triển, nhiều công việc còn chậm.'],
    ['generic closings', 'Văn phòng UBND tỉnh thông báo để các cơ quan liên quan biết, thực hiện./.\n\nĐề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.'],
    ['a call to carry out, its verbs listed', 'Sở Tài chính đề nghị các đơn vị chủ động triển khai, thực hiện./.'],
    ['the issuer\'s own statements', 'Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 02/01/2026.'],
    ['a noun "đề nghị của"', 'Xét đề nghị của Sở Tài chính tại Tờ trình số 3/TTr-STC ngày 02/01/2026.'],
  ])('no task from %s', (_name, body) => {
    expect(extractDirective(directive(body)).tasks).toEqual([]);
  });

  it('gives each task a title, its action and rule tags, and the first dated deadline', () => {
    const text = directive('Giao Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 20/01/2026; hoàn thành trước ngày 30/01/2026.');
    const [task] = extractDirective(text).tasks;
    expect(task).toBeDefined();
    expect(task!.title).toBe('Tổng hợp, báo cáo UBND tỉnh trước ngày 20/01/2026');
    expect(task!.tags).toContain('assign-cue');
    expect(task!.deadline).toMatchObject({ date: '2026-01-20', also: ['2026-01-30'] });
    expect(text.slice(task!.deadline!.span[0], task!.deadline!.span[1])).toBe('trước ngày 20/01/2026');
  });
});

describe('paragraphs without blank lines (PDF text)', () => {
  it('end a title at its short last line', () => {
    const body = [
      'Đảng ủy Ủy ban nhân dân tỉnh đề nghị các tổ chức đảng triển khai thực hiện một số nhiệm vụ như sau:',
      '1. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi',
      'bộ, đảng bộ cơ sở',
      'Các cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu, quán triệt và triển',
      'khai thực hiện các nội dung của Chương trình hành động đến toàn thể cán bộ.',
    ].join('\n');
    const [task] = extractDirective(directive(body)).tasks;
    expect(task!.title).toBe('Chủ động tổ chức nghiên cứu, quán triệt và triển khai thực hiện các…');
    expect(task!.assignees).toEqual(['Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy', 'các chi bộ, đảng bộ cơ sở']);
  });

  it('read a title naming a staff role broken over lines ("tham mưu,\ngiúp việc") as one', () => {
    const body = [
      'Đảng ủy Ủy ban nhân dân tỉnh đề nghị các tổ chức đảng triển khai thực hiện một số nhiệm vụ như sau:',
      '1. Các cơ quan chuyên trách tham mưu,',
      'giúp việc Đảng ủy; các chi',
      'bộ, đảng bộ cơ sở',
      'Các cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu, quán triệt và triển',
      'khai thực hiện các nội dung của Chương trình hành động đến toàn thể cán bộ.',
    ].join('\n');
    expect(extractDirective(directive(body)).tasks.map((t) => t.assignees)).toEqual([['Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy', 'các chi bộ, đảng bộ cơ sở']]);
  });

  it.each([
    ['"số" before an identity document', 'thuế, tên, ngày sinh, số CMND hoặc số', 'CCCD hoặc số hộ chiếu theo thông tin NNT đăng ký.'],
    ['"Cục" before its name', 'thuế thu nhập cá nhân, phối hợp với Cục', 'CNTT và Vụ KK nghiên cứu, xây dựng quy trình quyết toán thuế tự động.'],
  ])('do not end at a short line ending on a word that needs what follows: %s', (_name, short, next) => {
    const body = [
      'Đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương cung cấp danh sách người nộp thuế có',
      'hoạt động kinh doanh trên nền tảng số, các thông tin cung cấp gồm: mã số thuế, tên, địa chỉ và mã',
      short,
      next,
    ].join('\n');
    const tasks = extractDirective(directive(body)).tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.assignees).toEqual(['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it.each([
    ['a tax', 'loại giải quyết hồ sơ hoàn thuế', 'GTGT và lựa chọn doanh nghiệp có dấu hiệu rủi ro để xây dựng kế hoạch kiểm tra, thanh tra sau hoàn thuế.'],
    ['a card', 'nhận được danh sách đối tượng tham gia', 'BHYT kèm theo Quyết định phê duyệt thì thời hạn sử dụng thẻ tính từ ngày phê duyệt.'],
    ['a tax OCR read without its "Đ"', 'theo quy định của Luật thuế', 'TTDB và Luật Quản lý thuế, sửa đổi một số điều tại các Thông tư hướng dẫn.'],
  ])('do not take the initials of %s opening a line after a short one for a body', (_name, short, next) => {
    const body = [
      'Đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương tăng cường quản lý, chú trọng việc quản lý rủi ro trong phân',
      short,
      next,
    ].join('\n');
    const tasks = extractDirective(directive(body)).tasks;
    expect(tasks.map((t) => t.assignees)).toEqual([['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']]);
  });
});

describe('an opening clause, then the subject and its verb broken over lines', () => {
  it('"…, Bộ Y tế, Ban Quản lý dự án phải\nthực sự quyết tâm …" hands the duty to the bodies', () => {
    const body =
      'Để hoàn thành 02 công trình đúng tiến độ và đưa vào sử dụng trước ngày 30 tháng 11 năm 2025, Bộ Y tế, Ban Quản lý dự án phải\nthực sự quyết tâm, tập trung tối đa nguồn lực, thực hiện quyết liệt các nhiệm vụ đề ra.';
    expect(extractDirective(directive(body)).tasks.map((t) => t.assignees)).toEqual([['Bộ Y tế', 'Ban Quản lý dự án']]);
  });
});

describe('a cue inside an opening clause', () => {
  it.each([
    ['on one line', ' '],
    ['at the start of a line', '\n'],
  ])('"Sau khi xem xét, Chủ tịch … giao Sở …" hands the duty to the body: the cue %s', (_name, gap) => {
    const body = `Sau khi xem xét Chủ tịch Ủy ban nhân dân tỉnh${gap}giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng tổ chức xác minh, báo cáo kết quả trước ngày 30/8/2026.`;
    expect(extractDirective(directive(body)).tasks.map((t) => [t.assignees, t.deadline?.date])).toEqual([[['Sở Nông nghiệp và Môi trường'], '2026-08-30']]);
  });
});

describe('an item\'s title on its own line', () => {
  it('ends at its line when the duty after it starts on a capital, though the title is not half as wide', () => {
    const body = [
      'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:',
      '1. Trách nhiệm phối hợp trong tổ chức thực hiện',
      'Các Bộ: Y tế, Công Thương, Tài chính và Ủy ban nhân dân tỉnh, thành phố có trách nhiệm',
      'hoàn thiện việc kết nối, chia sẻ dữ liệu với Cổng dịch vụ công quốc gia để giải quyết',
      'các thủ tục hành chính và quản lý an toàn thực phẩm.',
    ].join('\n');
    expect(extractDirective(directive(body)).tasks.map((t) => t.assignees)).toEqual([['Bộ Y tế', 'Bộ Công Thương', 'Bộ Tài chính', 'Ủy ban nhân dân tỉnh, thành phố']]);
  });
});

describe('what a body is given in a case', () => {
  it('"Trường hợp … thì NHTM … được cấp một tài khoản riêng …" under the bodies a heading names is no duty', () => {
    const body = [
      'Tổng cục Thuế đề nghị Ngân hàng thương mại (NHTM), chi nhánh ngân hàng nước ngoài thực hiện cung cấp thông tin như sau:',
      '',
      '1. Lập Danh sách số hiệu tài khoản thanh toán của người nộp thuế và gửi Tổng cục Thuế trước ngày 30/6/2022.',
      '',
      '2. Trường hợp dữ liệu tài khoản cung cấp lần đầu có dung lượng lớn thì NHTM, chi nhánh ngân hàng nước ngoài được cấp một tài khoản riêng để truyền nhận dữ liệu lần đầu.',
    ].join('\n');
    const tasks = extractDirective(directive(body)).tasks;
    expect(tasks.map((t) => t.title.split(' ').slice(0, 3).join(' '))).toEqual(['Lập Danh sách']);
  });
});

describe('coordinators end at the next verb', () => {
  it.each([
    ['kiểm soát', 'Công an tỉnh chủ trì, phối hợp với Sở Công Thương kiểm soát việc vận chuyển hàng hóa.', ['Sở Công Thương']],
    ['thanh tra', 'Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thanh tra việc sử dụng kinh phí.', ['Sở Nội vụ']],
    ['a capitalised name is not cut', 'Sở Y tế chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh giám sát dịch bệnh.', ['Trung tâm Kiểm soát bệnh tật tỉnh']],
    ['a purpose word before the verb is not part of the name', 'Công an tỉnh chủ trì, phối hợp chặt chẽ với Sở Tài chính, Kho bạc Nhà nước tỉnh để tổ chức chi trả kịp thời.', ['Sở Tài chính', 'Kho bạc Nhà nước tỉnh']],
    ['"chặt\nchẽ" broken over lines', 'Công an tỉnh chủ trì, phối hợp chặt\nchẽ với Sở Tài chính, Kho bạc Nhà nước tỉnh để tổ chức chi trả kịp thời.', ['Sở Tài chính', 'Kho bạc Nhà nước tỉnh']],
  ])('%s', (_name, sentence, coordinators) => {
    const [task] = extractDirective(directive(`Chủ tịch UBND tỉnh có ý kiến như sau:\n\n${sentence}`)).tasks;
    expect(task?.coordinators).toEqual(coordinators);
  });
});

describe('bodies named one after another', () => {
  it.each([
    ['a news agency', 'Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam theo chức năng, nhiệm vụ được giao thực hiện công tác thông tin.', ['Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam']],
    ['a sub-department', 'Cục Thuế tỉnh, Chi cục Thuế khu vực I khẩn trương rà soát hồ sơ hoàn thuế.', ['Cục Thuế tỉnh', 'Chi cục Thuế khu vực I']],
    ['an association', 'Sở Công Thương, Hiệp hội Doanh nghiệp tỉnh tổ chức hội nghị đối thoại.', ['Sở Công Thương', 'Hiệp hội Doanh nghiệp tỉnh']],
    ['a university', 'Sở Giáo dục và Đào tạo, Đại học Thái Nguyên phối hợp xây dựng chương trình.', ['Sở Giáo dục và Đào tạo', 'Đại học Thái Nguyên']],
  ])('%s', (_name, sentence, assignees) => {
    const [task] = extractDirective(directive(`Chủ tịch UBND tỉnh có ý kiến như sau:\n\n${sentence}`)).tasks;
    expect(task?.assignees).toEqual(assignees);
  });
});

describe('"tổ chức" before a noun', () => {
  it.each([
    ['hội nghị', 'Sở Công Thương tổ chức hội nghị đối thoại với doanh nghiệp.', ['Sở Công Thương']],
    ['hội thảo', 'Sở Khoa học và Công nghệ tổ chức hội thảo khoa học.', ['Sở Khoa học và Công nghệ']],
    ['Hội đồng', 'Sở Nội vụ tổ chức Hội đồng xét tuyển viên chức.', ['Sở Nội vụ']],
  ])('"tổ chức %s" is a duty', (_name, sentence, assignees) => {
    const [task] = extractDirective(directive(`Chủ tịch UBND tỉnh có ý kiến như sau:\n\n1. ${sentence}`)).tasks;
    expect(task?.assignees).toEqual(assignees);
    expect(task?.tags).toContain('agency-subject');
  });

  it('"các tổ chức hội" still names bodies', () => {
    const [task] = extractDirective(directive('Chủ tịch UBND tỉnh có ý kiến như sau:\n\n1. Sở Nội vụ, các tổ chức hội trên địa bàn tỉnh rà soát điều lệ hoạt động.')).tasks;
    expect(task?.assignees).toEqual(['Sở Nội vụ', 'các tổ chức hội trên địa bàn tỉnh']);
  });
});

describe('a deadline opening the sentence before its subject', () => {
  it.each([
    ['Trước ngày 15/12/2026, Sở Tài chính tổng hợp dự toán ngân sách năm 2027, báo cáo UBND tỉnh.', ['Sở Tài chính'], '2026-12-15'],
    ['Chậm nhất ngày 20/11/2026, UBND các huyện, thành phố hoàn thành việc rà soát hộ nghèo.', ['UBND các huyện, thành phố'], '2026-11-20'],
    ['Định kỳ trước ngày 25 hằng tháng, các sở, ban, ngành gửi báo cáo tiến độ về Văn phòng UBND tỉnh.', ['các sở, ban, ngành'], '2026-01-25'],
  ])('%s', (sentence, assignees, date) => {
    const out = extractDirective(directive(`Chủ tịch UBND tỉnh có ý kiến như sau:\n\n${sentence}`));
    expect(out.tasks).toHaveLength(1);
    expect(out.tasks[0]!.assignees).toEqual(assignees);
    expect(out.tasks[0]!.deadline?.date).toBe(date);
  });

  it('"Sau thời hạn nêu trên," — the end of a period set before — under a heading naming others', () => {
    const body =
      '1. Các bộ, cơ quan ngang bộ:\na) Hoàn thành rà soát, cập nhật thông tin dự án trước ngày 14/10/2026;\nb) Sau thời hạn nêu trên, Bộ Tài chính tổng hợp danh sách các bộ chưa hoàn thành, báo cáo Thủ tướng Chính phủ.';
    const out = extractDirective(directive(body));
    expect(out.tasks.map((t) => t.assignees)).toEqual([['Các bộ, cơ quan ngang bộ'], ['Bộ Tài chính']]);
  });

  it('also right after a title line with no full stop (PDF text without blank lines)', () => {
    const body = '3. Tổ chức thực hiện\nĐịnh kỳ trước ngày 25 hằng tháng, các sở, ban, ngành gửi báo cáo tiến độ triển khai các nhiệm vụ về Văn phòng UBND tỉnh để tổng hợp.';
    const [task] = extractDirective(directive(body)).tasks;
    expect(task?.assignees).toEqual(['các sở, ban, ngành']);
    expect(task?.deadline?.recurrence).toBe('monthly');
  });

  it.each([
    ['what was done', 'Trước ngày 15/12/2025, Sở Tài chính đã tổng hợp dự toán ngân sách năm 2026.'],
    ['a clause with its own verb before the comma', 'Định kỳ hoặc đột xuất tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Tài chính về tình hình quản lý tài sản.'],
  ])('not after %s', (_name, sentence) => {
    const out = extractDirective(directive(`Chủ tịch UBND tỉnh có ý kiến như sau:\n\n${sentence}`));
    expect(out.tasks.flatMap((t) => t.assignees)).not.toContain('Sở Tài chính');
    expect(out.tasks.flatMap((t) => t.assignees).join(' ')).not.toMatch(/Bộ Tài chính/u);
  });

  it('a line ending on "của" is not a title: the next line continues its sentence', () => {
    const body = '1. Thường trực Hội đồng nhân dân tỉnh:\na) Căn cứ Chương trình giám sát của\nHội đồng nhân dân tỉnh năm 2018 xây dựng Kế hoạch tổ chức thực hiện; chỉ đạo, điều hòa, phối hợp hoạt động giám sát của các Ban.';
    const out = extractDirective(directive(body));
    expect(out.tasks.map((t) => t.assignees)).toEqual([['Thường trực Hội đồng nhân dân tỉnh']]);
  });
});

describe('bullets joined to their heading line (PDF text)', () => {
  it.each([
    ['on the same line', '2.2. Giao Vụ Dự toán - Tiếp tục theo dõi sát tình hình thu ngân sách.'],
    ['on the next line', '2.2. Giao Vụ Dự toán\n- Tiếp tục theo dõi sát tình hình thu ngân sách.'],
  ])('%s', (_name, item) => {
    const [task] = extractDirective(directive(`Tổng cục Thuế thông báo như sau:\n${item}`)).tasks;
    expect(task!.assignees).toEqual(['Vụ Dự toán']);
    expect(task!.title).toBe('Tiếp tục theo dõi sát tình hình thu ngân sách');
  });
});

describe('titles', () => {
  it('start at the duty\'s verb, after a heading or distributed members', () => {
    const text = directive('Thủ tướng Chính phủ yêu cầu:\n\n1. Bộ trưởng các Bộ: Công an, Quốc phòng tiếp tục chỉ đạo các đơn vị.\n\n2. Bộ Tài chính: Cân đối nguồn lực.');
    expect(extractDirective(text).tasks.map((t) => t.title)).toEqual(['Tiếp tục chỉ đạo các đơn vị', 'Cân đối nguồn lực']);
  });
});

describe('plan tables', () => {
  it('reads one task per row of a "Nội dung | Cơ quan chủ trì | Phối hợp | Thời gian" table', () => {
    const table =
      '<table><tr><td>STT</td><td>Nội dung nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời gian hoàn thành</td></tr>' +
      '<tr><td>1</td><td>Xây dựng kho dữ liệu dùng chung</td><td>Sở Khoa học và Công nghệ</td><td>Các sở, ngành</td><td>Quý II/2026</td></tr>' +
      '<tr><td>2</td><td>Số hóa hồ sơ</td><td>Văn phòng UBND tỉnh; Sở Nội vụ</td><td></td><td>Tháng 9/2026</td></tr></table>';
    const text = directive(`UBND tỉnh ban hành Kế hoạch như sau:\n\n${table}`);
    const out = extractDirective(text);
    expect(out.tasks.map((t) => [t.title, t.assignees, t.coordinators, t.deadline?.date])).toEqual([
      ['Xây dựng kho dữ liệu dùng chung', ['Sở Khoa học và Công nghệ'], ['Các sở, ngành'], '2026-06-30'],
      ['Số hóa hồ sơ', ['Văn phòng UBND tỉnh', 'Sở Nội vụ'], [], '2026-09-30'],
    ]);
    expect(out.tasks.every((t) => t.tags.includes('table-row'))).toBe(true);
  });

  it('reads the same table written with "|" between cells (Markdown, a table copied from a web page)', () => {
    const table = [
      '| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Các sở, ngành | Quý II/2026 |',
      '| 2 | Số hóa hồ sơ | Văn phòng UBND tỉnh; Sở Nội vụ |  | Tháng 9/2026 |',
    ].join('\n');
    const out = extractDirective(directive(`UBND tỉnh ban hành Kế hoạch như sau:\n\n${table}\n\nCác sở, ngành báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.`));
    expect(out.tasks.map((t) => [t.title, t.assignees, t.coordinators, t.deadline?.date])).toEqual([
      ['Xây dựng kho dữ liệu dùng chung', ['Sở Khoa học và Công nghệ'], ['Các sở, ngành'], '2026-06-30'],
      ['Số hóa hồ sơ', ['Văn phòng UBND tỉnh', 'Sở Nội vụ'], [], '2026-09-30'],
      ['Báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026', ['Các sở, ngành'], [], '2026-12-15'],
    ]);
  });

  it('leaves rows split by "|" alone when the first row is not a task table\'s header', () => {
    const text = directive('Số hiệu: | 31/TB-VPCP | Loại văn bản: | Thông báo |\nGiao Sở Y tế chủ trì thực hiện.');
    expect(extractDirective(text).tasks.map((t) => t.tags.includes('table-row'))).toEqual([false]);
  });
});

describe('non-directive input', () => {
  it.each([
    ['an empty string', ''],
    ['a news page', 'Thời tiết hôm nay: Hà Nội nắng nhẹ, nhiệt độ 25 độ C. Giá vàng tăng 200.000 đồng/lượng. Liên hệ 0243.9719.472.'],
    ['a menu', 'Trang chủ\nGiới thiệu\nTin tức\nLiên hệ'],
  ])('returns an empty extraction for %s', (_name, text) => {
    const out = extractDirective(text);
    expect(out.tasks).toEqual([]);
    expect(out.citations).toEqual([]);
    expect(out.document.number).toBeNull();
  });

  it('reads a letter copied without its header: "Kính gửi" and the documents it answers', () => {
    const text =
      'Kính gửi: Cục thuế thành phố Hà Nội\nTổng cục Thuế nhận được công văn số 36679/CTHN-TTHT ngày 28/09/2021 của Cục thuế thành phố Hà Nội. Về vấn đề này, Tổng cục Thuế có ý kiến như sau:\nCăn cứ Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ, khoản tiền hỗ trợ này không tính vào thu nhập chịu thuế.\nTổng cục Thuế thông báo để Cục thuế thành phố Hà Nội được biết./.';
    expect(extractDirective(text).citations.map((c) => c.number)).toEqual(['36679/CTHN-TTHT', '23/2021/QĐ-TTg']);
    // The same words on a page that addresses no one are no letter.
    expect(extractDirective(text.replace('Kính gửi: Cục thuế thành phố Hà Nội\n', '')).citations).toEqual([]);
  });

  it('reads a notice copied from a web page without its header: a duty, a cited text and the end mark "./."', () => {
    const text =
      'Thông báo treo cờ Tổ quốc ngày bầu cử\nThực hiện Thông báo số 31/TB-UBND ngày 20 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp về việc treo cờ Tổ quốc, Ủy ban nhân dân huyện thông báo như sau:\n1. Các trụ sở cơ quan trên địa bàn huyện treo cờ Tổ quốc trong 02 ngày.\n2. Chủ tịch Ủy ban nhân dân các xã, thị trấn có trách nhiệm chỉ đạo, hướng dẫn Nhân dân treo cờ Tổ quốc đúng quy định.\nỦy ban nhân dân huyện yêu cầu các phòng, ban, ngành huyện, Ủy ban nhân dân các xã, thị trấn thực hiện tốt nội dung Thông báo nêu trên./.';
    const out = extractDirective(text);
    expect(out.tasks.map((t) => t.assignees)).toEqual([['Chủ tịch Ủy ban nhân dân các xã, thị trấn']]);
    expect(out.citations.map((c) => c.number)).toEqual(['31/TB-UBND']);
    // Without the end mark, one duty and one cited text on a page are no notice (a news item tells of them).
    expect(extractDirective(text.replace('./.', '.')).tasks).toEqual([]);
  });

  it('reads a directive whose header table a crawl lost: its kind\'s title and its "Nơi nhận"', () => {
    const body = [
      '**CÔNG ĐIỆN**',
      '',
      'VỀ TẬP TRUNG THÚC ĐẨY XUẤT KHẨU',
      '',
      '1. Ngân hàng Nhà nước Việt Nam',
      '',
      'a) Điều hành tỉ giá, lãi suất phù hợp với tình hình thị trường.',
      '',
      '2. Bộ Công Thương',
      '',
      'a) Đẩy mạnh xúc tiến thương mại, đa dạng hóa thị trường xuất khẩu.',
      '',
    ].join('\n');
    const closing = '*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n**THỦ TƯỚNG**';
    expect(extractDirective(body + closing).tasks.map((t) => t.assignees)).toEqual([['Ngân hàng Nhà nước Việt Nam'], ['Bộ Công Thương']]);
    // Without the closing, the same lines are no more than a page quoting them.
    expect(extractDirective(body).tasks).toEqual([]);
  });

  it('still reads a pasted paragraph that hands out a duty', () => {
    const out = extractDirective('Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát, báo cáo UBND tỉnh trước ngày 15/10/2025.');
    expect(out.tasks).toHaveLength(1);
    expect(out.tasks[0]!.assignees).toEqual(['Sở Nội vụ']);
  });
});
