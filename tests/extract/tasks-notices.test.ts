// A minister's conclusions sent with no "Kính gửi": the call before the first section, the review
// of the situation that hands out nothing, topics over bullets, and who acts from "Nơi nhận".
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';
import { performersOf } from '../../lib/extract/tasks/performers';
import { foldText } from '../../lib/extract/fold';

const CALL = 'Sau khi nghe báo cáo của Tổng cục Thuế và các ý kiến phát biểu tại Hội nghị, Bộ trưởng\ncó ý kiến chỉ đạo như sau:';
const REVIEW = 'I. Về tình hình thực hiện nhiệm vụ công tác quý I/2019:\n\nKinh tế - xã hội nước ta những tháng đầu năm 2019 diễn ra trong bối cảnh nhiều khó khăn.';
const WORK =
  'II. Một số công việc tiếp tục triển khai thực hiện trong năm 2019:\n\n1. Thực hiện tốt các giải pháp hoàn thành nhiệm vụ thu ngân sách nhà nước.\n\n- Rà soát các khoản thu trên địa bàn.\n\n2. Rà soát, triển khai thực hiện công tác cải cách thủ tục hành chính theo đúng kế hoạch đề ra.';

function notice(body: string, sentTo = ['- Tổng cục Thuế (để thực hiện);', '- Cục Thuế các tỉnh, TPTW (để thực hiện);']): string {
  return [
    'BỘ TÀI CHÍNH',
    'Số: 393/TB-BTC',
    'Hà Nội, ngày 07 tháng 05 năm 2019',
    'THÔNG BÁO',
    'Kết luận của Bộ trưởng tại Hội nghị triển khai nhiệm vụ công tác thuế năm 2019',
    '',
    body,
    '',
    'Văn phòng Bộ xin thông báo để các đơn vị biết và thực hiện./.',
    '',
    'Nơi nhận:',
    '- Bộ trưởng (để b/c);',
    '- Các Vụ, đơn vị thuộc Bộ;',
    ...sentTo,
    '- Lưu: VT, VP.',
  ].join('\n');
}

const tasksOf = (text: string) => extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, action: t.action.split(/\s+/).slice(0, 4).join(' ') }));
const FOR_BOTH = ['Tổng cục Thuế', 'Cục Thuế các tỉnh, TPTW'];

/** A Lào Cai plan: its header, `body` (lines), its closing. */
function plan(subject: string, body: string[]): string {
  return ['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Số: 45/KH-UBND', 'Lào Cai, ngày 06 tháng 5 năm 2026', 'KẾ HOẠCH', subject, '', ...body, '', 'Nơi nhận:', '- Lưu: VT.'].join('\n');
}

describe('a notice of conclusions with no "Kính gửi"', () => {
  it('the call before the first section hands the items out; the review of the situation is no duty', () => {
    expect(tasksOf(notice(`${CALL}\n\n${REVIEW}\n\n${WORK}`))).toEqual([
      { assignees: FOR_BOTH, action: 'Thực hiện tốt các' },
      { assignees: FOR_BOTH, action: 'Rà soát, triển khai' },
    ]);
  });

  it('with no call before the first section, the subjectless items are no duties', () => {
    expect(tasksOf(notice(`Hội nghị diễn ra tại Hà Nội.\n\n${REVIEW}\n\n${WORK}`))).toEqual([]);
  });

  it('"Đánh giá chung" reviews too', () => {
    const body = `${CALL}\n\nI. Đánh giá chung\n\nThời gian vừa qua, các Cục Thuế đã tích cực triển khai nhiệm vụ.\n\n${WORK}`;
    expect(tasksOf(notice(body)).map((t) => t.action)).toEqual(['Thực hiện tốt các', 'Rà soát, triển khai']);
  });

  it('a body the review names and asks still has its duty', () => {
    const review = 'I. Về tình hình thực hiện nhiệm vụ:\n\nĐề nghị Cục Thuế Hà Nội báo cáo kết quả thu nợ đọng.';
    expect(tasksOf(notice(`${CALL}\n\n${review}\n\n${WORK}`))[0]).toEqual({ assignees: ['Cục Thuế Hà Nội'], action: 'báo cáo kết quả' });
  });

  it('a section title between the call and the first item', () => {
    expect(tasksOf(notice(`${CALL}\n\n${WORK}`)).map((t) => t.action)).toEqual(['Thực hiện tốt các', 'Rà soát, triển khai']);
  });

  it('no body sent it "(để thực hiện)": the items name no one', () => {
    expect(tasksOf(notice(`${CALL}\n\n${WORK}`, ['- Tổng cục Thuế;'])).map((t) => t.assignees)).toEqual([[], []]);
  });
});

