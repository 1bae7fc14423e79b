import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';
import { provincialLetter, tasksOf, type LetterFrom } from './provincial-letter';
import { buildItems, structuralChildren } from '../../lib/extract/segment/items';
import { splitLines } from '../../lib/extract/segment/lines';

const FROM: LetterFrom = { province: 'Lào Cai', number: '1234/UBND-KT', recipients: ['- Các sở, ban, ngành tỉnh;', '- UBND các xã, phường.'] };
const letter = (body: string): string => provincialLetter(body, FROM);

const DUTY = 'Giao Sở Công Thương chủ trì rà soát quy hoạch các cụm công nghiệp, báo cáo trước ngày 30/6/2025.';

describe('a closing call to carry out nothing named', () => {
  it('is no duty after "Căn cứ ý kiến chỉ đạo,"', () => {
    const text = letter(`${DUTY}\nCăn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa phương triển khai thực hiện./.`);
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Giao Sở Công Thương chủ trì rà']);
  });
  it('is no duty in either half of "Yêu cầu …; đề nghị … phối hợp thực hiện./."', () => {
    const text = letter(
      `${DUTY}\nYêu cầu các sở, ban, ngành của tỉnh, Ủy ban nhân dân các phường, xã triển khai thực hiện; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp thực hiện./.`,
    );
    expect(tasksOf(text)).toHaveLength(1);
  });
  it('is no duty with OCR debris after its full stop', () => {
    const text = letter(`${DUTY}\nTổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương nghiêm túc triển khai thực hiện.&f⁄`);
    expect(tasksOf(text)).toHaveLength(1);
  });
  it('stays a duty when it names what to carry out', () => {
    const text = letter(`${DUTY}\nYêu cầu các sở, ngành, địa phương triển khai thực hiện các giải pháp phòng, chống thiên tai trên địa bàn.`);
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Công Thương'], ['các sở, ngành, địa phương']]);
  });
  it('stays a duty when given to one named body', () => {
    const text = letter(`${DUTY}\nĐề nghị Sở Tài chính triển khai thực hiện.`);
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Công Thương'], ['Sở Tài chính']]);
  });
});

