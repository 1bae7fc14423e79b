// The Government Office's short letters: a press report or a request answered, then the leader's
// instruction to one or many ministries, where to send the answer and by when.
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';

/** A Government Office letter dated 06/5/2011 with `paragraphs` as its body. */
function officeLetter(...paragraphs: string[]): string {
  return [
    'VĂN PHÒNG CHÍNH PHỦ',
    'Số: 2858/VPCP-ĐP',
    'V/v xử lý một số đề nghị của các tỉnh',
    'Hà Nội, ngày 06 tháng 05 năm 2011',
    '',
    'Kính gửi: Bộ Tài chính.',
    '',
    ...paragraphs,
    '',
    'Văn phòng Chính phủ xin thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, ĐP.',
  ].join('\n');
}

const tasksOf = (text: string) =>
  extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, opens: t.action.split(/\s+/).slice(0, 3).join(' '), date: t.deadline?.date ?? null }));

describe('a press report the letter answers', () => {
  it('is background, however its newspaper and dates read', () => {
    const text = officeLetter(
      'Báo Thanh niên từ ngày 04 đến ngày 08 tháng 01 năm 2011 đăng loạt bài phản ánh về tình trạng bảo kê tại các khu công nghiệp.',
      'Báo điện tử VTV ngày 10 tháng 4 năm 2011 có bài “Giá hải sản giảm mạnh, ngư dân gặp nhiều khó khăn”.',
      'Về vấn đề này, Phó Thủ tướng giao Bộ Công an chủ trì điều tra làm rõ, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 6 năm 2011.',
    );
    expect(tasksOf(text)).toEqual([{ assignees: ['Bộ Công an'], opens: 'chủ trì điều', date: '2011-06-15' }]);
  });

  it('a body named on its own still acts: "Báo Nhân Dân đăng tải …" is not a dated report', () => {
    const text = officeLetter('Giao Báo Nhân Dân đăng tải đầy đủ nội dung Chỉ thị trước ngày 20 tháng 5 năm 2011.');
    expect(tasksOf(text)).toEqual([{ assignees: ['Báo Nhân Dân'], opens: 'đăng tải đầy', date: '2011-05-20' }]);
  });
});

describe('where the answer goes, in a paragraph of its own', () => {
  it('"Văn bản xin gửi về … trước ngày …" dates the request before it', () => {
    const text = officeLetter(
      'Để có cơ sở trình Thủ tướng Chính phủ, Văn phòng Chính phủ đề nghị Bộ Tài chính và Ngân hàng Nhà nước Việt Nam có ý kiến về kiến nghị của Tổng công ty.',
      'Văn bản xin gửi về Văn phòng Chính phủ trước ngày 05 tháng 6 năm 2011./.',
    );
    expect(tasksOf(text)).toEqual([{ assignees: ['Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam'], opens: 'có ý kiến', date: '2011-06-05' }]);
  });

  it('"Ý kiến của các Bộ gửi về …" too; a paragraph of another subject still ends the request', () => {
    const asked = 'Đề nghị Bộ Tài chính có ý kiến về nội dung trên.';
    expect(tasksOf(officeLetter(asked, 'Ý kiến của Bộ xin gửi về Văn phòng Chính phủ trước ngày 15 tháng 10 năm 2011.'))).toEqual([
      { assignees: ['Bộ Tài chính'], opens: 'có ý kiến', date: '2011-10-15' },
    ]);
    expect(tasksOf(officeLetter(asked, 'Hội nghị sẽ tổ chức trước ngày 15 tháng 10 năm 2011.'))).toEqual([{ assignees: ['Bộ Tài chính'], opens: 'có ý kiến', date: null }]);
  });
});

