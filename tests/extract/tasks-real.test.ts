// Shapes found in real directives outside the corpus (Công điện, Thông báo kết luận of the
// Government Office): each a duty the engine must read, and a near miss it must not.
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';

/** A Công điện around numbered items, dated 04/10/2025. */
function congDien(items: string): string {
  return [
    'THỦ TƯỚNG CHÍNH PHỦ',
    'Số: 186/CĐ-TTg',
    'Hà Nội, ngày 04 tháng 10 năm 2025',
    'CÔNG ĐIỆN',
    'Về việc tập trung ứng phó bão',
    '',
    'Thủ tướng Chính phủ yêu cầu:',
    '',
    items,
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
  ].join('\n');
}

/** A letter answering `to`: its header lines, "Kính gửi", `body`, then "Nơi nhận". */
function answerLetter(head: string[], to: string, body: string): string {
  return [...head, '', `Kính gửi: ${to}`, '', body, '', 'Nơi nhận:', '- Như trên;'].join('\n');
}

const tasksOf = (text: string) => extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, coordinators: t.coordinators, date: t.deadline?.date ?? null }));

describe('bodies whose name holds a cue word', () => {
  it('"Bộ Ngoại giao" is a subject, not "Bộ Ngoại" handing out a duty', () => {
    expect(tasksOf(congDien('1. Bộ Công an chỉ đạo lực lượng chức năng.\n\n2. Bộ Ngoại giao chủ trì, phối hợp với các cơ quan liên quan trao đổi với nước bạn.'))).toEqual([
      { assignees: ['Bộ Công an'], coordinators: [], date: null },
      { assignees: ['Bộ Ngoại giao'], coordinators: ['các cơ quan liên quan'], date: null },
    ]);
  });

  it('"bàn giao" and "chuyển giao" hand out nothing', () => {
    const tasks = tasksOf(congDien('1. Bộ Xây dựng khẩn trương bàn giao Sở Giao thông vận tải hồ sơ dự án.'));
    expect(tasks).toEqual([{ assignees: ['Bộ Xây dựng'], coordinators: [], date: null }]);
  });
});

describe('bodies known by their initials', () => {
  it('"PVN", "EVN", "TKV" open a duty as its subject, and split as names', () => {
    expect(tasksOf(congDien('1. PVN đôn đốc các bên liên quan, hoàn thành trước ngày 15/10/2025.\n\n2. EVN, TKV khẩn trương bảo đảm cung ứng điện, than.'))).toEqual([
      { assignees: ['PVN'], coordinators: [], date: '2025-10-15' },
      { assignees: ['EVN', 'TKV'], coordinators: [], date: null },
    ]);
  });

  it('Roman numerals and section titles in capitals are not bodies', () => {
    const text = congDien('II. NHIỆM VỤ CỤ THỂ\n\n1. Bộ Công Thương chỉ đạo bảo đảm cung ứng xăng dầu.');
    expect(tasksOf(text)).toEqual([{ assignees: ['Bộ Công Thương'], coordinators: [], date: null }]);
  });
});