describe('an execution clause of a decision', () => {
  const decision = (clause: string) =>
    [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc',
      'Số: 257/QĐ-UBND Lào Cai, ngày 10 tháng 9 năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc chấp thuận điều chỉnh chủ trương đầu tư',
      'QUYẾT ĐỊNH:',
      'Điều 1. Chấp thuận điều chỉnh chủ trương đầu tư dự án.',
      'Điều 2. Sở Tài chính có trách nhiệm theo dõi, giám sát việc thực hiện dự án.',
      `Điều 3. ${clause}`,
      '',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT.',
    ].join('\n');
  it('"… có trách nhiệm thi hành Quyết định này." is no duty', () => {
    const text = decision('Công ty cổ phần Mundus Stones và các tổ chức, cá nhân có liên quan có trách nhiệm thi hành Quyết định này.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
  it('a duty "có trách nhiệm" with its own content stays', () => {
    const text = decision('Công ty cổ phần Mundus Stones có trách nhiệm hoàn thành thủ tục môi trường trước khi vận hành.');
    expect(tasksOf(text)).toHaveLength(2);
  });
});

describe('what a cited text assigned', () => {
  it('"… ban hành Quyết định số … về việc giao Cục Thuế …" is background', () => {
    const text = letter(
      'Ngày 10/1/2019 Tổng cục Thuế đã ban hành Quyết định số 41/QĐ-TCT về việc giao Cục Thuế các tỉnh, thành phố chỉ tiêu kế hoạch thanh tra năm 2020.\n\nĐề nghị Sở Tài chính rà soát kế hoạch thanh tra năm 2020.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
  it('"…, trong đó yêu cầu các Cục Thuế triển khai thực hiện:" is background', () => {
    const text = letter(
      'Ngày 12/3/2020 Tổng cục Thuế đã ban hành Công văn số 1046/TCT-TTKT về việc tăng cường công tác thanh tra, trong đó yêu cầu các Cục Thuế triển khai thực hiện các nội dung thanh tra.\n\nĐề nghị Sở Tài chính rà soát kế hoạch thanh tra năm 2020.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
  it('a cue after an opening clause still assigns', () => {
    const text = letter('Ngày 10/1/2025 Bộ Tài chính đã có văn bản hướng dẫn, đề nghị Sở Tài chính rà soát kế hoạch thanh tra năm 2025.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
});

describe('a cue whose object is no body', () => {
  const item = (rest: string) => letter(`Đề nghị các Cục Thuế thực hiện:\n1. Tổ chức quán triệt nhiệm vụ đến từng phòng, đội thanh tra, kiểm tra${rest}\n2. Đẩy mạnh công tác trao đổi nghiệp vụ thanh tra.`);
  it('"; Yêu cầu người nộp thuế cung cấp…" stays in the duty', () => {
    expect(tasksOf(item('; Yêu cầu người nộp thuế cung cấp các thông tin theo quy định qua hòm thư điện tử.')).map((t) => t.assignees)).toEqual([
      ['các Cục Thuế'],
      ['các Cục Thuế'],
    ]);
  });
  it('". Yêu cầu người nộp thuế cung cấp…" inside the item stays in the duty', () => {
    expect(tasksOf(item('. Yêu cầu người nộp thuế cung cấp các thông tin theo quy định qua hòm thư điện tử.')).map((t) => t.assignees)).toEqual([
      ['các Cục Thuế'],
      ['các Cục Thuế'],
    ]);
  });
  it('"- Phân công nhập dữ liệu vào phần mềm…" is the duty\'s verb', () => {
    expect(tasksOf(item('.\n- Phân công nhập dữ liệu vào phần mềm ứng dụng đến từng phòng, từng cán bộ.')).map((t) => t.assignees)).toEqual([
      ['các Cục Thuế'],
      ['các Cục Thuế'],
    ]);
  });
  it('"; Yêu cầu Sở Tài chính…" still hands out a duty of its own', () => {
    expect(tasksOf(item('; Yêu cầu Sở Tài chính bố trí kinh phí thực hiện.')).map((t) => t.assignees)).toEqual([['các Cục Thuế'], ['Sở Tài chính'], ['các Cục Thuế']]);
  });
  it('"Phân công Sở Nội vụ…" still hands out a duty', () => {
    const text = letter('Phân công Sở Nội vụ theo dõi, đôn đốc việc thực hiện.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Nội vụ']]);
  });
});

describe('the head of the body before, in a paragraph of its own', () => {
  it('"Cục trưởng các Cục Thuế chỉ đạo…" after "Theo đó, các Cục Thuế thực hiện…" is a second duty', () => {
    const text = letter(
      'Theo đó, các Cục Thuế thực hiện thanh tra, kiểm tra trên cơ sở kế hoạch đã được phê duyệt.\n\nCục trưởng các Cục Thuế chỉ đạo các Đoàn thanh tra thực hiện phân loại rủi ro.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các Cục Thuế'], ['Cục trưởng các Cục Thuế']]);
  });
  it('the same body named again in a paragraph goes on with its duty', () => {
    const text = letter('Theo đó, các Cục Thuế thực hiện thanh tra, kiểm tra trên cơ sở kế hoạch đã được phê duyệt.\n\nCác Cục Thuế tập trung phân tích rủi ro trước khi thanh tra.');
    expect(tasksOf(text)).toHaveLength(1);
  });
});

describe('"tiến hành", "chú trọng" open the duty after a name', () => {
  it('ends the names at "tiến hành"', () => {
    const text = letter('Các cơ quan, đơn vị tiến hành đánh giá, báo cáo kết quả thực hiện gửi về Sở Công Thương.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các cơ quan, đơn vị']]);
  });
  it('ends the name at "chú trọng"', () => {
    const text = letter('Đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương chú trọng, đẩy mạnh công tác phối hợp với cơ quan công an.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']]);
  });
  it('keeps a capitalised "Tiến Hành" in a company\'s name', () => {
    const text = letter('Đề nghị Công ty TNHH Tiến Hành Lào Cai hoàn thiện hồ sơ dự án.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Công ty TNHH Tiến Hành Lào Cai']]);
  });
});

describe('a conditional report-back', () => {
  it('"… nếu có vướng mắc …, Thủ trưởng các cơ quan … chủ động gửi ý kiến về Sở …" is a duty, over line breaks', () => {
    const text = letter(
      `${DUTY}\n2. Trong quá trình tổ chức triển khai thực hiện, nếu có vướng mắc phát sinh\ncần sửa đổi, bổ sung kế hoạch, Thủ trưởng các cơ quan, đơn vị chủ động gửi ý kiến về Sở Công Thương để tổng hợp báo\ncáo Ủy ban nhân dân tỉnh xem xét, giải quyết kịp thời.`,
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Công Thương'], ['Thủ trưởng các cơ quan, đơn vị']]);
  });
  it('"… gửi ý kiến về Sở …" alone sends it back', () => {
    const text = letter(`${DUTY}\n\nTrong quá trình triển khai, nếu có vướng mắc phát sinh, Thủ trưởng các cơ quan, đơn vị chủ động gửi ý kiến về Sở Công Thương để tổng hợp.`);
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Công Thương'], ['Thủ trưởng các cơ quan, đơn vị']]);
  });
  it('a difficulty with nothing sent back is no duty', () => {
    const text = letter(`${DUTY}\n\nTrong quá trình tổ chức triển khai thực hiện, nếu có vướng mắc phát sinh, các vướng mắc được tổng hợp trong kế hoạch năm sau.`);
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Công Thương']]);
  });
});

describe('an intro after the bullets before the first item', () => {
  const body = (intro: string) =>
    `Năm 2025, công tác thanh tra còn một số tồn tại:\n- Một số Cục Thuế có tỷ lệ hoàn thành thấp.\n- Dữ liệu trên ứng dụng chưa được cập nhật đầy đủ.\n\n${intro}\n\n1/ Tăng cường công tác thanh tra, kiểm tra sau hoàn thuế.\n\n2/ Phối hợp chặt chẽ với các cơ quan địa phương trong công tác chống thất thu.`;
  it('addresses the verb-initial items', () => {
    const text = letter(body('Để hoàn thành nhiệm vụ nêu trên, Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố thực hiện một số giải pháp sau:'));
    expect(tasksOf(text).map((t) => [t.starts.slice(0, 17), t.assignees])).toEqual([
      ['Tăng cường công t', ['Cục Thuế các tỉnh, thành phố']],
      ['Phối hợp chặt chẽ', ['Cục Thuế các tỉnh, thành phố']],
    ]);
  });
  it('hands nothing out when it asks no one', () => {
    const text = letter(body('Kết quả thực hiện các giải pháp năm 2025 như sau:'));
    expect(tasksOf(text)).toEqual([]);
  });
});

describe('where a subject\'s name ends', () => {
  it('at "khi" opening a clause of time', () => {
    const text = letter('Các Cục Thuế khi tiến hành thanh tra, kiểm tra cần vận dụng linh hoạt các hình thức đã quy định.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các Cục Thuế']]);
  });
  it('not at "thanh tra" naming a team ("Các đoàn thanh tra")', () => {
    const text = letter('Các đoàn thanh tra phải xác định, đối chiếu và ghi nhận đầy đủ nghĩa vụ ngân sách trong biên bản.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các đoàn thanh tra']]);
  });
  it('not at "kiểm tra" in "Các đoàn thanh tra, kiểm tra"', () => {
    const text = letter('Các đoàn thanh tra, kiểm tra trong quá trình thanh tra tại doanh nghiệp phải ghi nhận đầy đủ nghĩa vụ ngân sách.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Các đoàn thanh tra, kiểm tra']]);
  });
  it('still at "thanh tra" after a body', () => {
    const text = letter('Sở Tài chính thanh tra việc sử dụng kinh phí của các đơn vị.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
  it('"yêu cầu có báo cáo" names no addressee "có"', () => {
    const text = letter('Đề nghị các Cục Thuế thực hiện:\n1. Đối với các Cục Thuế được giao nhiệm vụ tăng thu, yêu cầu có báo cáo kết quả đã thực hiện.\n2. Tăng cường công tác thanh tra sau hoàn thuế.');
    expect(tasksOf(text).flatMap((t) => t.assignees)).not.toContain('có');
  });
  it('"yêu cầu cơ quan thuế các cấp" still names its addressee', () => {
    const text = letter('Yêu cầu cơ quan thuế các cấp rà soát hồ sơ hoàn thuế.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['cơ quan thuế các cấp']]);
  });
});

describe('bullets of one item naming other bodies', () => {
  const item = (second: string) => letter(`3. Hoàn thiện ít nhất 500ha mặt bằng sạch để thu hút các nhà đầu tư thứ cấp.\n- Ủy ban nhân dân cấp xã chủ trì, phối hợp với các Sở, ban ngành thực hiện công tác giải phóng mặt bằng.\n- ${second}`);
  it('"Ủy ban nhân dân phường Yên Bái" is another body than "Ủy ban nhân dân cấp xã"', () => {
    const text = item('Ủy ban nhân dân phường Yên Bái chủ trì xây dựng phương án di dời cụm công nghiệp Đầm Hồng.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân cấp xã'], ['Ủy ban nhân dân phường Yên Bái']]);
  });
  it('"UBND cấp xã" is the same body as "Ủy ban nhân dân cấp xã"', () => {
    const text = item('UBND cấp xã tổ chức bàn giao mặt bằng sạch cho nhà đầu tư.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân cấp xã']]);
  });
  it('"Chủ đầu tư dự án … san tạo mặt bằng" is a duty of its own', () => {
    const text = item('Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp san tạo mặt bằng, thu hút các nhà đầu tư thứ cấp.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân cấp xã'], ['Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp']]);
  });
  it('"sáng tạo" inside a name is no verb', () => {
    const text = letter('Trung tâm sáng tạo khởi nghiệp tỉnh tổ chức cuộc thi ý tưởng khởi nghiệp năm 2025.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Trung tâm sáng tạo khởi nghiệp tỉnh']]);
  });
});