describe('"Đối với …" over bullets is a topic, full stop or not', () => {
  // With the call above, the item's bullets fall to the body it asks.
  const letter = (title: string) =>
    notice(
      `Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố thực hiện các yêu cầu cụ thể như sau:\n\n1. ${title}\n\n- Đề nghị Cục Thuế chấn chỉnh công tác báo cáo kết quả thanh tra.\n\n- Đề nghị Cục Thuế rà soát kế hoạch thanh tra, kiểm tra.`,
    );
  for (const title of ['Đối với công tác tổng hợp, báo cáo kết quả thanh tra kiểm tra thuế.', 'Đấi với công tác tổng hợp, báo cáo kết quả thanh tra kiểm tra thuế']) {
    it(title, () => {
      // One task for the item (its bullets ask the body its heading names), begun at its first bullet.
      expect(tasksOf(letter(title)).map((t) => t.action)).toEqual(['Đề nghị Cục Thuế']);
    });
  }
});

describe('performersOf', () => {
  const read = (text: string) => performersOf(text, foldText(text));
  it('reads the bodies sent the letter "(để thực hiện)" in the last "Nơi nhận", past the other column', () => {
    const text = 'Nơi nhận: TL. BỘ TRƯỞNG\n- Bộ trưởng (đê b/c); CHÁNH VĂN PHÒNG\n- Tổng cục Thuế (để thực hiện); ff\n+ Các Sở, ngành (để t/h);\n~ Cục Thuế (thực hiện).\n- Lưu: VT.';
    expect(read(text)).toEqual(['Tổng cục Thuế', 'Các Sở, ngành', 'Cục Thuế']);
  });
  it('none without a "Nơi nhận" or a marker', () => {
    expect(read('- Tổng cục Thuế (để thực hiện);')).toEqual([]);
    expect(read('Nơi nhận:\n- Như trên;\n- Lưu: VT.')).toEqual([]);
  });
});