describe('a condition on what was reported', () => {
  it('"Trường hợp các nội dung phản ánh là đúng, phải xử lý …" goes on the duty: no report-back of its own', () => {
    const text = officeLetter(
      'Về việc này, Thủ tướng Chính phủ yêu cầu Bộ Nông nghiệp và Phát triển nông thôn khẩn trương xác minh các nội dung phản ánh trong bài báo. Trường hợp các nội dung phản ánh là đúng, phải xử lý dứt điểm, không để tình trạng gây khó khăn cho doanh nghiệp.',
    );
    expect(tasksOf(text)).toEqual([{ assignees: ['Bộ Nông nghiệp và Phát triển nông thôn'], opens: 'khẩn trương xác', date: null }]);
  });

  it('"… nếu có khó khăn, vướng mắc, phản ánh về …" still reports back', () => {
    const text = officeLetter('Đề nghị Bộ Tài chính nghiên cứu, xử lý.', 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh về Văn phòng Chính phủ.');
    expect(tasksOf(text).map((t) => t.opens)).toEqual(['nghiên cứu, xử', 'Trong quá trình']);
  });
});

describe('eleven ministries after "giao các Bộ:"', () => {
  it('each is named, "Văn hóa, Thể thao và Du lịch" whole', () => {
    const text = officeLetter(
      'Phó Thủ tướng giao các Bộ: Kế hoạch và Đầu tư, Tài chính, Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Xây dựng, Công Thương, Tài nguyên và Môi trường, Lao động - Thương binh và Xã hội, Y tế, Văn hóa, Thể thao và Du lịch, Nội vụ làm việc với các tỉnh xác định nguồn kinh phí.',
    );
    expect(tasksOf(text)[0]!.assignees).toEqual([
      'Bộ Kế hoạch và Đầu tư',
      'Bộ Tài chính',
      'Bộ Giao thông vận tải',
      'Bộ Nông nghiệp và Phát triển nông thôn',
      'Bộ Xây dựng',
      'Bộ Công Thương',
      'Bộ Tài nguyên và Môi trường',
      'Bộ Lao động - Thương binh và Xã hội',
      'Bộ Y tế',
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Bộ Nội vụ',
    ]);
  });
});

describe('a duty after a statement in the same paragraph', () => {
  it('"Đồng ý tổ chức … . X chủ trì, phối hợp …": the body put in charge after what was agreed', () => {
    const text = officeLetter('Đồng ý tổ chức buổi họp mặt theo đề nghị của Bộ Nội vụ. Thường trực Ban Chỉ đạo Tây Nam Bộ chủ trì, phối hợp với Tỉnh ủy Sóc Trăng tổ chức buổi gặp mặt bảo đảm thiết thực.');
    expect(tasksOf(text)).toEqual([{ assignees: ['Thường trực Ban Chỉ đạo Tây Nam Bộ'], opens: 'chủ trì, phối', date: null }]);
  });

  it('the addressee as subject after the issuer\'s own statement; another body stating what it does is no duty', () => {
    const text = officeLetter('Văn phòng Chính phủ đã cấp kinh phí cho các đơn vị từ ngày 03 tháng 01 năm 2011. Bộ Tài chính tổ chức chi trả trong tháng 6 năm 2011.');
    expect(tasksOf(text)).toEqual([{ assignees: ['Bộ Tài chính'], opens: 'tổ chức chi', date: '2011-06-30' }]);
    const other = officeLetter('Văn phòng Chính phủ đã nhận được văn bản. Bộ Y tế tổ chức chi trả trong tháng 01 năm 2011.', 'Đề nghị Bộ Tài chính có ý kiến.');
    expect(tasksOf(other).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });
});

describe('what is not asked', () => {
  it('"Đề nghị đơn vị quan tâm thực hiện./." closes the letter', () => {
    const text = officeLetter('Đề nghị Bộ Tài chính rà soát lại phương án bồi thường.', 'Đề nghị đơn vị quan tâm thực hiện./.');
    expect(tasksOf(text).map((t) => t.opens)).toEqual(['rà soát lại']);
  });

  it('"Trường hợp đơn vị đã … và giao cho Chi cục …" is a condition, not an assignment', () => {
    const text = officeLetter(
      'Đề nghị Bộ Tài chính căn cứ hướng dẫn trên để tiến hành khắc mẫu dấu. Trường hợp đơn vị đã tổ chức khắc dấu và giao cho Chi cục quản lý, sử dụng thì tiếp tục sử dụng các mẫu dấu đã khắc.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });
});

describe('an approval that hands a body the work', () => {
  it('"Đồng ý X chủ trì …" is X\'s duty; "Đồng ý đề nghị của X …" and "Đồng ý tổ chức …" are not', () => {
    const text = officeLetter(
      'Về việc này, Thủ tướng Chính phủ có ý kiến như sau:',
      '1. Đồng ý tổ chức Hội nghị tại Việt Nam.',
      '2. Đồng ý Tổng công ty Hàng không Việt Nam chủ trì, phối hợp với Bộ Ngoại giao đàm phán với Diễn đàn.',
      '3. Đồng ý đề nghị của Bộ Ngoại giao về việc tổ chức hội nghị.',
      '4. Giao Bộ Tài chính bố trí kinh phí.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Tổng công ty Hàng không Việt Nam'], ['Bộ Tài chính']]);
  });

  it('"Hàng không" is part of a name, not a negation', () => {
    const text = officeLetter('Giao Cục Hàng không Việt Nam chủ trì kiểm tra an toàn tại Cảng hàng không quốc tế Nội Bài.');
    expect(tasksOf(text)).toEqual([{ assignees: ['Cục Hàng không Việt Nam'], opens: 'chủ trì kiểm', date: null }]);
  });
});

describe('a report asked on a schedule, in a paragraph of its own', () => {
  it('is a duty apart from the work it reports on, for the same bodies', () => {
    const text = officeLetter(
      'Giao Ban Thường vụ các Liên đoàn Lao động tỉnh, thành phố; Công đoàn ngành Trung ương chỉ đạo công đoàn cơ sở hướng dẫn doanh nghiệp thực hiện.',
      '',
      'Yêu cầu các Liên đoàn Lao động tỉnh, thành phố; Công đoàn ngành Trung ương nghiêm túc thực hiện và báo cáo tình hình vào ngày 10 hàng tháng về Tổng Liên đoàn.',
    );
    const tasks = extractDirective(text).tasks;
    expect(tasks.map((t) => [t.assignees, t.deadline?.recurrence ?? null])).toEqual([
      [['Ban Thường vụ các Liên đoàn Lao động tỉnh, thành phố', 'Công đoàn ngành Trung ương'], null],
      [['các Liên đoàn Lao động tỉnh, thành phố', 'Công đoàn ngành Trung ương'], 'monthly'],
    ]);
  });

  it('"góp ý" ends the name of the body asked', () => {
    const text = officeLetter('Bộ Kế hoạch và Đầu tư đề nghị Quý Cơ quan góp ý cho nội dung dự thảo nêu trên.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Quý Cơ quan', 'Bộ Tài chính']]);
  });
});

describe('a text sent for views', () => {
  it('"… xin gửi … đến quý cơ quan để nghiên cứu và có ý kiến …, gửi về … trước ngày …" asks the addressee', () => {
    const text = officeLetter(
      'Văn phòng Chính phủ đã nhận được công văn số 123/BC-BYT ngày 27 tháng 4 năm 2011 của Bộ Y tế.',
      'Để có đủ căn cứ trình Thủ tướng Chính phủ, Văn phòng Chính phủ xin gửi bản chụp văn bản nói trên đến quý cơ quan để nghiên cứu và có ý kiến về các kiến nghị của Bộ Y tế, gửi về Văn phòng Chính phủ trước ngày 16 tháng 6 năm 2011.',
    );
    expect(tasksOf(text)).toEqual([{ assignees: ['quý cơ quan', 'Bộ Tài chính'], opens: 'để nghiên cứu', date: '2011-06-16' }]);
  });

  it('a text sent for information asks nothing', () => {
    const text = officeLetter('Văn phòng Chính phủ xin gửi bản chụp văn bản nói trên đến quý cơ quan để biết.', 'Đề nghị Bộ Tài chính có ý kiến.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });
});

describe('a report-back on difficulties right after a duty', () => {
  it('in the duty\'s paragraph, it is that duty\'s bodies\'; "Trong quá trình thực hiện, …" speaks to all the letter was sent to', () => {
    const letter = (after: string) => officeLetter(`Phó Thủ tướng giao các Bộ: Nội vụ, Xây dựng làm việc với các tỉnh xác định nguồn kinh phí. ${after}`);
    expect(tasksOf(letter('Trường hợp vượt thẩm quyền, báo cáo Thủ tướng Chính phủ.')).map((t) => t.assignees)).toEqual([
      ['Bộ Nội vụ', 'Bộ Xây dựng'],
      ['Bộ Nội vụ', 'Bộ Xây dựng'],
    ]);
    expect(tasksOf(letter('Trong quá trình thực hiện, nếu có vướng mắc, báo cáo Thủ tướng Chính phủ.')).map((t) => t.assignees)[1]).toEqual(['Bộ Tài chính']);
  });
});

describe('a schedule opening the duty with commas inside it', () => {
  it('"Hàng năm, trước ngày mùng 10 của tháng 01, X tổ chức đánh giá và báo cáo …" is X\'s yearly duty', () => {
    const text = officeLetter('4. Chế độ báo cáo', '', 'Hàng năm, trước ngày mùng 10 của tháng 01, Bộ Tài chính tổ chức đánh giá và báo cáo kết quả phối hợp gửi Văn phòng Chính phủ.');
    const [task] = extractDirective(text).tasks;
    expect([task?.assignees, task?.deadline?.date, task?.deadline?.recurrence]).toEqual([['Bộ Tài chính'], '2012-01-10', 'yearly']);
  });
});

describe('a provincial letter\'s agreements and its honorific "Quý Sở"', () => {
  it('"Thống nhất điều chỉnh …", "Thống nhất định mức chi …" agree; "Thống nhất giao …" still assigns', () => {
    const text = officeLetter(
      'Về việc này, Chủ tịch có ý kiến như sau:',
      '1. Thống nhất điều chỉnh quy mô diện tích sử dụng đất của dự án.',
      '2. Thống nhất định mức chi ngày Thầy thuốc Việt Nam cho các cơ sở y tế.',
      '3. Thống nhất giao Sở Tài chính thẩm định kinh phí.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Sở Tài chính']]);
  });

  it('"Quý Sở", "các đơn vị" name the bodies the letter is sent to as well; "các sở quản lý …" may be some of them', () => {
    const ask = (request: string) => extractDirective(officeLetter(request)).tasks[0]!.assignees;
    expect(ask('Bộ Thông tin và Truyền thông đề nghị Quý Sở nghiên cứu, có ý kiến góp ý.')).toEqual(['Quý Sở', 'Bộ Tài chính']);
    expect(ask('Văn phòng Chính phủ yêu cầu các đơn vị thực hiện nghiêm túc chế độ báo cáo thống kê.')).toEqual(['các đơn vị', 'Bộ Tài chính']);
    expect(ask('Đề nghị các sở quản lý chuyên ngành tổng hợp báo cáo.')[0]).not.toBe('Bộ Tài chính');
  });

  it('"Đề nghị đồng chí Giám đốc Sở quan tâm, chỉ đạo thực hiện./." closes the letter', () => {
    const text = officeLetter('Đề nghị Bộ Tài chính tổng hợp phiếu điều tra trước ngày 31/7/2011.', 'Đề nghị đồng chí Giám đốc Sở quan tâm, chỉ đạo thực hiện./.');
    expect(tasksOf(text).map((t) => t.opens)).toEqual(['tổng hợp phiếu']);
  });
});

describe('a reason opening the request', () => {
  it('"Do yêu cầu thời gian, đề nghị Quý Sở gửi ý kiến … trước ngày …" is a request of its own, dated', () => {
    const text = officeLetter('Bộ Thông tin và Truyền thông đề nghị Quý Sở nghiên cứu, có ý kiến góp ý về dự thảo văn bản nêu trên.', '', 'Do yêu cầu thời gian, đề nghị Quý Sở gửi ý kiến về Bộ trước ngày 03/6/2011 để kịp tổng hợp.');
    expect(tasksOf(text).map((t) => [t.opens, t.date])).toEqual([
      ['nghiên cứu, có', null],
      ['gửi ý kiến', '2011-06-03'],
    ]);
  });
});

describe('the issuer approving', () => {
  it('"Bộ … chấp thuận việc đăng cai …" approves; the request after it is the duty', () => {
    const text = officeLetter(
      'Bộ Văn hóa, Thể thao và Du lịch chấp thuận việc đăng cai tổ chức Festival Đờn ca tài tử Quốc gia lần thứ II. Đề nghị Bộ Tài chính báo cáo Ủy ban nhân dân tỉnh, chủ động xây dựng Kế hoạch triển khai thực hiện.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });
});

describe('the requests a letter answers, listed before the instruction', () => {
  it('"Xét đề nghị của: A tại …; của B tại …, Phó Thủ tướng giao các Bộ: …" hands the work to the ministries', () => {
    const text = officeLetter(
      'Xét đề nghị của: Ủy ban nhân dân tỉnh Quảng Ngãi tại các văn bản: số 49/TTr-UBND ngày 12 tháng 5 năm 2011, số 48/TTr-UBND ngày 08 tháng 5 năm 2011; của Ủy ban nhân dân tỉnh Hà Giang tại văn bản số 1303a/UBND-NNTNMT ngày 07 tháng 5 năm 2011; của Ủy ban nhân dân tỉnh Trà Vinh tại văn bản số 1448/TTr-UBND ngày 08 tháng 5 năm 2011; của Ủy ban nhân dân tỉnh Bình Định tại văn bản số 1725/UBND-TH ngày 05 tháng 5 năm 2011 về việc hỗ trợ vốn thực hiện một số dự án quan trọng cấp bách của địa phương, Phó Thủ tướng giao các Bộ: Kế hoạch và Đầu tư, Tài chính xem xét xử lý theo thẩm quyền, trả lời địa phương biết.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính']]);
  });

  it('"Thông tấn xã Việt Nam ngày 09 tháng 11 năm 2011, có bài: …" is the press report answered', () => {
    const text = officeLetter('Thông tấn xã Việt Nam ngày 09 tháng 11 năm 2011, có bài: "Chưa được cấp phép đã phá rừng". Về việc này, Phó Thủ tướng yêu cầu Bộ Tài chính kiểm tra, xử lý.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });
});

describe('a request announcing the duties below it', () => {
  it('"… yêu cầu Bộ Tài chính hoàn thiện dự thảo Nghị định này, như sau:" over "Giao Bộ Tài chính …" is no duty of its own', () => {
    const text = officeLetter('Thủ tướng yêu cầu Bộ Tài chính hoàn thiện dự thảo Nghị định này, như sau:', 'Giao Bộ Tài chính thực hiện khoanh nợ và công bố lãi suất cho vay.');
    expect(tasksOf(text).map((t) => t.opens)).toEqual(['thực hiện khoanh']);
  });

  it('a request that only ends with a colon, another body below it, stays', () => {
    const text = officeLetter('Thủ tướng yêu cầu Bộ Tài chính hoàn thiện dự thảo Nghị định này, như sau:', 'Giao Bộ Tư pháp thẩm định dự thảo.');
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ Tài chính'], ['Bộ Tư pháp']]);
  });
});

describe('a numbered text a body sent', () => {
  it('"X thay mặt Hội … có văn bản số N ngày … gửi Thủ tướng" is what the letter answers; "X có văn bản gửi …" asks', () => {
    const text = officeLetter(
      'Chủ tịch Hội Cựu Thanh niên xung phong thay mặt Hội có văn bản số 164/2011/HCTNXPVN ngày 21 tháng 3 năm 2011 gửi Thủ tướng Chính phủ nêu một số vấn đề. Về vấn đề này, Thủ tướng có ý kiến như sau:',
      '',
      'Giao Bộ Tài chính có văn bản trả lời.',
    );
    expect(tasksOf(text).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
    expect(tasksOf(officeLetter('Bộ Tài chính có văn bản gửi Văn phòng Chính phủ trước ngày 15 tháng 6 năm 2011.')).map((t) => t.assignees)).toEqual([['Bộ Tài chính']]);
  });
});