describe('OCR-garbled cues and names', () => {
  it('"Téng cục Thuế dé nghị Cục Thuế …" opens a duty', () => {
    const text = letter('1. Đối với công tác tổng hợp, báo cáo kết quả thanh tra:\n- Téng cục Thuế dé nghị Cục Thuế các tỉnh, thành phố nghiêm túc chấn chỉnh công tác báo cáo.\n- Báo cáo kết quả cần thể hiện chi tiết tiến trình thanh tra.');
    expect(tasksOf(text).map((t) => [t.starts.slice(0, 12), t.assignees])).toEqual([['Téng cục Thu', ['Cục Thuế các tỉnh, thành phố']]]);
  });
  it('a person asking a body is no duty of this letter', () => {
    const text = letter('Ông Nguyễn Văn An đề nghị Ủy ban nhân dân xã cấp giấy chứng nhận quyền sử dụng đất.\n\nGiao Sở Nông nghiệp và Môi trường kiểm tra, trả lời công dân.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Nông nghiệp và Môi trường']]);
  });
  it('the same body asked again under another OCR spelling goes on with its duty', () => {
    const text = letter(
      'Tổng cục Thuế đề nghị như sau:\n\n1. Về thương mại điện tử\n- Đề nghị Cục Thuế các tỉnh thành phế trực thuộc Trung ương tiếp tục chú trọng công tác thanh tra thương mại điện tử.\n+ Hiện nay, một số trường hợp trốn thuế đã được phát hiện. Để răn đe các đối tượng, Tổng cục Thuế đề nghị Cục Thuế các tỉnh thành phó trực thuộc Trung ương đẩy mạnh phối hợp với cơ quan công an.',
    );
    expect(tasksOf(text).filter((t) => t.assignees.some((n) => n.startsWith('Cục Thuế')))).toHaveLength(1);
  });
  it('another district asked is another duty', () => {
    const text = letter('Đề nghị UBND huyện Bảo Thắng rà soát quỹ đất. Đề nghị UBND huyện Bảo Yên kiểm tra các dự án chậm tiến độ.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['UBND huyện Bảo Thắng'], ['UBND huyện Bảo Yên']]);
  });
});