describe('a Ministry letter answering its tax offices', () => {
  const letter = (body: string, closing: string) =>
    [
      'BỘ TÀI CHÍNH',
      'Số: 10315/BTC-TCT',
      'Hà Nội, ngày 25 tháng 7 năm 2016',
      'V/v hướng dẫn thực hiện Luật số 106/2016/QH13',
      '',
      'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương',
      '',
      body,
      '',
      closing,
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, TCT.',
    ].join('\n');
  const OPENER =
    'Luật có hiệu lực thi hành từ ngày 01/7/2016. Bộ Tài chính đề nghị các Cục Thuế phổ biến, thông báo cho cán bộ thuế các nội dung quy định của Luật, đồng thời triển khai một số nội dung mới của Luật như sau:';
  const EXPLAINS =
    '1. Về hoàn thuế GTGT:\n\nTại khoản 3 Điều 1 Luật số 106/2016/QH13 quy định: Cơ sở kinh doanh được khấu trừ vào kỳ tiếp theo.\n\n2. Về mức tiền chậm nộp:\n\nTại Khoản 3 Điều 3 Luật số 106/2016/QH13 quy định mức tiền chậm nộp là 0,03%/ngày.';
  const actions = (text: string) => extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, action: t.action.split(/\s+/).slice(0, 3).join(' ') }));

  it('the request opening items that only explain the law is the duty; the answer "để … biết" is none', () => {
    expect(actions(letter(`${OPENER}\n\n${EXPLAINS}`, 'Bộ Tài chính có ý kiến để Cục Thuế các tỉnh, thành phố trực thuộc Trung ương biết và triển khai thực hiện./.'))).toEqual([
      { assignees: ['các Cục Thuế'], action: 'phổ biến, thông' },
    ]);
  });

  it('items that ask for work keep the opener a list opener', () => {
    const items = '1. Rà soát hồ sơ hoàn thuế GTGT tồn đọng.\n\n2. Báo cáo kết quả về Tổng cục Thuế trước ngày 15/8/2016.';
    expect(actions(letter(`${OPENER}\n\n${items}`, 'Tổng cục Thuế trả lời để Cục Thuế được biết./.')).map((t) => t.action)).toEqual(['Rà soát hồ', 'Báo cáo kết']);
    // An answer needs no "để".
    expect(actions(letter(`${OPENER}\n\n${items}`, 'Tổng cục Thuế trả lời các đơn vị được biết, thực hiện./.')).map((t) => t.action)).toEqual(['Rà soát hồ', 'Báo cáo kết']);
  });

  it('told, then asked to act on it: "thông báo để Cục Thuế được biết, hướng dẫn người nộp thuế thực hiện"', () => {
    const told = actions(letter(EXPLAINS, 'Bộ Tài chính thông báo để Cục Thuế được biết, hướng dẫn người nộp thuế thực hiện./.'));
    expect(told).toEqual([{ assignees: ['Cục Thuế'], action: 'hướng dẫn người' }]);
    expect(actions(letter(EXPLAINS, 'Bộ Tài chính thông báo để Cục Thuế được biết, thực hiện./.'))).toEqual([]);
  });

  it('a topic title over a bullet that quotes the law is no duty', () => {
    const body = 'Trả lời công văn số 115/CT-KTR1 ngày 20/1/2014 của Cục Thuế, Bộ Tài chính có ý kiến như sau:\n1. Xác định số thuế TNCN\n- Tại Điều 11 Luật thuế TNCN số 04/2007/QH12 quy định thu nhập chịu thuế.\n2. Đề nghị Cục Thuế liên hệ với Vụ HTQT để được trợ giúp.';
    expect(actions(letter(body, 'Bộ Tài chính trả lời để Cục Thuế được biết./.'))).toEqual([{ assignees: ['Cục Thuế'], action: 'liên hệ với' }]);
  });
});

describe('smaller shapes of a tax letter', () => {
  const letter = (body: string) =>
    ['TỔNG CỤC THUẾ', 'Số: 3953/TCT-HTQT', 'Hà Nội, ngày 12 tháng 10 năm 2018', 'V/v thông tin từ Nhật Bản', '', 'Kính gửi: Cục Thuế tỉnh Hòa Bình', '', body, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'].join('\n');
  const tasksOf = (text: string) => extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, action: t.action.split(/\s+/).slice(0, 2).join(' ') }));

  it('"thông báo Cục Thuế biết để khai thác …" asks the body told; "biết để thực hiện" does not', () => {
    expect(tasksOf(letter('Tổng cục Thuế thông báo Cục Thuế biết để khai thác thông tin theo Phụ lục gửi kèm./.'))).toEqual([{ assignees: ['Cục Thuế'], action: 'khai thác' }]);
    expect(tasksOf(letter('Tổng cục Thuế thông báo Cục Thuế biết để thực hiện./.'))).toEqual([]);
    expect(tasksOf(letter('Tổng cục Thuế hướng dẫn để các Cục Thuế được biết và lưu ý thực hiện\ntheo đúng quy định của Bộ luật Hình sự năm 2015./.'))).toEqual([]);
  });

  it('a request after "Lưu ý:"', () => {
    expect(tasksOf(letter('Lưu ý: Để nhận bản mềm (file dữ liệu), đề nghị Cục Thuế liên hệ với cán bộ Vụ HTQT.'))).toEqual([{ assignees: ['Cục Thuế'], action: 'liên hệ' }]);
  });
});