describe('another body\'s report-back inside a paragraph', () => {
  it('is a duty of its own with its own deadline', () => {
    const item =
      '5. Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo khắc phục hậu quả mưa lũ; kịp thời báo cáo cấp có thẩm quyền những vấn đề vượt thẩm quyền. Các bộ, ngành, địa phương liên quan báo cáo kết quả hằng ngày cho Văn phòng Chính phủ trước 15 giờ hằng ngày để tổng hợp.';
    const tasks = extractDirective(congDien(item)).tasks;
    expect(tasks.map((t) => [t.assignees, t.deadline?.recurrence ?? null])).toEqual([
      [['Bộ trưởng các Bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh'], null],
      [['Các bộ, ngành, địa phương liên quan'], 'daily'],
    ]);
  });

  it('a second sentence of the same body, or a report it receives, stays in the duty', () => {
    const item = '1. Sở Tài chính chủ trì rà soát các khoản chi. Sở Tài chính báo cáo kết quả cho Ủy ban nhân dân tỉnh trước ngày 15/10/2025.';
    expect(extractDirective(congDien(item)).tasks.map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
});

describe('duties numbered "(1)", "(2)" under a lettered item', () => {
  it('are one task each, with the item\'s assignee and their own deadline', () => {
    const item = [
      '1. Các Bộ, cơ quan ngang Bộ:',
      'a) Về cải cách thủ tục hành chính:',
      '(1) Kiểm soát chặt chẽ việc ban hành thủ tục hành chính mới.',
      '(2) Công bố, công khai kịp thời các thủ tục hành chính, hoàn thành trước ngày 15/10/2025.',
    ].join('\n');
    expect(tasksOf(congDien(item))).toEqual([
      { assignees: ['Các Bộ, cơ quan ngang Bộ'], coordinators: [], date: null },
      { assignees: ['Các Bộ, cơ quan ngang Bộ'], coordinators: [], date: '2025-10-15' },
    ]);
  });

  it('"(2)" goes on from "(1)" after a footnote\'s bullet that PDF text put between them', () => {
    const item = [
      '1. Các Bộ, cơ quan ngang Bộ:',
      'a) Về cải cách thủ tục hành chính:',
      '(1) Kiểm soát chặt chẽ việc ban hành thủ tục hành chính mới.',
      '* Tỷ lệ thủ tục hành chính cung cấp trực tuyến như sau:',
      '(2) Công bố, công khai kịp thời các thủ tục hành chính, hoàn thành trước ngày 15/10/2025.',
    ].join('\n');
    expect(tasksOf(congDien(item)).map((t) => t.date)).toEqual([null, '2025-10-15']);
  });

  it('a "(1)" inside a bullet\'s sentence stays in it', () => {
    const item = '1. Bộ Tài chính:\n- Rà soát các khoản chi gồm:\n(1) Chi thường xuyên; (2) Chi đầu tư.';
    expect(tasksOf(congDien(item))).toHaveLength(1);
  });
});

describe('item labels as OCR and typists leave them', () => {
  it('".. a)" after stray dots, and "1/", "2/" for "1.", "2."', () => {
    const dotted = '1. Bộ Công Thương:\n.. a) Chỉ đạo các địa phương đôn đốc chủ đầu tư, hoàn thành trong quý IV năm 2025.\nb) Rà soát quy hoạch điện.';
    expect(tasksOf(congDien(dotted))).toEqual([
      { assignees: ['Bộ Công Thương'], coordinators: [], date: '2025-12-31' },
      { assignees: ['Bộ Công Thương'], coordinators: [], date: null },
    ]);
    const slashed = '1/ Các Cục Thuế rà soát lại kế hoạch thanh tra.\n2/ Cục Thuế các tỉnh báo cáo kết quả trước ngày 15/12/2025.';
    expect(tasksOf(congDien(slashed)).map((t) => t.date)).toEqual([null, '2025-12-15']);
  });

  it('a date "1/2" opening a line is not an item', () => {
    const text = congDien('1. Sở Tài chính tổng hợp số liệu quý\n1/2025 và báo cáo trước ngày 15/10/2025.');
    expect(tasksOf(text)).toEqual([{ assignees: ['Sở Tài chính'], coordinators: [], date: '2025-10-15' }]);
  });
});

describe('text that lost its diacritics', () => {
  it('still names the bodies: "Chu tich Uy ban nhan dan", "So Tai chinh"', () => {
    expect(tasksOf(congDien('1. Chu tich Uy ban nhan dan cac tinh tap trung chi dao khac phuc hau qua mua lu.'))).toEqual([
      { assignees: ['Chu tich Uy ban nhan dan cac tinh'], coordinators: [], date: null },
    ]);
    expect(tasksOf(congDien('1. Giao So Tai chinh chu tri, phoi hop voi So Noi vu tham muu, bao cao truoc ngay 15/10/2025.'))).toEqual([
      { assignees: ['So Tai chinh'], coordinators: ['So Noi vu'], date: '2025-10-15' },
    ]);
  });

  it('takes no common word for a body: "So sánh", "Doi tuong phai…"', () => {
    expect(tasksOf(congDien('1. Bộ Tài chính rà soát.\n- So sánh số liệu giữa các năm.\n- Doi tuong phai cung cap thong tin: to chuc kinh doanh.'))).toEqual([
      { assignees: ['Bộ Tài chính'], coordinators: [], date: null },
    ]);
  });
});

describe('parties a decision binds', () => {
  it('"Nhà đầu tư", "Chủ đầu tư", "Nhà thầu" are assignees', () => {
    const items = '1. Nhà đầu tư phải thực hiện chế độ báo cáo giám sát đầu tư định kỳ.\n\n2. Chủ đầu tư dự án hạ tầng khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 15/10/2025.';
    expect(tasksOf(congDien(items))).toEqual([
      { assignees: ['Nhà đầu tư'], coordinators: [], date: null },
      { assignees: ['Chủ đầu tư dự án hạ tầng'], coordinators: [], date: '2025-10-15' },
    ]);
  });
});

describe('figures per body', () => {
  it('"Bộ Công an: 48/181, Bộ Công Thương: 55/146" is a footnote\'s count, not a duty', () => {
    const item = '1. Bộ Tư pháp chủ trì rà soát thủ tục hành chính.\n\nBộ Công an: 48/181, Bộ Công Thương: 55/146, Bộ Tài chính: 208/433.\nBộ Y tế: 32/103; Ngân hàng Nhà nước Việt Nam: 22/140.';
    expect(tasksOf(congDien(item)).map((t) => t.assignees)).toEqual([['Bộ Tư pháp']]);
  });

  it('a body\'s duty after its colon still counts', () => {
    expect(tasksOf(congDien('1. Bộ Công an: Chỉ đạo lực lượng chức năng bảo đảm an ninh trật tự.')).map((t) => t.assignees)).toEqual([['Bộ Công an']]);
  });
});

describe('the recipients block of a Công điện', () => {
  it('takes a wrapped "Trung ương." and an "Đồng kính gửi" line; neither is a duty', () => {
    const text = [
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Số: 187/CĐ-TTg',
      'Hà Nội, ngày 07 tháng 10 năm 2025',
      'CÔNG ĐIỆN',
      'Về kiểm soát thủ tục hành chính',
      '',
      'THỦ TƯỚNG CHÍNH PHỦ điện:',
      '',
      '- Bộ trưởng, Thủ trưởng cơ quan ngang bộ;',
      '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc',
      'Trung ương.',
      '',
      'Đồng kính gửi: Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố trực thuộc',
      'Trung ương để lãnh đạo, chỉ đạo.',
      '',
      'Thời gian qua, các bộ, ngành đã triển khai nhiều giải pháp.',
      '',
      '1. Bộ Tư pháp chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 15/10/2025.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
    ].join('\n');
    const out = extractDirective(text);
    expect(out.tasks.map((t) => t.assignees)).toEqual([['Bộ Tư pháp']]);
    expect(out.document.recipients).toContain('Bộ trưởng, Thủ trưởng cơ quan ngang bộ');
  });
});

describe('"Theo đó," before the subject', () => {
  it('hands the duty that follows to its subject', () => {
    const item = '1. Tổng cục Thuế đã ban hành quy trình mới.\n\nTheo đó, các Cục Thuế thực hiện rà soát hồ sơ hoàn thuế, báo cáo trước ngày 15/10/2025.';
    expect(tasksOf(congDien(item)).map((t) => [t.assignees, t.date])).toEqual([[['các Cục Thuế'], '2025-10-15']]);
  });

  it('not what an earlier text asked, told after its date', () => {
    const item =
      '1. Ngày 20 tháng 8 năm 2025, Thủ tướng Chính phủ đã ban hành Công điện số 138/CĐ-TTg về tháo gỡ vướng mắc. Theo đó, yêu cầu Bộ, ngành, địa phương rà soát toàn diện các dự án.\n\n2. Bộ Tài chính tổng hợp danh sách, báo cáo trước ngày 15/10/2025.';
    expect(tasksOf(congDien(item)).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
    const undated = item.replace('Ngày 20 tháng 8 năm 2025, ', '');
    expect(tasksOf(congDien(undated)).map((t) => t.assignees)).toEqual([['Bộ, ngành, địa phương'], ['Bộ Tài chính']]);
    // The same told with its words broken over lines.
    const wrapped = item.replace('đã ban hành', 'đã ban\nhành').replace('Ngày 20 tháng', 'Ngày\n20 tháng');
    expect(tasksOf(congDien(wrapped)).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });

  it('not a body\'s past deed', () => {
    const item = '1. Bộ Tài chính chủ trì rà soát.\n\nTheo đó, các Cục Thuế đã thực hiện rà soát hồ sơ.';
    expect(tasksOf(congDien(item)).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });
});

describe('a topic title naming the body that carries it out', () => {
  it('"Về các dự án … do PVN thực hiện" hands its subjectless items to PVN', () => {
    const item = [
      '2. Về các dự án dầu khí và nguồn điện do PVN thực hiện',
      'a) Dự án chuỗi khí - điện LNG Sơn Mỹ: Sớm hoàn thiện các thủ tục để phê duyệt FS của Dự án; báo cáo kết quả thực hiện trong tháng 10 năm 2025.',
      'b) Dự án nhà máy nhiệt điện Long Phú I: Tiếp tục khẩn trương giải quyết dứt điểm các vướng mắc.',
    ].join('\n');
    expect(tasksOf(congDien(item)).map((t) => [t.assignees, t.date])).toEqual([
      [['PVN'], '2025-10-31'],
      [['PVN'], null],
    ]);
  });

  it('a topic title without "do … thực hiện" names no one', () => {
    const item = '2. Về các dự án dầu khí và nguồn điện\na) Dự án LNG Sơn Mỹ: Bộ Công Thương sớm hoàn thiện thủ tục.';
    expect(tasksOf(congDien(item)).map((t) => t.assignees)).toEqual([['Bộ Công Thương']]);
  });
});

describe('periods in a cited document\'s subject', () => {
  it('are its own, not the duty\'s deadline', () => {
    const item =
      '1. Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi tập trung giải quyết theo tinh thần của Công điện số 48/CĐ-TTg ngày 22 tháng 4 năm 2025 về đẩy nhanh tiến độ giải\nphóng mặt bằng để hoàn thành 3.000 km đường bộ cao tốc trong năm 2025, trong đó lưu ý:\n- Bàn giao toàn bộ mặt bằng dự án trong tháng 10 năm 2025.';
    const [task] = extractDirective(congDien(item)).tasks;
    expect(task?.deadline?.date).toBe('2025-10-31');
  });

  it('a period after the subject\'s clause is the duty\'s', () => {
    const item = '1. Bộ Xây dựng triển khai Công điện số 48/CĐ-TTg ngày 22/4/2025 về cao tốc; hoàn thành trong năm 2025.';
    expect(extractDirective(congDien(item)).tasks[0]?.deadline?.date).toBe('2025-12-31');
  });
});

describe('"(i)", "(ii)" announced by a bullet\'s "Trong đó:"', () => {
  it('are one duty each, the first even with its letter lost to OCR ("()")', () => {
    const item = [
      '1. Về các dự án lưới điện:',
      '- Dự án Đường dây 500 kV Nho Quan - Thường Tín, UBND thành phố Hà Nội và UBND các tỉnh chịu trách nhiệm toàn diện về giải phóng mặt bằng. Trong đó:',
      '',
      '5',
      '',
      '() UBND thành phố Hà Nội sớm giải quyết dứt điểm vướng mắc, hoàn thành trước ngày 15 tháng 10 năm 2025.',
      '',
      '(ii) UBND tỉnh Phú Thọ tập trung giải quyết vướng mắc, hoàn thành trước ngày 20 tháng 10 năm 2025.',
    ].join('\n');
    const tasks = tasksOf(congDien(item));
    expect(tasks.slice(-2)).toEqual([
      { assignees: ['UBND thành phố Hà Nội'], coordinators: [], date: '2025-10-15' },
      { assignees: ['UBND tỉnh Phú Thọ'], coordinators: [], date: '2025-10-20' },
    ]);
  });

  it('an "(ii)" wrapped inside a bullet\'s sentence stays in it', () => {
    const item = '1. Bộ Tài chính:\n- Rà soát các khoản chi gồm (i) chi thường xuyên,\n(ii) chi đầu tư phát triển.';
    expect(tasksOf(congDien(item))).toHaveLength(1);
  });
});

describe('a heading ending in "điện:"', () => {
  it('"Về các dự án lưới điện:" is no Công điện\'s recipients line', () => {
    const item = '1. Về các dự án lưới điện:\n- EVN khẩn trương hoàn thành đường dây 500 kV, hoàn thành trước ngày 15/10/2025.';
    expect(tasksOf(congDien(item))).toEqual([{ assignees: ['EVN'], coordinators: [], date: '2025-10-15' }]);
  });
});


describe('a closing call to see the duties above done', () => {
  it('"… đề nghị các đồng chí … quan tâm, lãnh đạo, chỉ đạo … hoàn thành các nhiệm vụ nêu trên" is no duty', () => {
    const item =
      '1. Bộ Tư pháp chủ trì rà soát thủ tục hành chính.\n\nThủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh dành thời gian quan tâm, lãnh đạo, chỉ đạo các cơ quan, đơn vị trực thuộc hoàn thành các nhiệm vụ nêu trên, bảo đảm thông suốt, hiệu quả./.';
    expect(tasksOf(congDien(item)).map((t) => t.assignees)).toEqual([['Bộ Tư pháp']]);
  });

  it('a call with a duty of its own still counts', () => {
    const item = '1. Bộ Tư pháp chủ trì rà soát.\n\nĐề nghị các Bộ quan tâm bố trí kinh phí thực hiện các nhiệm vụ nêu trên; báo cáo trước ngày 15/10/2025.';
    expect(tasksOf(congDien(item)).map((t) => t.assignees)).toEqual([['Bộ Tư pháp'], ['các Bộ']]);
  });
});

describe('a letter with no recipients block', () => {
  it('opens its body at the first numbered item, not at a later "Đề nghị …" line', () => {
    const item = '1. Bộ Tư pháp chủ trì rà soát.\n\nĐề nghị các Bộ bố trí kinh phí.';
    expect(tasksOf(congDien(item)).map((t) => t.assignees)).toEqual([['Bộ Tư pháp'], ['các Bộ']]);
  });
});


describe('blank lines OCR leaves inside a sentence', () => {
  it('after a comma, the next line goes on with the sentence ("các đơn vị CS,\\n\\nTTKT, CNTT …")', () => {
    const item = '1. Ban QLRR chủ trì, tiếp tục phối hợp các đơn vị CS,\n\nTTKT, CNTT đánh giá, hoàn thiện phương án, hoàn thành trước ngày 20/10/2025.';
    expect(tasksOf(congDien(item)).map((t) => [t.assignees, t.date])).toEqual([[['Ban QLRR'], '2025-10-20']]);
  });

  it('after a full stop, the next paragraph is a sentence of its own', () => {
    const item = '1. Ban QLRR chủ trì rà soát.\n\nTTKT, CNTT đánh giá, hoàn thiện phương án, hoàn thành trước ngày 20/10/2025.';
    expect(tasksOf(congDien(item)).map((t) => t.assignees)).toEqual([['Ban QLRR'], ['TTKT', 'CNTT']]);
  });
});

describe('a body handing its own teams their part', () => {
  const letter = (item: string) =>
    ['TỔNG CỤC THUẾ', 'Số: 4302/TCT-TTr', 'Hà Nội, ngày 05 tháng 11 năm 2018', 'V/v đôn đốc thu nộp sau thanh tra', '', 'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.', '', 'Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố chỉ đạo thực hiện:', '', '1. Huy động nguồn nhân lực tối đa cho công tác thanh tra.', '', item, '', 'Nơi nhận:', '- Như trên;'].join('\n');

  it('"Giao nhiệm vụ cho các đoàn thanh tra…" inside a duty is how that duty is done', () => {
    const item = '2. Tăng cường chỉ đạo đôn đốc số thu nộp vào NSNN các khoản tiền thuế\nphải nộp sau thanh tra, kiểm tra. Giao nhiệm vụ cho các đoàn thanh tra, kiểm tra\nphối hợp tốt với bộ phận quản lý nợ thuế theo dõi, đôn đốc người nộp thuế.';
    expect(tasksOf(letter(item)).map((t) => t.assignees)).toEqual([['Cục trưởng Cục Thuế các tỉnh, thành phố'], ['Cục trưởng Cục Thuế các tỉnh, thành phố']]);
  });

  it('another body handed a part is a duty of its own', () => {
    const item = '2. Tăng cường chỉ đạo đôn đốc số thu nộp vào NSNN các khoản tiền thuế\nphải nộp sau thanh tra, kiểm tra. Giao Vụ Quản lý nợ theo dõi, tổng hợp kết quả.';
    expect(tasksOf(letter(item)).map((t) => t.assignees)).toContainEqual(['Vụ Quản lý nợ']);
  });
});

describe('a letter restating the provisions it asks to apply', () => {
  const letter = (items: string) =>
    ['TỔNG CỤC THUẾ', 'Số: 839/TCT-QLN', 'Hà Nội, ngày 03 tháng 3 năm 2020', 'V/v gia hạn nộp thuế', '', 'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.', '', 'Tổng cục Thuế đề nghị đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố chỉ đạo thực hiện, cụ thể như sau:', '', items, '', 'Nơi nhận:', '- Như trên;'].join('\n');

  it('items that quote a law are no duties; the item that asks for something is', () => {
    const items = [
      '1. Về gia hạn nộp thuế',
      '1.1. Quy định trường hợp được gia hạn nộp thuế',
      'Tại khoản 1 Điều 31 Thông tư 156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài chính quy định trường hợp được gia hạn nộp thuế như sau: bị thiệt hại vật chất do thiên tai.',
      '1.2. Về hồ sơ, thủ tục đề nghị gia hạn nộp thuế',
      '',
      'Tại khoản 3 Điều 31 Thông tư 156/2013/TT-BTC nêu trên quy định hồ sơ gồm văn bản đề nghị gia hạn.',
      '1.3. Tổ chức thực hiện',
      'Cục Thuế hướng dẫn người nộp thuế lập hồ sơ và giải quyết gia hạn kịp thời.',
    ].join('\n');
    expect(tasksOf(letter(items)).map((t) => t.assignees)).toEqual([['Cục Thuế']]);
  });

  it('a quoted provision whose opening mark OCR read as "%" is no duty', () => {
    // A Bộ Tài chính letter from a signed PDF, its header table lost in conversion.
    const body = 'Bộ Tài chính nhận được kiến nghị của một số doanh nghiệp về việc thực hiện tiêu thức chữ ký điện tử của\nngười mua trên hóa đơn điện tử theo quy định tại Thông tư số 32/2011/TT-BTC ngày 14/03/2011 của Bộ\nTài chính.\n\nVề vấn đề này, Bộ Tài chính có ý kiến như sau:\n\nTại Khoản 2 Điều 1 Nghị định số 04/2014/NĐ-CP ngày 17/01/2014 của Chính phủ sửa đổi Khoản 5 Điều\n5 Nghị đinh số 51/2010/NĐ-CP ngày 14/5/2010 của Chính phủ quy định:\n\n“5, Tổ chức kinh doanh có thé đồng thời cùng lúc sử dụng nhiều hình thức hóa đơn khác nhau. Nhà nước\nkhuyến khích hình thức hóa đơn điện tử.”\n\nTại Điểm e Khoản 1 và Khoản 2 Điều 6 Thông tư số 32/2011/TT-BTC ngày 14/03/2011 của Bộ Tài chính\nhướng dẫn về nội dung của HDDT:\n\n%1. Hóa đơn điện tử phải có các nội dung sau:\n\ne) Chữ ký điện tử theo quy định của pháp luật của người bán; ngày, tháng năm lập và gửi hóa đơn. Chữ\nký điện tử theo quy định của pháp luật của người mua trong trường hợp người mua là đơn vị kế toán.\n\n2. Một số trường hợp hóa đơn điện tử không có đầy đủ các nội dung bắt buộc được thực hiện theo hướng\ndẫn riêng của Bộ Tài chính”.\n\nBộ Tài chính giao Cục Thuế xem xét từng trường hợp phát sinh cụ thể và Điều kiện đáp ứng của doanh\nnghiệp để hướng dẫn việc miễn tiêu thức chữ ký điện tử của người mua trên hóa đơn điện tử.\n\nBộ Tài chính thông báo để các Cục Thuế biết và thực hiện./.';
    const text = ['CONG HOA XA HOI CHU NGHIA VIET NAM', 'Độc lập - Tự do - Hạnh phúc', '', body, '', 'KT. BỘ TRƯỞNG', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'].join('\n');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Cục Thuế']]);
  });

  it('bullets giving the legal basis ("- Căn cứ khoản 3 Điều 5 …") under a topic are no duties', () => {
    const body = [
      'Tổng cục Thuế nhận được Công văn số 1840/CT-NVDTPC ngày 04/6/2021 của Cục Thuế tỉnh Hà Nam vướng mắc về xử phạt. Về vấn đề này, Tổng cục Thuế có ý kiến như sau:',
      '',
      '1. Về xác định thời điểm nộp hồ sơ khai thuế điện tử',
      '',
      '- Căn cứ khoản 3 Điều 5 Nghị định số 125/2020/NĐ-CP ngày 19/10/2020',
      'của Chính phủ quy định xử phạt vi phạm hành chính về thuế, hóa đơn:',
      '',
      '“3. Tổ chức, cá nhân thực hiện nhiều hành vi vi phạm hành chính thì bị xử phạt về từng hành vi vi phạm.”',
      '',
      '- Căn cứ Điều 8 Thông tư số 19/2021/TT-BTC ngày 18/3/2021 của Bộ Tài',
      'chính hướng dẫn giao dịch điện tử trong lĩnh vực thuế:',
      '',
      '“Điều 8. Cách xác định thời gian nộp hồ sơ thuế điện tử.”',
      '',
      'Tổng cục Thuế hướng dẫn để Cục Thuế biết và thực hiện./.',
    ].join('\n');
    const text = answerLetter(['TỔNG CỤC THUẾ', 'Số: 2768/TCT-PC', 'Hà Nội, ngày 26 tháng 7 năm 2021', 'V/v xử phạt vi phạm hành chính'], 'Cục Thuế tỉnh Hà Nam', body);
    expect(tasksOf(text)).toEqual([]);
  });

  it('the issuer announcing is no duty; its requests are', () => {
    // A notice of the large-taxpayers department to foreign suppliers (NCCNN), from a converted PDF.
    const body = [
      'Căn cứ Quyết định số 1968/QĐ-BTC ngày 08/10/2021 của Bộ Tài chính, Cục Thuế doanh nghiệp lớn là cơ quan thuế được giao nhiệm vụ quản lý thuế đối với NCCNN không có cơ sở thường trú tại Việt Nam có hoạt động kinh doanh thương mai điện tử, kinh doanh dựa trên nền tảng số và các dịch vụ khác với tổ chức, cá nhân ở Việt Nam.',
      'Cục Thuế doanh nghiệp lớn xin trân trọng thông báo:',
      'Theo quy định tại Luật Quản lý thuế số 38/2019/QH14, Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính Phủ và Thông tư số 80/2021/TT-BTC ngày 29/09/2021 của Bộ Tài Chính, từ 01/01/2022, các NCCNN có phát sinh nghĩa vụ thuế tại Việt Nam phải trực tiếp hoặc ủy quyền cho tổ chức, đại lý thuế hoạt động theo pháp luật Việt Nam thực hiện đăng ký, kê khai, nộp thuế tại Việt Nam.',
      'Đến thời điểm hiện nay, Cục Thuế doanh nghiệp lớn đã tiếp nhận, cấp mã số thuế cho một số NCCNN và hướng dẫn NCCNN thực hiện khai thuế, nộp thuế đầy đủ trên Cổng Thông tin điện tử theo đúng quy định.',
      'Bên cạnh đó, một số NCCNN hiện nay vẫn chưa thực hiện đăng ký thuế, chưa khai thuế, nộp thuế đối với nghĩa vụ thuế tại Việt Nam, do đó, Cục Thuế doanh nghiệp lớn đề nghị các NCCNN thực hiện đăng ký thuế, khai thuế và nộp thuế theo quy định (thời hạn kê khai, nộp thuế phát sinh Quý I/2022 chậm nhất là ngày 30/4/2022).',
      'Sau ngày 30/4/2022, Cục Thuế doanh nghiệp lớn sẽ lập danh sách các NCCNN chưa thực hiện đầy đủ nghĩa vụ và thông báo trên cổng thông tin điện tử của Tổng cục Thuế Việt Nam và các kênh thông tin truyền thông khác.',
      'Do vậy, Cục Thuế doanh nghiệp lớn đề nghị NCCNN, tổ chức, đại lý thuế được ủy quyền và các Quý đơn vị liên quan khẩn trương thực hiện đầy đủ các thủ tục và nghĩa vụ theo quy định của pháp luật.',
      'Cục Thuế doanh nghiệp lớn trân trọng thông báo các NCCNN được biết và thực hiện./.',
    ].join('\n');
    // As converted: no header, so nothing names the issuer.
    const text = body;
    const tasks = extractDirective(text).tasks;
    expect(tasks.flatMap((t) => t.assignees).some((n) => /trân trọng/u.test(n))).toBe(false);
    expect(tasks.map((t) => t.deadline?.date ?? null)).toContain('2022-04-30');
  });

  it('quoted articles opened by a straight quote on their own line, and "Luật … quy định …", are no duties', () => {
    const body = [
      'Tổng cục Thuế nhận được Công văn số 2965/CTHYE-TTKT3 của Cục Thuế tỉnh Hưng Yên vướng mắc về việc xử phạt. Về vấn đề này, Tổng cục Thuế có ý kiến như sau:',
      '',
      '- Luật Xử lý vi phạm hành chính năm 2012 quy định:',
      '',
      '“Điều 2. Giải thích từ ngữ',
      '6. Vi phạm hành chính nhiều lần là trường hợp cá nhân, tổ chức thực hiện hành vi vi phạm.',
      '"Điều 10. Tình tiết tăng nặng',
      '1. Những tình tiết sau đây là tình tiết tăng nặng:',
      'b) Vi phạm hành chính nhiều lần; tái phạm.”',
      '',
      '1. Luật Xử lý vi phạm hành chính quy định mức tiền phạt của một hành vi vi phạm.',
      '',
      'Tổng cục Thuế trả lời để các Cục Thuế được biết và thực hiện./.',
    ].join('\n');
    const text = answerLetter(['TỔNG CỤC THUẾ', 'Số: 216/TCT-PC', 'Hà Nội, ngày 15 tháng 01 năm 2025', 'V/v xử phạt vi phạm hành chính'], 'Cục Thuế các tỉnh', body);
    expect(tasksOf(text)).toEqual([]);
  });

  it('the request right after a quoted provision closed by ".”" is read', () => {
    const body = [
      'Trả lời Công văn số 1012/SCT-KYATMT của Sở Công Thương tỉnh Quảng Ngãi, Cục Hóa chất có ý kiến như sau:',
      'Bên cạnh đó, đề nghị lưu ý tuân thủ quy định tại Điều 58 Luật Ban hành văn bản quy phạm pháp luật như sau:',
      '“3. Trường hợp các văn bản quy phạm pháp luật có quy định khác nhau về cùng một vấn đề thì áp dụng văn bản có hiệu lực pháp lý cao hơn.',
      '5. Trường hợp văn bản quy phạm pháp luật trong nước và điều ước quốc tế có quy định khác nhau thì áp dụng quy định của điều ước quốc tế đó, trừ Hiến pháp.”',
      'Cục Hóa chất đề nghị Sở Công Thương tỉnh Quảng Ngãi căn cứ các quy định trên, chủ động nghiên cứu các quy định hiện hành để thực hiện theo đúng quy định./.',
    ].join('\n');
    const text = answerLetter(['BỘ CÔNG THƯƠNG', 'CỤC HÓA CHẤT', 'Số: 597/HC-QLHC', 'Hà Nội, ngày 27 tháng 3 năm 2026', 'V/v cấp Giấy phép xuất khẩu hóa chất'], 'Sở Công Thương tỉnh Quảng Ngãi', body);
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toContainEqual(['Sở Công Thương tỉnh Quảng Ngãi']);
  });

  it('thanks at the end of the last item is no duty', () => {
    const items = '1. Rà soát, giải quyết hồ sơ gia hạn trong 05 ngày làm việc.\n2. Tổng hợp, báo cáo kết quả về Tổng cục Thuế.\nTrân trọng cảm ơn sự phối hợp của Quý cơ quan./.';
    expect(tasksOf(letter(items)).map((t) => t.assignees)).toHaveLength(2);
  });

  it('a topic title before a duty still leads to that duty', () => {
    const items = '1. Về hồ sơ gia hạn nộp thuế\nRà soát, giải quyết hồ sơ gia hạn trong 05 ngày làm việc.';
    expect(tasksOf(letter(items)).map((t) => t.assignees)).toEqual([['Cục trưởng Cục Thuế các tỉnh, thành phố']]);
  });
});

describe('a letter introducing a new circular', () => {
  const letter = (body: string) =>
    ['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ', 'Số: 2000/TCT-QLRR', 'Hà Nội, ngày 09 tháng 6 năm 2021', 'V/v giới thiệu các nội dung mới của Thông tư số 31/2021/TT-BTC', '', 'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.', '', 'Ngày 17/05/2021, Bộ Tài chính đã ban hành Thông tư số 31/2021/TT-BTC quy định về áp dụng quản lý rủi ro.', '', body, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. TỔNG CỤC TRƯỞNG'].join('\n');

  it('the issuer introducing it and asking the tax offices to spread the word; then the report-back, its own duty', () => {
    const body =
      'Tổng cục Thuế giới thiệu các nội dung mới của Thông tư số 31/2021/TT-\nBTC và đề nghị các Cục Thuế khẩn trương tuyên truyền, phổ biến, thông báo\ncho cán bộ thuế và người nộp thuế trên địa bàn biết.\n\nTrong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các Cục\nThuế kịp thời tổng hợp, phản ánh về Tổng cục Thuế để được nghiên cứu giải quyết./.';
    expect(tasksOf(letter(body)).map((t) => t.assignees)).toEqual([['các Cục Thuế'], ['các Cục Thuế']]);
  });

  it('the issuer telling the offices for their information stays a closing', () => {
    const body = 'Tổng cục Thuế giới thiệu các nội dung mới của Thông tư số 31/2021/TT-BTC.\n\nTổng cục Thuế thông báo để các Cục Thuế được biết.';
    expect(tasksOf(letter(body))).toEqual([]);
  });

  it('"thông báo để Cục Thuế tổ chức …" after a request asks again: a duty of its own', () => {
    const body =
      'Đề nghị Cục Thuế các tỉnh, thành phố tuyên truyền và nhắc nhở doanh nghiệp thực hiện kê khai thuế qua mạng.\n\nTổng cục Thuế thông báo để Cục Thuế tổ chức tuyên truyền và có kế hoạch\nphân công cán bộ hỗ trợ doanh nghiệp./.';
    expect(tasksOf(letter(body)).map((t) => t.assignees)).toEqual([['Cục Thuế các tỉnh, thành phố'], ['Cục Thuế']]);
  });
});