describe('a report-back in a paragraph of its own', () => {
  it('is a duty of its own for the same body', () => {
    const text = letter(
      'Đề nghị Cục Thuế tăng cường phối hợp với cơ quan công an trong công tác chống thất thu.\n\nĐể phục vụ công tác tổng kết, Tổng cục Thuế đề nghị Cục Thuế báo cáo kết quả triển khai thực hiện trước ngày 05/12/2025.',
    );
    expect(tasksOf(text).map((t) => [t.starts.slice(0, 10), t.assignees])).toEqual([
      ['Đề nghị Cụ', ['Cục Thuế']],
      ['Để phục vụ', ['Cục Thuế']],
    ]);
  });
  it('a bullet of report details stays in the duty', () => {
    const text = letter('Đề nghị Cục Thuế tăng cường phối hợp với cơ quan công an:\n- Đề nghị Cục Thuế báo cáo kết quả phối hợp theo từng vụ việc.');
    expect(tasksOf(text)).toHaveLength(1);
  });
});

describe('a duty\'s title line over its bullets', () => {
  const plan = (bullets: string) => letter(`Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố thực hiện các giải pháp sau:\n1. Rà soát kế hoạch thanh tra năm 2025.\n2. Đôn đốc thu nộp đầy đủ, kịp thời số tiền tăng thu qua thanh tra\n${bullets}`);
  it('keeps a bullet naming who carries it out in the title\'s duty, and names that body too', () => {
    const text = plan('- Các đoàn thanh tra theo dõi, đẩy mạnh việc đôn đốc thu hồi các khoản tiền thuế.\n- Triển khai quyết liệt các biện pháp cưỡng chế thu hồi nợ thuế.');
    expect(tasksOf(text).map((t) => [t.starts.slice(0, 12), t.assignees])).toEqual([
      ['Rà soát kế h', ['Cục Thuế các tỉnh, thành phố']],
      ['Đôn đốc thu ', ['Cục Thuế các tỉnh, thành phố', 'Các đoàn thanh tra']],
    ]);
  });
  it('splits bullets sharing the work out among bodies', () => {
    const text = plan('- Sở Tài chính theo dõi việc thu hồi các khoản tiền thuế.\n- Công an tỉnh phối hợp cưỡng chế thu hồi nợ thuế.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Cục Thuế các tỉnh, thành phố'], ['Cục Thuế các tỉnh, thành phố'], ['Sở Tài chính'], ['Công an tỉnh']]);
  });
});

describe('a decision binding its investor', () => {
  const decision = (items: string) =>
    [
      'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc',
      'Số: 257/QĐ-BQLCKCN Lào Cai, ngày 10 tháng 9 năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc chấp thuận điều chỉnh chủ trương đầu tư',
      'QUYẾT ĐỊNH:',
      'Điều 1. Chấp thuận điều chỉnh chủ trương đầu tư dự án.',
      'Điều 2. Tổ chức thực hiện',
      '1. Trách nhiệm của nhà đầu tư trong việc triển khai thực hiện dự án đầu tư:',
      items,
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
      '',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT.',
    ].join('\n');
  it('hands the title\'s party to items without a subject, and ends a name at "chỉ"', () => {
    const text = decision(
      'a. Nhà đầu tư chỉ được phép đưa dự án vào hoạt động khi hoàn thiện đầy đủ các thủ tục về môi trường.\nb. Giấy xác nhận số 02/GXN-STNMT là văn bản tương đương quyết định phê duyệt. Vì vậy, đề nghị Nhà đầu tư trước khi đi vào hoạt động cần làm rõ thủ tục về giấy phép môi trường.\nc. Thực hiện đúng nội dung đã cam kết tại Văn bản số 1908/CV-MS ngày 19/8/2025.',
    );
    // b) states what a certificate is, then asks the investor by name ("trước khi …" ends the name).
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Nhà đầu tư'], ['Nhà đầu tư'], ['nhà đầu tư']]);
  });
  it('keeps OCR\'s "chỉ nhánh" in a name', () => {
    const text = letter('Ngân hàng thương mại, chỉ nhánh ngân hàng nước ngoài nâng cấp hệ thống thanh toán.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ngân hàng thương mại, chỉ nhánh ngân hàng nước ngoài']]);
  });
});