describe('"đã được … thông qua"', () => {
  const resolution = (article: string) =>
    ['HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG', 'Số: 04/2017/NQ-HĐND', 'Bình Dương, ngày 13 tháng 7 năm 2017', 'NGHỊ QUYẾT', 'Về chương trình giám sát năm 2018', '', 'QUYẾT NGHỊ:', article, '', 'Nơi nhận:', '- Lưu: VT.'].join('\n');
  it('closes the resolution that was passed, not a duty based on a programme that was', () => {
    expect(extractDirective(resolution('Điều 3. Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa IX, kỳ họp thứ tư thông qua ngày 13 tháng 7 năm 2017.')).tasks).toEqual([]);
    const based = 'Điều 2. Căn cứ chương trình giám sát năm 2018 đã được Hội đồng nhân dân tỉnh thông qua, Thường trực HĐND tỉnh chủ trì xây dựng kế hoạch tổ chức thực hiện.';
    expect(extractDirective(resolution(based)).tasks.map((t) => t.assignees)).toEqual([['Thường trực HĐND tỉnh']]);
  });
});

describe('"Các tổ chức, cá nhân …" opening a sentence', () => {
  it('is a collective subject, not "Các" and the verb "tổ chức"', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      'Số: 12/UBND-KT',
      'Lào Cai, ngày 05 tháng 5 năm 2026',
      'V/v bảo vệ khoáng sản',
      '',
      'Kính gửi: Các sở, ngành',
      '',
      'Ủy ban nhân dân tỉnh yêu cầu:',
      '1. Các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản có trách nhiệm bảo vệ khoáng sản trong diện tích được cấp phép.',
      '2. Sở Công Thương tổ chức hội nghị tập huấn.',
      '',
      'Nơi nhận:',
      '- Lưu: VT.',
    ].join('\n');
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toEqual([['Các tổ chức, cá nhân'], ['Sở Công Thương']]);
  });
});

/** A Deputy Prime Minister's conclusions (a Government Office notice) over `items`. */
function conclusionsNotice(items: string[]): string {
  return [
    'VĂN PHÒNG CHÍNH PHỦ',
    'Số: 467/TB-VPCP',
    'Hà Nội, ngày 12 tháng 10 năm 2024',
    'THÔNG BÁO',
    'Kết luận của Phó Thủ tướng Chính phủ về Đề án phát triển thị trường các-bon',
    '',
    'Phó Thủ tướng Chính phủ kết luận như sau:',
    '',
    ...items,
    '',
    'Nơi nhận:',
    '- Lưu: VT.',
  ].join('\n');
}

describe('"làm việc" is a verb', () => {
  it('the body that is to work it out with another, not the other', () => {
    const text = conclusionsNotice(['1. Bộ Tài chính làm việc cụ thể, thống nhất với Bộ Tài nguyên và Môi trường về nội dung phân công nhiệm vụ tại Đề án.']);
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });
});

describe('what something is', () => {
  const conclusions = (item: string) => conclusionsNotice([item, '', '2. Bộ Tài chính hoàn thiện dự thảo Đề án.']);
  const assignees = (text: string) => extractDirective(text).tasks.map((t) => t.assignees);

  it('"… được coi là …", "… không phải là …" state facts', () => {
    expect(assignees(conclusions('1. Thị trường các-bon được coi là công cụ kinh tế để góp phần thực hiện các cam kết giảm phát thải.'))).toEqual([['Bộ Tài chính']]);
    expect(assignees(conclusions('1. Các Thông tư sau đây không phải là văn bản quy phạm pháp luật quy định chi tiết.'))).toEqual([['Bộ Tài chính']]);
  });

  it('a duty after the copula stays one', () => {
    expect(assignees(conclusions('1. Đây là nhiệm vụ trọng tâm, cần khẩn trương hoàn thiện hồ sơ trình Thủ tướng Chính phủ.'))).toHaveLength(2);
  });
});