describe('an enumeration run on inside a sentence', () => {
  const markers = (text: string): string[] => {
    const lines = splitLines(text);
    const out: string[] = [];
    const walk = (item: ReturnType<typeof buildItems>): void => {
      for (const c of structuralChildren(item)) {
        out.push(c.marker);
        walk(c);
      }
    };
    walk(buildItems(lines, 0, lines.length));
    return out;
  };
  it('"Cụ thể:\n(i) …; (ii) …" makes no items', () => {
    const text = '5. Sở Khoa học và Công nghệ\nChủ trì triển khai các nhiệm vụ về chuyển giao công nghệ. Cụ thể:\n(i) Rà soát trình độ công nghệ của doanh nghiệp; (ii)\nTổ chức các chương trình hỗ trợ; (iii) Phối hợp với Ban Quản lý Khu kinh tế.';
    expect(markers(text)).toEqual(['5.']);
  });
  it('"(i)", "(ii)" opening their own lines are items', () => {
    const text = '5. Sở Khoa học và Công nghệ\nChủ trì triển khai các nhiệm vụ. Cụ thể:\n(i) Rà soát trình độ công nghệ của doanh nghiệp;\n(ii) Tổ chức các chương trình hỗ trợ.';
    expect(markers(text)).toEqual(['5.', '(i)', '(ii)']);
  });
  it('keeps the duty\'s first sentence in its span', () => {
    const text = letter('Giao các sở, ngành thực hiện:\n5. Sở Khoa học và Công nghệ\nChủ trì phối hợp với các đơn vị triển khai các nhiệm vụ về chuyển giao công nghệ. Cụ thể:\n(i) Rà soát trình độ công nghệ của doanh nghiệp; (ii) Phối hợp với Ban Quản lý Khu kinh tế trong chuyển đổi khu công nghiệp sinh thái.');
    expect(tasksOf(text).map((t) => [t.starts.slice(0, 16), t.coordinators])).toEqual([['Chủ trì phối hợp', ['các đơn vị']]]);
  });
});

describe('a cue inside a bullet that names no one', () => {
  const plan = (bullet: string) => letter(`Các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo bảo vệ môi trường.\n\nNội dung chủ yếu:\n${bullet}`);
  it('is how the bullet\'s duty is done', () => {
    const text = plan('- Tăng cường kiểm soát các cơ sở công nghiệp có nguồn phát thải lớn.\nThường xuyên giám sát việc vận hành các công trình xử lý chất thải. Yêu cầu các cơ sở sản xuất, kinh doanh lắp đặt hệ thống quan trắc tự động.');
    expect(tasksOf(text).flatMap((t) => t.assignees)).not.toContain('các cơ sở sản xuất, kinh doanh');
  });
  it('still assigns after a bullet citing what it rests on', () => {
    const text = plan('- Thực hiện Công văn số 123/BTNMT-MT của Bộ Tài nguyên và Môi trường. Yêu cầu Sở Nông nghiệp và Môi trường kiểm tra các cơ sở phát thải lớn.');
    expect(tasksOf(text).flatMap((t) => t.assignees)).toContain('Sở Nông nghiệp và Môi trường');
  });
});

describe('"đầu tư" after a name', () => {
  it('opens the duty', () => {
    const text = letter('Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh đầu tư, hoàn thiện đồng bộ hạ tầng kỹ thuật các khu công nghiệp.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ban Quản lý Khu kinh tế', 'Ban Quản lý các Khu công nghiệp tỉnh']]);
  });
  it('goes on with names that hold it', () => {
    const text = letter('Ban Quản lý dự án đầu tư tỉnh chủ trì lập hồ sơ mời thầu.\n\nCông ty cổ phần đầu tư Mundus Stones hoàn thiện hồ sơ môi trường.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ban Quản lý dự án đầu tư tỉnh'], ['Công ty cổ phần đầu tư Mundus Stones']]);
  });
});

describe('where a request\'s names end', () => {
  it('the short name a text gives the bodies "(sau đây gọi là …)" is their name', () => {
    const text = letter('Đề nghị các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương (sau đây gọi là Bộ, cơ quan trung ương) rà soát tài sản kết cấu hạ tầng.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ, cơ quan trung ương']]);
  });
  it('"Các ngành, lĩnh vực …" are sectors, not bodies', () => {
    const text = letter('Các ngành, lĩnh vực, quy mô doanh nghiệp cần tập trung thanh tra, kiểm tra trong năm.');
    expect(tasksOf(text).flatMap((t) => t.assignees)).not.toContain('Các ngành, lĩnh vực, quy mô doanh nghiệp');
  });
  it('"Đ/c" (đồng chí) before the office holder asked is no part of the name', () => {
    const text = letter('Để bảo đảm hoạt động theo đúng quy định, Bộ Y tế đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố tiếp tục chỉ đạo thực hiện một số nội dung sau:\n1. Đầu tư, nâng cấp cơ sở hạ tầng y tế.\n2. Chỉ đạo Sở Y tế thực hiện nghiêm túc Công văn số 6087/BYT-KCB.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Chủ tịch UBND tỉnh, thành phố'], ['Chủ tịch UBND tỉnh, thành phố']]);
  });
  it('a finding, then ", do vậy đề nghị X …": X is asked', () => {
    const text = letter('Một số căn cứ pháp lý viện dẫn trong Báo cáo hiện đã được sửa đổi, bổ sung hoặc thay thế, do vậy đề nghị Chủ đầu tư cập nhật đầy đủ các văn bản quy phạm pháp luật hiện hành.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Chủ đầu tư']]);
  });
  it('"… có trách nhiệm chỉ đạo và tổ chức thực hiện Hướng dẫn này./." is the closing', () => {
    const text = letter('1. Sở Y tế kiểm tra việc kinh doanh khí N2O.\n\nBộ Công an, Bộ Y tế, Bộ Công Thương, Tòa án nhân dân tối cao có trách nhiệm chỉ đạo và tổ chức thực hiện Hướng dẫn này./.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Y tế']]);
  });
  it('a head of a department\'s office or a specialist names who acts', () => {
    const text = letter('Giao nhiệm vụ cho Trưởng phòng Quản lý công nghiệp lập biên bản vi phạm hành chính.\n\nChuyên viên Văn phòng Sở tổng hợp hồ sơ, báo cáo Giám đốc Sở.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Trưởng phòng Quản lý công nghiệp'], ['Chuyên viên Văn phòng Sở']]);
  });
  it('"chỉnh sửa" on the next line ends the name', () => {
    const text = letter('Giao Ủy ban nhân dân tỉnh\nchỉnh sửa Quy hoạch; phê duyệt và tổ chức triển khai thực hiện Quy hoạch.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân tỉnh']]);
  });
  it('"có biện pháp" ends the names it follows', () => {
    const text = letter('Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, các tổ chức xã hội, đoàn thể nhân dân có biện pháp động viên các tầng lớp nhân dân.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'các tổ chức xã hội, đoàn thể nhân dân']]);
  });
  it('"đề nghị tham khảo …" names no body', () => {
    const text = letter('Về mẫu quyết định số 02: đề nghị tham khảo điểm 6.c mẫu số 01/QĐ ban hành kèm theo Nghị định số 125/2020/NĐ-CP.');
    const names = tasksOf(text).flatMap((t) => t.assignees);
    expect(names.some((n) => /tham khảo/u.test(n))).toBe(false);
  });
});

describe('a bullet naming one of the heading\'s bodies', () => {
  const plan = (bullet: string) =>
    letter(`Giao các cơ quan thực hiện:\n7. Ban Quản lý Khu kinh tế và Sở Công Thương\n- Thực hiện quản lý, phát triển khu công nghiệp theo quy định.\n- ${bullet}`);
  it('is that body\'s own duty', () => {
    const text = plan('Ban Quản lý Khu kinh tế chủ trì triển khai chuyển đổi khu công nghiệp Tằng Loỏng sang mô hình sinh thái.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ban Quản lý Khu kinh tế', 'Sở Công Thương'], ['Ban Quản lý Khu kinh tế']]);
  });
  it('naming all of them details the duty', () => {
    const text = plan('Ban Quản lý Khu kinh tế, Sở Công Thương phối hợp thu hút các nhà đầu tư thứ cấp.');
    expect(tasksOf(text)).toHaveLength(1);
  });
});

describe('the bodies cooperated with', () => {
  it('"các cơ quan chủ trì" are the leading bodies', () => {
    const text = letter('Các sở, ban, ngành phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện Kế hoạch này.');
    expect(tasksOf(text).map((t) => t.coordinators)).toEqual([['các cơ quan chủ trì']]);
  });
  it('"chủ trì" with its own duty is no part of the name', () => {
    const text = letter('Sở Tài chính phối hợp với Sở Xây dựng chủ trì thẩm định dự án.');
    expect(tasksOf(text).map((t) => t.coordinators)).toEqual([['Sở Xây dựng']]);
  });
});