describe('the bodies a list is for, named in the last sentence before it', () => {
  const notice = (paragraph: string) =>
    [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 330/TB-VPCP',
      'Hà Nội, ngày 18 tháng 10 năm 2022',
      'THÔNG BÁO',
      'Kết luận của Thủ tướng Chính phủ tại cuộc họp về quản lý thương mại điện tử',
      '',
      'Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:',
      '',
      '1. Hoan nghênh các bộ, cơ quan đã chuẩn bị tài liệu báo cáo phục vụ cuộc họp.',
      '',
      paragraph,
      '',
      'a) Tăng cường thực hiện số hóa, làm giàu cơ sở dữ liệu của mỗi bộ, ngành.',
      '',
      'b) Bộ Công Thương tiếp tục phối hợp với Bộ Tài chính hoàn thiện quy định.',
      '',
      'Nơi nhận:',
      '- Lưu: VT.',
    ].join('\n');
  const assignees = (text: string) => extractDirective(text).tasks.map((t) => t.assignees);

  it('"Để …, thời gian tới, các bộ, ngành cần tập trung triển khai các nhiệm vụ trọng tâm sau đây:", an OCR dot before it', () => {
    const paragraph = '. Để thúc đẩy kết nối, chia sẻ dữ liệu giữa các bộ, ngành, phục vụ phát triển thương mại điện tử, thời gian\ntới, các bộ, ngành cần tập trung triển khai các nhiệm vụ trọng tâm sau đây:';
    expect(assignees(notice(paragraph))).toEqual([['các bộ, ngành'], ['Bộ Công Thương']]);
  });

  it('a last sentence that names no one leaves the items to the call above, which names no one either', () => {
    const paragraph = 'Để thúc đẩy kết nối, chia sẻ dữ liệu giữa các bộ, ngành, phục vụ phát triển thương mại điện tử, thời gian tới cần tập trung các nhiệm vụ sau đây:';
    expect(assignees(notice(paragraph))).toEqual([[], ['Bộ Công Thương']]);
  });
});

describe('one body of a collective given a duty of its own inside the item', () => {
  const cable = (item: string) =>
    ['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 186/CĐ-TTg', 'Hà Nội, ngày 08 tháng 10 năm 2025', 'CÔNG ĐIỆN', 'Về việc ứng phó mưa lũ', '', 'THỦ TƯỚNG CHÍNH PHỦ điện:', '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.', '', item, '', 'Nơi nhận:', '- Lưu: VT.'].join('\n');
  const assignees = (text: string) => extractDirective(text).tasks.map((t) => t.assignees);

  it('"… các tỉnh … . Chủ tịch Ủy ban nhân dân tỉnh Lào Cai kiểm tra …" is two duties', () => {
    const item =
      '3. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc Bộ tập trung chỉ đạo triển khai các biện pháp ứng phó mưa lũ, không để bị động, bất ngờ. Chủ tịch Ủy ban nhân dân tỉnh Lào Cai kiểm tra, chỉ đạo cơ quan chức năng triển khai ngay việc sơ tán các hộ dân.';
    expect(assignees(cable(item))).toEqual([['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc Bộ'], ['Chủ tịch Ủy ban nhân dân tỉnh Lào Cai']]);
  });

  it('the same collective named again stays one duty', () => {
    const item =
      '3. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc Bộ tập trung chỉ đạo triển khai các biện pháp ứng phó mưa lũ. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chủ động bố trí lực lượng.';
    expect(assignees(cable(item))).toHaveLength(1);
  });
});

describe('"định kỳ" ends a body\'s name', () => {
  it('the report-back keeps its yearly day', () => {
    const text = plan('Về quản lý cát, sỏi', ['V. CHẾ ĐỘ BÁO CÁO', 'Các Sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường.']);
    expect(extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, date: t.deadline?.date, recurrence: t.deadline?.recurrence }))).toEqual([
      { assignees: ['Các Sở, ngành, địa phương'], date: '2026-12-10', recurrence: 'yearly' },
    ]);
  });
});