describe('a sentence telling of a text issued earlier', () => {
  it('"…, theo đó, giao X …" is what that text assigned; the issuer\'s own list follows', () => {
    const text = letter(
      [
        'Ngày 04/3/2025, Thủ tướng Chính phủ ban hành Chỉ thị số 11/CT-TTg về các giải pháp cấp bách, theo đó, giao Ủy ban nhân dân tỉnh chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện. Để triển khai thực hiện Chỉ thị, Chủ tịch UBND tỉnh yêu cầu:',
        '1. Sở Tài chính rà soát các khoản thu, báo cáo trước ngày 30/3/2025.',
      ].join('\n'),
    );
    expect(tasksOf(text).map((t) => [t.starts, t.assignees])).toEqual([['Sở Tài chính rà soát các khoản', ['Sở Tài chính']]]);
  });

  it('a meeting told with its date still hands out what it assigns', () => {
    const text = letter('Ngày 10/3/2025, Chủ tịch UBND tỉnh chủ trì họp, theo đó, giao Sở Tài chính rà soát các khoản thu, báo cáo trước ngày 30/3/2025.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
});

describe('a call to carry out this letter as it directs', () => {
  it('"… thực hiện theo đúng quy định và hướng dẫn tại Công văn này" is a closing', () => {
    const text = letter(`${DUTY}\nYêu cầu các sở, ban, ngành và UBND các xã, phường thực hiện theo đúng quy định và hướng dẫn tại Công văn này.`);
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Giao Sở Công Thương chủ trì rà']);
  });

  it('a request with its own work before "công văn này" stays a duty', () => {
    const text = letter('Đề nghị các sở, ban, ngành nghiên cứu, phối hợp với các đơn vị trên địa bàn triển khai thực hiện đúng theo các nội dung hướng dẫn tại công văn này.');
    expect(tasksOf(text)).toHaveLength(1);
  });
});

describe('guidance the issuer lists after its request', () => {
  const request = 'Để thực hiện thống nhất quy định của Luật từ ngày 01/01/2025, Ủy ban nhân dân tỉnh yêu cầu các đơn vị thực hiện đúng quy định của Luật.';

  it('items after "… hướng dẫn cụ thể một số nội dung như sau:" are no duties of the earlier request', () => {
    const items = [
      '1. Địa điểm làm thủ tục: Thực hiện theo quy định tại Điều 22 Luật.',
      '2. Về thời hạn nộp hồ sơ: Đối với hàng hóa xuất khẩu, nộp chậm nhất 04 giờ trước khi phương tiện xuất cảnh.',
      '3. Các trường hợp khác: việc kiểm tra được thực hiện trên cơ sở quản lý rủi ro.',
    ].join('\n');
    const text = letter(`${request}\nỦy ban nhân dân tỉnh hướng dẫn cụ thể một số nội dung như sau:\n${items}`);
    expect(tasksOf(text).map((t) => t.starts)).toEqual(['Để thực hiện thống nhất quy đị']);
  });

  it('the same items after a request that opens the list are its duties', () => {
    const text = letter(`Ủy ban nhân dân tỉnh yêu cầu các đơn vị thực hiện như sau:\n1. Rà soát địa điểm làm thủ tục.\n2. Báo cáo kết quả trước ngày 30/3/2025.`);
    const asked = ['các đơn vị', 'Các sở, ban, ngành tỉnh', 'UBND các xã, phường'];
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([asked, asked]);
  });

  it('a conditional report-back by a named body is a duty', () => {
    const text = letter('Trường hợp kiểm tra doanh nghiệp không thuộc địa bàn quản lý, Sở Tài chính báo cáo Ủy ban nhân dân tỉnh xem xét phân công.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });
});

describe('a topic whose bullet names the body doing it', () => {
  it('names that body with the one asked to see it done', () => {
    const text = letter('Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện như sau:\n1. Hàng lẻ đóng trong container đưa vào kho CFS\n- Chi cục Hải quan nơi quản lý kho CFS hướng dẫn doanh nghiệp kinh doanh kho thông báo các container được phép đưa vào kho.\n- Chi cục Hải quan nơi quản lý kho CFS kiểm tra, đối chiếu với chứng từ nhập kho.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['các sở, ban, ngành', 'Chi cục Hải quan nơi quản lý kho CFS']]);
  });
});

describe('a council\'s supervision programme', () => {
  const resolution = (article1: string) =>
    [
      'HỘI ĐỒNG NHÂN DÂN',
      'TỈNH CAO BẰNG',
      'Số: 05/NQ-HĐND',
      'Cao Bằng, ngày 13 tháng 7 năm 2017',
      'NGHỊ QUYẾT',
      'Về chương trình giám sát năm 2018 của Hội đồng nhân dân tỉnh',
      'HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG',
      'QUYẾT NGHỊ:',
      article1,
      'Điều 2. Giao Thường trực Hội đồng nhân dân tỉnh tổ chức thực hiện Nghị quyết này.',
      'Nơi nhận:',
      '- Như Điều 2;',
      '- Lưu: VT.',
    ].join('\n');

  it('lists what the council will supervise, not duties it hands out', () => {
    const article1 = 'Điều 1. Chương trình giám sát năm 2018 của Hội đồng nhân dân tỉnh gồm các nội dung sau:\n1. Hội đồng nhân dân tỉnh giám sát tại các kỳ họp:\na) Xem xét báo cáo của Ủy ban nhân dân tỉnh về tình hình kinh tế - xã hội;\nb) Giám sát hoạt động của Thường trực Hội đồng nhân dân.';
    expect(tasksOf(resolution(article1)).map((t) => t.assignees)).toEqual([['Thường trực Hội đồng nhân dân tỉnh']]);
  });

  it('a body the programme names to act is still asked', () => {
    const article1 = 'Điều 1. Chương trình giám sát năm 2018 của Hội đồng nhân dân tỉnh gồm các nội dung sau:\n1. Hội đồng nhân dân tỉnh giám sát tại các kỳ họp.\n2. Giao Ủy ban nhân dân tỉnh báo cáo kết quả trước ngày 30/6/2018.';
    expect(tasksOf(resolution(article1)).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân tỉnh'], ['Thường trực Hội đồng nhân dân tỉnh']]);
  });
});

describe('another body\'s duty that reports back, in the same item', () => {
  it('is a duty of its own', () => {
    const text = letter('Chủ tịch UBND tỉnh yêu cầu:\n1. Ủy ban nhân dân các xã, các cơ quan có liên quan cung cấp đầy đủ thông tin theo yêu cầu của đoàn giám sát. Các cơ quan chịu sự giám sát thực hiện nghiêm túc các kiến nghị sau giám sát và báo cáo kết quả thực hiện đến Sở Nội vụ.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Ủy ban nhân dân các xã', 'các cơ quan có liên quan'], ['Các cơ quan chịu sự giám sát']]);
  });
});

describe('a name listing the members of a kind after a colon', () => {
  it('becomes each member, as a recipient too', () => {
    const text = [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 9787/VPCP-CN',
      'Hà Nội, ngày 10 tháng 10 năm 2025',
      'V/v dự án cảng hàng không',
      'Kính gửi:',
      '- Bộ trưởng các Bộ: Tài chính, Xây dựng;',
      '- Chủ tịch Ủy ban nhân dân tỉnh Gia Lai.',
      'Phó Thủ tướng có ý kiến như sau: các cơ quan khẩn trương hoàn thiện hồ sơ dự án.',
      'Trường hợp có khó khăn, vướng mắc, kịp thời báo cáo Thủ tướng Chính phủ.',
      'Nơi nhận:',
      '- Như trên;',
    ].join('\n');
    const report = extractDirective(text).tasks.find((t) => t.tags.includes('report-conditional'));
    expect(report?.assignees).toEqual(['Bộ trưởng Bộ Tài chính', 'Bộ trưởng Bộ Xây dựng', 'Chủ tịch Ủy ban nhân dân tỉnh Gia Lai']);
  });
});

describe('a directive sent to no one whose intro ends on a call', () => {
  const directive = (intro: string) =>
    [
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Số: 299/TTg',
      'Hà Nội, ngày 10 tháng 11 năm 2025',
      'CHỈ THỊ',
      'Về công tác đo đạc, đăng ký ruộng đất',
      '',
      'Để quản lý thống nhất đất đai trong cả nước, đồng thời để xây dựng tài liệu cơ bản cho công tác quy hoạch. Thủ tướng Chính phủ yêu cầu các ngành, các cấp tiến hành công tác đo đạc trong cả nước.',
      intro,
      '1. Để phục vụ kế hoạch phát triển kinh tế, cần tiến hành đo đạc, lập bản đồ từng thửa ruộng đất.',
      '2. Lập hồ sơ ruộng đất và sổ địa chính của Nhà nước.',
      'THỦ TƯỚNG',
    ].join('\n');

  it('hands its items to the bodies that call names, past a "yêu cầu về …" that is a noun', () => {
    const tasks = tasksOf(directive('Để các công việc nói trên bảo đảm yêu cầu về chất lượng và thời gian, các ngành, các cấp cần thực hiện tốt những việc cụ thể sau đây:'));
    expect(tasks.map((t) => [t.starts.slice(0, 12), t.assignees])).toEqual([
      ['Thủ tướng Ch', ['các ngành', 'các cấp']],
      ['Để phục vụ k', ['các ngành', 'các cấp']],
      ['Lập hồ sơ ru', ['các ngành', 'các cấp']],
    ]);
  });
});

describe('bullets listing what a duty is about', () => {
  const plan = (bullets: string) =>
    letter(`Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố thực hiện như sau:\n1. Phạm vi:\nKế hoạch thanh tra năm 2025 áp dụng với mọi người nộp thuế.\n2. Các ngành, lĩnh vực, quy mô doanh nghiệp cần tập trung thanh tra, kiểm tra năm 2025.\n${bullets}\n3. Lập kế hoạch kiểm tra tại trụ sở cơ quan thuế.`);

  it('are part of it; "Phạm vi:" says what a plan covers', () => {
    const tasks = tasksOf(plan('- Các doanh nghiệp khai thác, vận chuyển vật liệu xây dựng thông thường.\n- Các doanh nghiệp quy mô lớn nhiều năm chưa được thanh tra, kiểm tra.'));
    expect(tasks.map((t) => t.starts.slice(0, 20))).toEqual(['Các ngành, lĩnh vực,', 'Lập kế hoạch kiểm tr']);
  });

  it('a bullet naming a body that is no object of the duty is its own duty', () => {
    const tasks = tasksOf(plan('- Các doanh nghiệp quy mô lớn nhiều năm chưa được thanh tra, kiểm tra.\n- Các Chi cục Thuế rà soát danh sách doanh nghiệp.'));
    expect(tasks.map((t) => t.assignees)).toEqual([['Cục Thuế các tỉnh, thành phố'], ['Các Chi cục Thuế'], ['Cục Thuế các tỉnh, thành phố']]);
  });
});

describe('a resolution\'s section of duties with no one named', () => {
  const resolution = (executor: string) =>
    [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'TỈNH ỦY LÀO CAI',
      'Số: 34-NQ/TU',
      'Lào Cai, ngày 27 tháng 12 năm 2025',
      'NGHỊ QUYẾT',
      'về phát triển các khu công nghiệp',
      '',
      'I. MỤC TIÊU',
      'Đến năm 2030, hoàn thành đầu tư hạ tầng các khu công nghiệp.',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU',
      '1. Hoàn thành việc điều chỉnh quy hoạch tỉnh trong tháng 01/2026.',
      '2. Tổ chức rà soát toàn bộ các dự án trong khu, cụm công nghiệp.',
      'III. TỔ CHỨC THỰC HIỆN',
      `1. ${executor}`,
      'T/M BAN THƯỜNG VỤ',
    ].join('\n');

  it('falls to the collective the implementation section charges with the whole resolution', () => {
    const tasks = tasksOf(resolution('Các cấp ủy, tổ chức đảng, chính quyền lãnh đạo, chỉ đạo quán triệt Nghị quyết này đến cán bộ, đảng viên.'));
    expect(tasks.slice(0, 2).map((t) => [t.starts.slice(0, 15), t.assignees])).toEqual([
      ['Hoàn thành việc', ['Các cấp ủy, tổ chức đảng, chính quyền']],
      ['Tổ chức rà soát', ['Các cấp ủy, tổ chức đảng, chính quyền']],
    ]);
  });

  it('not to one body given its own part there', () => {
    const tasks = tasksOf(resolution('Sở Công Thương chủ trì theo dõi, tổng hợp tình hình thực hiện Nghị quyết này.'));
    expect(tasks.map((t) => t.assignees)).toEqual([['Sở Công Thương']]);
  });
});