describe('"Căn cứ quy định tại …" explains the law', () => {
  it('an item that only explains what the law now says is no duty', () => {
    const text = [
      'CỤC KỸ THUẬT AN TOÀN VÀ MÔI TRƯỜNG CÔNG NGHIỆP',
      'Số: 216/ATMT-ATĐ',
      'Hà Nội, ngày 30 tháng 01 năm 2026',
      'V/v hướng dẫn thực hiện hoạt động nạo vét',
      '',
      'Kính gửi: Sở Công Thương tỉnh Lào Cai',
      '',
      'Trả lời Văn bản số 472/SCT-NL ngày 28 tháng 01 năm 2026 của Sở Công Thương tỉnh Lào Cai, Cục có ý kiến như sau:',
      '1. Căn cứ quy định tại Điều 42 Nghị định số 62/2025/NĐ-CP thì hiện nay đã không còn thủ tục cấp giấy phép hoạt động trong phạm vi bảo vệ đập.',
      '2. Đề nghị Sở Công Thương tỉnh Lào Cai hướng dẫn chủ đập thực hiện đúng quy định.',
      '',
      'Nơi nhận:',
      '- Lưu: VT.',
    ].join('\n');
    expect(extractDirective(text).tasks.map((t) => t.action.split(/\s+/).slice(0, 2).join(' '))).toEqual(['hướng dẫn']);
  });
});

describe('a section title in capitals names no body', () => {
  it('"III. KINH PHÍ THỰC HIỆN" is no body, "PVN" still is', () => {
    const text = plan('Về quản lý khoáng sản', ['II. NHIỆM VỤ', '1. Sở Tài chính chủ trì rà soát.', '2. PVN phối hợp cung cấp số liệu.', 'III. KINH PHÍ THỰC HIỆN', 'Nguồn kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước.', 'IV. TỔ CHỨC THỰC HIỆN', '1. Sở Xây dựng theo dõi.']);
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toEqual([['Sở Tài chính'], ['PVN'], ['Sở Xây dựng']]);
  });
});

describe('"nêu cao" ends a body\'s name', () => {
  it('"UBND cấp xã, phường nêu cao trách nhiệm …"', () => {
    const text = plan('Về quản lý khoáng sản', ['II. NHIỆM VỤ', '1. UBND cấp xã, phường nêu cao trách nhiệm người đứng đầu trong việc quản lý khoáng sản.']);
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toEqual([['UBND cấp xã, phường']]);
  });
});

describe('a conditional report-back after the closing call', () => {
  it('is for the bodies the call asked, not for the body it reports to', () => {
    const text = plan('Về quản lý khoáng sản', [
      'I. NHIỆM VỤ', '1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra các mỏ.', '',
      'Ủy ban nhân dân tỉnh Lào Cai yêu cầu các Sở, ban, ngành và Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện Kế hoạch này. Trong quá trình thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Nông nghiệp và Môi trường để tổng hợp, hướng dẫn.',
    ]);
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toEqual([['Sở Nông nghiệp và Môi trường'], ['các Sở, ban, ngành', 'Ủy ban nhân dân các xã, phường']]);
  });
});

describe('"lưu ý" ends a body\'s name', () => {
  it('"đề nghị các đơn vị lưu ý …" asks "các đơn vị"', () => {
    const text = ['TỔNG CỤC THUẾ', 'Số: 4495/TCT-PC', 'Hà Nội, ngày 16 tháng 11 năm 2018', 'V/v Bộ luật Hình sự', '', 'Kính gửi: Cục Thuế các tỉnh, thành phố', '', 'Tổng cục Thuế đề nghị các đơn vị lưu ý rà soát hồ sơ vi phạm về thuế trước ngày 30/11/2018.', '', 'Nơi nhận:', '- Lưu: VT.'].join('\n');
    // "các đơn vị" is how the letter speaks to those it is sent to: they are named too.
    expect(extractDirective(text).tasks.map((t) => t.assignees)).toEqual([['các đơn vị', 'Cục Thuế các tỉnh, thành phố']]);
  });
});

describe('a request, then "Cụ thể như sau:", then a page break before the items', () => {
  it('the items are the request\'s, and the request itself only opens them', () => {
    const text = [
      'TỔNG CỤC THUẾ',
      'Số: 1738/TCT-DNNCN',
      'Hà Nội, ngày 12 tháng 5 năm 2021',
      'V/v tăng cường quản lý thuế',
      '',
      'Trong thời gian vừa qua, các Cục Thuế đã đẩy mạnh triển khai quản lý thuế đối với hoạt động kinh doanh thương mại điện tử.',
      '',
      'Tổng cục Thuế đề nghị các Cục Thuế tiếp tục đẩy mạnh triển khai công tác quản lý thuế đối với các loại hình kinh doanh thương mại điện tử. Cụ thể như sau:',
      '',
      '',
      '--- PAGE BREAK ---',
      '',
      '2',
      '',
      '1. Giao 01 Phòng đầu mối thực hiện nghiên cứu, triển khai quản lý đối với kinh doanh thương mại điện tử.',
      '',
      '2. Triển khai nghiên cứu khai thác thông tin trên cơ sở dữ liệu quản lý thuế.',
      '',
      'Nơi nhận:',
      '- Lưu: VT.',
    ].join('\n');
    expect(extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, words: t.action.split(/\s+/).slice(0, 2).join(' ') }))).toEqual([
      { assignees: ['các Cục Thuế'], words: 'Giao 01' },
      { assignees: ['các Cục Thuế'], words: 'Triển khai' },
    ]);
  });
});

describe('another level of the same service is another body', () => {
  it('"- Chi cục Thuế lập kế hoạch …" after the Cục Thuế\'s duty is a duty of its own', () => {
    const text = [
      'TỔNG CỤC THUẾ', 'Số: 5427/TCT-TTKT', 'Hà Nội, ngày 10 tháng 11 năm 2023', 'V/v kế hoạch thanh tra năm 2024', '',
      'Kính gửi: Cục Thuế các tỉnh, thành phố', '',
      'Tổng cục Thuế đề nghị các Cục Thuế thực hiện:', '',
      '1. Thời gian lập kế hoạch thanh tra năm 2024:', '',
      '- Cục Thuế gửi đề xuất nhiệm vụ thanh tra về Tổng cục Thuế chậm nhất vào ngày 20/11/2023;', '',
      '- Chi cục Thuế lập kế hoạch kiểm tra thuế năm 2024 gửi về Cục Thuế chậm nhất vào ngày 05/12/2023.', '',
      'Nơi nhận:', '- Lưu: VT.',
    ].join('\n');
    expect(extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, date: t.deadline?.date }))).toEqual([
      { assignees: ['các Cục Thuế'], date: '2023-11-20' },
      { assignees: ['Chi cục Thuế'], date: '2023-12-05' },
    ]);
  });
});

describe('another body\'s dated duty inside a paragraph', () => {
  const letter = (paragraph: string) =>
    ['TỔNG CỤC THUẾ', 'Số: 5427/TCT-TTKT', 'Hà Nội, ngày 10 tháng 11 năm 2023', 'V/v kế hoạch kiểm tra năm 2024', '', 'Kính gửi: Cục Thuế các tỉnh, thành phố', '', paragraph, '', 'Nơi nhận:', '- Lưu: VT.'].join('\n');
  const tasksOf = (text: string) => extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, date: t.deadline?.date }));

  it('is a duty of its own', () => {
    const paragraph =
      'Chi cục Thuế lập danh sách người nộp thuế trình Thủ trưởng cơ quan thuế trước ngày 25/12/2023. Thủ trưởng cơ quan thuế ký duyệt danh sách thuộc kế hoạch kiểm tra trước ngày 30/12/2023.';
    expect(tasksOf(letter(paragraph))).toEqual([
      { assignees: ['Chi cục Thuế'], date: '2023-12-25' },
      { assignees: ['Thủ trưởng cơ quan thuế'], date: '2023-12-30' },
    ]);
  });

  it('without a date of its own, the sentence goes on the duty before it', () => {
    const paragraph = 'Chi cục Thuế lập danh sách người nộp thuế trình Thủ trưởng cơ quan thuế trước ngày 25/12/2023. Thủ trưởng cơ quan thuế xem xét danh sách.';
    expect(tasksOf(letter(paragraph))).toHaveLength(1);
  });
});

describe('another body charged in so many words inside a paragraph', () => {
  const notice = (paragraph: string) =>
    ['TỔNG CỤC THUẾ', 'Số: 08/TB-TCT', 'Hà Nội, ngày 14 tháng 01 năm 2022', 'THÔNG BÁO', 'Phân công triển khai Bản Thỏa thuận', '', paragraph, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'].join('\n');

  it('"… có trách nhiệm …" is a duty of its own; "… chịu trách nhiệm trước … nếu …" answers for the one before', () => {
    const charged = notice('Giao Vụ DNNCN là đơn vị đầu mối theo dõi việc triển khai và định kỳ hàng năm tổng hợp, báo cáo Bộ kết quả triển khai. Các Vụ, đơn vị thuộc Tổng cục Thuế được phân công chủ trì các công việc có trách nhiệm thực hiện báo cáo theo yêu cầu của Vụ DNNCN.');
    expect(extractDirective(charged).tasks.map((t) => t.assignees)).toEqual([['Vụ DNNCN'], ['Các Vụ, đơn vị thuộc Tổng cục Thuế']]);
    const answers = notice('Giao Vụ DNNCN theo dõi việc triển khai. Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra vi phạm.');
    expect(extractDirective(answers).tasks.map((t) => t.assignees)).toEqual([['Vụ DNNCN']]);
  });
});

describe('a Politburo conclusion: assessment and orientation before the duties', () => {
  const conclusion = [
    'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM',
    'Số 77-KL/TW Hà Nội, ngày 05 tháng 6 năm 2020',
    'KẾT LUẬN',
    'CỦA BỘ CHÍNH TRỊ',
    'về chủ trương khắc phục tác động của đại dịch Covid-19',
    'để phục hồi và phát triển nền kinh tế đất nước',
    '',
    'Tại phiên họp ngày 29/5/2020, Bộ Chính trị đã thảo luận và kết luận:',
    '',
    'I- ĐÁNH GIÁ TÌNH HÌNH',
    '',
    'Đại dịch Covid-19 đã ảnh hưởng toàn diện, sâu rộng đến tất cả quốc gia trên thế giới. Nền kinh tế toàn cầu rơi vào suy thoái nghiêm trọng.',
    '',
    'Tuy nhiên, dịch bệnh còn diễn biến phức tạp, khó lường. Tình hình đó đòi hỏi chúng ta vừa phải tập trung ưu tiên phòng, chống dịch, đồng thời cần có các chính sách, giải pháp trước mắt và lâu dài.',
    '',
    'II- ĐỊNH HƯỚNG, NHIỆM VỤ VÀ GIẢI PHÁP',
    '1. Định hướng',
    '',
    '- Trong bối cảnh đại dịch Covid-19 có thể còn kéo dài, kinh tế thế giới suy thoái, cần kiên trì thực hiện mục tiêu kép.',
    '',
    '- Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh.',
    '',
    '2. Tổ chức thực hiện',
    '- Ban Kinh tế Trung ương chủ trì, phối hợp với các cơ quan liên quan thường xuyên theo dõi, đôn đốc việc thực hiện Kết luận này.',
  ].join('\n');

  it('"ĐÁNH GIÁ TÌNH HÌNH" and "Định hướng" alone hand out nothing; the body charged below does', () => {
    expect(tasksOf(conclusion).map((t) => t.assignees)).toEqual([['Ban Kinh tế Trung ương']]);
  });
});
