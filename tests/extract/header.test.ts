import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';
import { foldText } from '../../lib/extract/fold';
import { findDateLine, findSignatureTime, resolveIssueDate, type SignatureTime } from '../../lib/extract/header/issue-date';
import { readHeader } from '../../lib/extract/header';
import { findOwnNumber } from '../../lib/extract/header/own-number';
import { splitLines } from '../../lib/extract/segment/lines';
import { findZones } from '../../lib/extract/segment/zones';

const header = (lines: string[]): string => lines.join('\n');

describe('own number', () => {
  it.each([
    ['State', 'Số: 9533/VPCP-CN Hà Nội, ngày 04 tháng 10 năm 2025', '9533/VPCP-CN'],
    ['Party, spaced hyphen', 'Số 1008 - CV/BTGTU', '1008-CV/BTGTU'],
    ['blank number', 'Số: /VP-KGVX', '/VP-KGVX'],
    ['blank number, room left for it', 'Số:          /UBND-KT', '/UBND-KT'],
    ['blank Party number', 'Số         -CTr/TU', '-CTr/TU'],
    ['normative', 'Số: 30/2020/NĐ-CP', '30/2020/NĐ-CP'],
    ['OCR space before slash', 'Số:136 /CD-TTg Hà Nội, ngày 12 tháng 10 năm 2025', '136/CD-TTg'],
    ['OCR "Số:" as "$6:"', '$6:990/TB-TCT Hà Noi, ngay 14 thang 10 năm 2024', '990/TB-TCT'],
    ['indented', '      Số: 7103 /UBND-TH', '7103/UBND-TH'],
    ['bare on the date line', '37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025', '37/TB-VPCP'],
    ['trailing dot', '864305 /TCT-KK. Hà Nội, ngày 11 tháng 4 năm 2022', '864305/TCT-KK'],
    ['inside a line where the two header columns merged', 'TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc 864305 /TCT-KK. Hà Nội, ngày 11 tháng 4 năm 2022', '864305/TCT-KK'],
    ['OCR lost the "/" and a letter: as printed', 'Số: 4451 CT-KK Hà Nội, ngày 12 tháng 4 năm 2016.', '4451CT-KK'],
    ['OCR spaced the digits out', 'Số:8 5 2 0/BCT-KHCN Hà Nội, ngày 30 tháng 12 năm 2021', '8520/BCT-KHCN'],
    ['room left before the slash', 'Số: 64            /2024/QĐ-UBND', '64/2024/QĐ-UBND'],
    ['OCR split the running number once', 'Số: 3 70 /TCHQ-TXNK Hà Nội, ngày 28 tháng 01 năm 2022', '370/TCHQ-TXNK'],
    ['a dotted number of a numbered series', 'Số: 66.25/2026/NQ-CP Hà Nội, ngày 04 tháng 9 năm 2026', '66.25/2026/NQ-CP'],
  ])('%s: %s', (_n, line, expected) => {
    expect(findOwnNumber(splitLines(`ỦY BAN NHÂN DÂN\n${line}`), 2)?.number).toBe(expected);
  });

  it.each([
    ['digits glued to debris', 'Số: #205 /TCT-DNNCN'],
    ['letters where digits should be', 'Số: AO5f /CT-TTHT'],
  ])('illegible number is null: %s', (_n, line) => {
    const found = findOwnNumber(splitLines(line), 1);
    expect(found).not.toBeNull();
    expect(found!.number).toBeNull();
  });

  it('does not take a number cited in the subject for its own', () => {
    expect(findOwnNumber(splitLines('UBND TỈNH\nV/v thực hiện Công văn số 1234/UBND-VX ngày 05 tháng 3 năm 2024'), 2)).toBeNull();
  });

  it('does not take the law a wrapped subject names ("số 954/2020/UBTVQH14") for its own', () => {
    expect(findOwnNumber(splitLines('TONG CUC THUE\nV/v tổ chức triển khai Nghị quyết\nsố 954/2020/UBTVQH14'), 3)).toBeNull();
  });

  it('ignores a period such as "2020 - 2025" and addresses', () => {
    expect(findOwnNumber(splitLines('Số 18 Láng Hạ, Hà Nội\nnhiệm kỳ 2020 - 2025'), 2)).toBeNull();
  });
});

describe('issue date', () => {
  const line = (s: string) => findDateLine(s, 0, s.length);
  const own = (date: string): SignatureTime => ({ date, portal: false });
  const portal = (date: string): SignatureTime => ({ date, portal: true });
  it.each([
    ['full date', 'Hà Nội, ngày 05 tháng 10 năm 2025', null, null, '2025-10-05'],
    ['blank day', 'Lạng Sơn, ngày tháng 3 năm 2024', null, null, '2024-03'],
    ['all blank', 'Lai Châu, ngày tháng năm 2025', null, null, null],
    ['blank day, OCR glued "ngày" to "tháng" and lost its "t"', 'Ha Nội, ngàyháng 3 năm 2020', null, null, '2020-03'],
    ['OCR month 40 for 10', 'Hà Nội, ngày03 tháng 40 năm 2025', portal('2025-10-03'), null, '2025-10-03'],
    ['OCR day 44 for 14, own signature next day', 'Hà Noi, ngày 44 thang 11 năm 2022', own('2022-11-15'), null, '2022-11-14'],
    ['garbled day, own signature gives it', 'Hà Nội, ngày ñ| tháng 42 năm 2022', own('2022-12-02'), null, '2022-12-02'],
    ['OCR "ndm" for "năm" glued to the month', 'Hà Nội, ngày OF tháng 40ndm 2025', portal('2025-10-09'), null, '2025-10'],
    ['garbled day, portal stamp does not', 'Hà Nội, ngày OTftháng10 năm 2025', portal('2025-10-10'), null, '2025-10'],
    ['wrong month, own signature repairs it', 'Hà Noi, ngayl4thing 4 ăm 2024', own('2024-10-16'), null, '2024-10-14'],
    ['year before a cited document', 'Hà Nội, ngày 10 thắng 10 năm 2023', portal('2025-10-10'), '2025-09-25', '2025-10-10'],
    ['blank month, own signature', 'Hai Phong, ngày 05 tháng năm 2020', own('2020-05-05'), null, '2020-05-05'],
    ['written with figures after the place', 'Lạng Sơn, ngày 05/01/2026', null, null, '2026-01-05'],
    ['OCR "1Í" for 11', 'Hà Nội, ngày 1Í tháng 10 năm 2025', null, null, '2025-10-11'],
    ['OCR put a parenthesis after "ngày", the day illegible', 'Hà Nội, ngày) § tháng 01 năm 2022', null, null, '2022-01'],
    ['OCR "3Ø" for 30', 'Hà Noi, ngày 3Ø tháng 12 năm 2014', null, null, '2014-12-30'],
    ['italics closed and reopened inside', '| Số: 13/CT-TTg | *Hà Nội, ngày 02 tháng* *5 năm 2024* |', null, null, '2024-05-02'],
    ['a form\'s wide room before the month', 'Lào Cai, ngày 23 tháng               7    năm 2026', null, null, '2026-07-23'],
    ['written with figures and dots', 'Số: 12/STC-NS\nTP. Hồ Chí Minh, ngày 5.1.2026', null, null, '2026-01-05'],
    ['a cited date is no date line', 'Căn cứ Công văn số 12/BTC ngày 05/01/2026', null, null, null],
    ['written with figures after the text\'s own number', 'Số: 9533/VPCP-CN Hà Nội, ngày 04/10/2025', null, null, '2025-10-04'],
    ['written with figures after a number spaced by OCR', 'số: 4222 /TCT -PC Hà Nội. ngày 09-11-2023', null, null, '2023-11-09'],
    ['written with figures after a Party number and a wide gap', '     Số 104 -CTr/TU                  Lào Cai, ngày 30.8.2026', null, null, '2026-08-30'],
    ['written with figures in a table cell, in italics', '| Số: 467/TB-VPCP | *Hà Nội, ngày 14/10/2024 * |', null, null, '2024-10-14'],
    ['written with figures, before a date in words in the body', 'Số:\n299/TTg Hà Nội, ngày 10/11/1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định', null, null, '1980-11-10'],
    ['a title naming an older text with its date', 'NGHỊ QUYẾT\nSỬA ĐỔI MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 02/2014/NQ-HĐND NGÀY 08 THÁNG 7 NĂM\n2014 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH', null, null, null],
    ['a licence\'s first issue before this one', 'CHẤP THUẬN NHÀ ĐẦU TƯ\n(cấp lần đầu: ngày 31 tháng 7 năm 2020)\n(điều chỉnh lần thứ 03: ngày 10 tháng 9 năm 2026)', null, null, '2026-09-10'],
  ])('%s', (_n, text, sig, latest, expected) => {
    expect(resolveIssueDate(line(text), sig, latest, null)).toBe(expected);
  });

  it('finds a draft\'s date line whose room for the day and month was left wide: its place and year, no date', () => {
    const draft = 'ỦY BAN NHÂN DÂN                                  TỈNH LÀO CAI\nSố:           /KH-UBND                  Lào Cai, ngày       tháng      năm 2026\n\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 11-CT/TU';
    const found = line(draft);
    expect(found && [found.day, found.month, found.year]).toEqual(['blank', 'blank', 2026]);
    const lines = splitLines(draft);
    const header = readHeader(draft, lines, findZones(lines), null);
    expect([header.document.date, header.document.place, header.year]).toEqual([null, 'Lào Cai', 2026]);
  });

  it('takes the issuer\'s own signature time when there is no date line, not the portal\'s', () => {
    expect(resolveIssueDate(null, own('2024-05-02'), null, null)).toBe('2024-05-02');
    expect(resolveIssueDate(null, portal('2024-05-02'), null, null)).toBeNull();
  });

  it('reads the signature time with its words broken over lines ("Thời gian\\nký: …")', () => {
    expect(findSignatureTime(foldText('Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nCHINHPHU.VNThời gian\nký: 10.10.2025 16:43:37 +07:00'))).toEqual({ date: '2025-10-10', portal: true });
  });

  it('reads the issuer\'s signature time with its first letter lost to OCR', () => {
    const text = 'ý bởi: Bộ Công Thương\nCơ quan: Bộ Công Thương\nhời gian ký: 02.04.2026 14:24:26 +07:00\nBỘ CÔNG THƯƠNG\nSố: 2265/BCT-ATMT\nHà Nội, ngày0) thángh năm 2026\nV/v triển khai Thông tư\n\nKính gửi: Ủy ban nhân dân các tỉnh\n\nĐề nghị Ủy ban nhân dân các tỉnh hướng dẫn thực hiện.\n\nNơi nhận:\n- Như trên;';
    expect(extractDirective(text).document.date).toBe('2026-04-02');
  });

  it('takes a blank-day repeat of the month (appendix header)', () => {
    expect(resolveIssueDate(line('ngày tháng năm 2025'), null, null, 9)).toBe('2025-09');
  });
});

describe('document header through extractDirective', () => {
  const doc = header([
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH LẠNG SƠN Độc lập - Tự do - Hạnh phúc',
    'Số: 45/UBND-KT Lạng Sơn, ngày 05 tháng 01 năm 2026',
    'V/v triển khai kế hoạch',
    'chuyển đổi số năm 2026',
    '',
    'Kính gửi:',
    '- Sở Tài chính;',
    '- UBND các huyện, thành phố.',
    '',
    'Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2026 của UBND tỉnh, Chủ tịch UBND tỉnh có ý kiến như sau:',
    '',
    '1. Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu, báo cáo UBND tỉnh trước ngày 20/01/2026.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, KT.',
    '',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    '',
    'Nguyễn Văn An',
  ]);
  const out = extractDirective(doc);
  it('reads number, date, type, subject, recipients and signer', () => {
    expect(out.document).toMatchObject({
      number: '45/UBND-KT',
      date: '2026-01-05',
      kind: 'Công văn',
      subject: 'triển khai kế hoạch chuyển đổi số năm 2026',
      recipients: ['Sở Tài chính', 'UBND các huyện, thành phố'],
      signer: 'Nguyễn Văn An',
      system: 'state',
    });
    expect(out.document.signerTitle[0]).toMatch(/^KT\. CHỦ TỊCH/);
    expect(out.document.authority).toBe('KT');
  });
  it('does not cite its own number', () => {
    expect(out.citations.map((c) => c.number)).toEqual(['12/KH-UBND']);
  });
});

describe('header laid out as a table copied from a web page', () => {
  const articles = [
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ.',
    'Điều 2. Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các sở, ngành hướng dẫn thực hiện.',
  ];
  it('cells alone on their lines, split by a lone "|": number under "Số:", wrapped motto, subject in capitals', () => {
    const doc = extractDirective(header([
      'ỦY BAN NHÂN DÂN', 'TỈNH KON TUM', '-------', '|', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', '|',
      'Số:', '06/2024/QĐ-UBND', '|', 'Kon Tum, ngày 25', 'tháng 01 năm 2024', '|',
      'QUYẾT ĐỊNH', 'QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ', 'TRÊN ĐỊA BÀN TỈNH KON TUM', 'ỦY BAN NHÂN DÂN TỈNH KON TUM',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', ...articles,
      '|', 'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT.', '|', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Ngọc Sâm',
    ])).document;
    expect(doc).toMatchObject({
      number: '06/2024/QĐ-UBND',
      date: '2024-01-25',
      kind: 'Quyết định',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH KON TUM',
      subject: 'QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH KON TUM',
      signer: 'Nguyễn Ngọc Sâm',
    });
  });
  it('rows with inline "|" cells: the left column is the issuer, the signature column is read', () => {
    const doc = extractDirective(header([
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'TỈNH QUẢNG TRỊ | Độc lập - Tự do - Hạnh phúc |',
      'Số: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |',
      'QUYẾT ĐỊNH', 'BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', ...articles,
      '| TM. ỦY BAN NHÂN DÂN |', 'Nơi nhận: | KT. CHỦ TỊCH |', '- Như Điều 2; | PHÓ CHỦ TỊCH |', '- Lưu: VT. |', '| Nguyễn Văn An |',
    ])).document;
    expect(doc).toMatchObject({
      number: '41/2019/QĐ-UBND',
      date: '2019-10-22',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      subject: 'BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ',
      signer: 'Nguyễn Văn An',
      authority: 'KT',
    });
  });
  it('a Markdown table of two columns: "V/v" inside the number\'s cell, a rule under the issuer, "|" around recipients, the signature in one cell', () => {
    const doc = extractDirective([
      '| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |',
      '| --- | --- |',
      '| Số: 3479/VPCP-NN *V/v xây dựng Đề án thí điểm kinh doanh tín chỉ các - bon rừng* | *Hà Nội, ngày 26 tháng 5 năm 2021* |',
      '| Kính gửi: | - Bộ Nông nghiệp và Phát triển nông thôn; - Ủy ban nhân dân tỉnh Quảng Nam. |',
      '| --- | --- |',
      `Về đề nghị của Ủy ban nhân dân tỉnh Quảng Nam tại văn bản số 1094/TTr-UBND ngày 04 tháng 3 năm 2021, ${'ý kiến của các Bộ tại các văn bản nêu trên, '.repeat(6)}Phó Thủ tướng Chính phủ có ý kiến như sau:`,
      '1. Ủy ban nhân dân tỉnh Quảng Nam chủ trì, phối hợp với các cơ quan liên quan lập Đề án theo quy định.',
      'Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.',
      '| *Nơi nhận:* - Như trên; - TTgCP; - Lưu: VT, NN (2). Kh | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Cao Lục |',
      '| --- | --- |',
    ].join('\n')).document;
    expect(doc).toMatchObject({
      signer: 'Nguyễn Cao Lục',
      signerTitle: ['KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM'],
      authority: 'KT',
      number: '3479/VPCP-NN',
      date: '2021-05-26',
      issuer: 'VĂN PHÒNG CHÍNH PHỦ',
      subject: 'xây dựng Đề án thí điểm kinh doanh tín chỉ các - bon rừng',
      recipients: ['Bộ Nông nghiệp và Phát triển nông thôn', 'Ủy ban nhân dân tỉnh Quảng Nam'],
    });
  });
  it('an issuer name wrapped before "VÀ", and a "Kính gửi" far to the right', () => {
    const doc = extractDirective([
      'BỘ CÔNG THƯƠNG       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '   CỤC KỸ THUẬT AN TOÀN         Độc lập - Tự do - Hạnh phúc',
      'VÀ MÔI TRƯỜNG CÔNG NGHIỆP',
      '',
      '       Số: 216/ATMT-ATĐ                                   Hà Nội, ngày 30 tháng 01 năm 2026',
      'V/v hướng dẫn thực hiện hoạt động nạo vét',
      '',
      '                                   Kính gửi: Sở Công Thương tỉnh Lào Cai',
      '',
      'Đề nghị Sở Công Thương tỉnh Lào Cai hướng dẫn chủ đập thực hiện.',
    ].join('\n')).document;
    expect(doc).toMatchObject({ issuer: 'CỤC KỸ THUẬT AN TOÀN VÀ MÔI TRƯỜNG CÔNG NGHIỆP', recipients: ['Sở Công Thương tỉnh Lào Cai'], number: '216/ATMT-ATĐ', date: '2026-01-30' });
  });
  it('a date line a web page ran into the next line\'s words ("… năm 2014 Kính gửi: …")', () => {
    const text = header([
      'BỘ Y TẾ -------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
      'Số: 384/BYT-KCB V/v cấp chứng chỉ hành nghề khám bệnh, chữa bệnh',
      'Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh Trong thời gian qua, Ủy ban nhân dân tỉnh đã khẩn trương chỉ đạo Sở Y tế.',
      'Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo thực hiện một số nội dung sau:',
      '1. Đầu tư, nâng cấp cơ sở hạ tầng, trang thiết bị y tế.',
      'Nơi nhận:',
      '- Như trên;',
    ]);
    expect(extractDirective(text).document).toMatchObject({ number: '384/BYT-KCB', date: '2014-01-27' });
  });
  it.each(['ngày 27 tháng 01 năm 2021', 'ngày 27/01/2021'])('… and "Kính gửi:" closing that line ("%s"), its recipients on the lines below', (date) => {
    const text = header([
      'BỘ Y TẾ --------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------------',
      'Số: 627/BYT-BH V/v hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT',
      `Hà Nội, ${date} Kính gửi:`,
      '- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;',
      '- Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành.',
      'Bộ Y tế đề nghị các đơn vị rà soát, báo cáo trước ngày 15/02/2021.',
      'Nơi nhận:',
      '- Như trên;',
    ]);
    expect(extractDirective(text).document).toMatchObject({
      number: '627/BYT-BH',
      date: '2021-01-27',
      recipients: ['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương', 'Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành'],
    });
  });
  it('the short name given to the recipients under their block is who a duty with no subject falls to, too', () => {
    const text = header([
      'BẢO HIỂM XÃ HỘI VIỆT NAM',
      'Số: 296/BHXH-CSYT',
      'Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:',
      '- Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương;',
      '- Bảo hiểm xã hội Bộ Quốc phòng.',
      '(Sau đây viết tắt là BHXH các tỉnh) Bảo hiểm xã hội Việt Nam đề nghị BHXH các tỉnh rà soát số giường bệnh.',
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo Bảo hiểm xã hội Việt Nam để xem xét.',
      'Nơi nhận:',
      '- Như trên;',
    ]);
    const report = extractDirective(text).tasks.find((t) => t.tags.includes('report-conditional'));
    expect(report?.assignees).toContain('BHXH các tỉnh');
  });

  it('a "Về …" paragraph too long for a subject opens the body', () => {
    const opening = `Về đề nghị của Ủy ban nhân dân tỉnh tại văn bản số 1094/TTr-UBND ngày 04 tháng 3 năm 2021, ${'ý kiến của các Bộ tại các văn bản nêu trên, '.repeat(8)}Phó Thủ tướng có ý kiến như sau:`;
    const doc = extractDirective(header(['VĂN PHÒNG CHÍNH PHỦ', 'Số: 3479/VPCP-NN', 'Hà Nội, ngày 26 tháng 5 năm 2021', opening, '1. Bộ Tài chính chủ trì thẩm định.'])).document;
    expect(doc.subject).toBeNull();
  });
  it('the subject under the title ends where the body opens, blank line or not', () => {
    const doc = extractDirective(header([
      'VĂN PHÒNG CHÍNH PHỦ', 'Số: 512/TB-VPCP', 'Hà Nội, ngày 18 tháng 11 năm 2025', 'THÔNG BÁO',
      'Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về các dự án điện gió ngoài khơi',
      'Ngày 12 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp và kết luận như sau:',
      '1. Bộ Công Thương khẩn trương hoàn thiện hồ sơ, trình Chính phủ trước ngày 30 tháng 11 năm 2025.',
    ])).document;
    expect(doc.subject).toBe('Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về các dự án điện gió ngoài khơi');
  });
  it('"CHƯƠNG TRÌNH HÀNH ĐỘNG" is a Chương trình', () => {
    const doc = extractDirective(header(['TỈNH ỦY LÀO CAI', 'Số 104-CTr/TU', 'Lào Cai, ngày 30 tháng 8 năm 2026', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'thực hiện Kết luận số 75-KL/TW của Bộ Chính trị', ...articles])).document;
    expect(doc.kind).toBe('Chương trình');
  });
  it('"QUYẾT ĐỊNH:" before the articles is not read as a title with a subject under it', () => {
    const doc = extractDirective(header(['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'Số: 41/2019/QĐ-UBND', 'Quảng Trị, ngày 22 tháng 10 năm 2019', 'QUYẾT ĐỊNH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', ...articles])).document;
    expect(doc.subject).toBeNull();
  });
});

describe('"V/v" subject when PDF text reads the left column before the right one', () => {
  const body = ['', 'Kính gửi: Cục Thuế các tỉnh, thành phố.', '', 'Tổng cục Thuế đề nghị Cục Thuế các tỉnh báo cáo kết quả trước ngày 31/12/2022.'];
  it.each([
    ['the place and date line', ['TỔNG CỤC THUẾ', 'Số: 4489/TCT-TTKT', 'V/v tăng cường quản lý thuế', 'đối với thương mại điện tử', 'Hà Nội, ngày 08 tháng 12 năm 2022']],
    ['the national title in capitals', ['SỞ Y TẾ', 'Số: 12/SYT-NVY', 'V/v tăng cường quản lý thuế', 'đối với thương mại điện tử', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nghệ An, ngày 08 tháng 12 năm 2022']],
    ['the motto', ['SỞ Y TẾ', 'Số: 12/SYT-NVY', 'V/v tăng cường quản lý thuế', 'đối với thương mại điện tử', 'Độc lập - Tự do - Hạnh phúc', 'Nghệ An, ngày 08 tháng 12 năm 2022']],
  ])('ends before %s', (_name, head) => {
    expect(extractDirective([...head, ...body].join('\n')).document.subject).toBe('tăng cường quản lý thuế đối với thương mại điện tử');
  });
  it('goes on over cited numbers and their dates', () => {
    const head = ['BAN THƯỜNG VỤ HUYỆN ỦY', 'Số 12-CV/HU', 'V/v thực hiện Hướng dẫn số', '07-HD/TU, ngày 29/02/2024', 'của Ban Thường vụ Tỉnh ủy', 'Nghị định số', '91/2022/NĐ-CP.', 'Lục Ngạn, ngày 08 tháng 3 năm 2024'];
    expect(extractDirective([...head, ...body].join('\n')).document.subject).toBe('thực hiện Hướng dẫn số 07-HD/TU, ngày 29/02/2024 của Ban Thường vụ Tỉnh ủy Nghị định số 91/2022/NĐ-CP');
  });
});

describe('signature block', () => {
  const withSignature = (block: string[]) =>
    ['Số: 12/UBND-VX Hà Nội, ngày 05 tháng 01 năm 2026', 'V/v triển khai', 'Kính gửi: Sở Y tế.', '', 'Giao Sở Y tế chủ trì thực hiện.', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...block].join('\n');
  it.each([
    [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Văn Bình'], 'TM', 'Trần Văn Bình'],
    [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Thị Hoa'], 'KT', 'Lê Thị Hoa'],
    [['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Phạm Minh Đức'], 'TL', 'Phạm Minh Đức'],
    [['TUQ. BỘ TRƯỞNG', 'CỤC TRƯỞNG', 'Nguyễn Hữu Nam'], 'TUQ', 'Nguyễn Hữu Nam'],
    [['Q. GIÁM ĐỐC', 'Đỗ Văn Tâm'], 'Q', 'Đỗ Văn Tâm'],
    [['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Hữu Long'], 'TM', 'Nguyễn Hữu Long'],
    [['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Hoàng Văn Sơn'], 'KT', 'Hoàng Văn Sơn'],
  ])('%j', (block, authority, signer) => {
    const doc = extractDirective(withSignature(block)).document;
    expect(doc.authority).toBe(authority);
    expect(doc.signer).toBe(signer);
  });
});

describe('a council resolution whose header table was lost in conversion', () => {
  const resolution = (closing: string, appendix: string) =>
    [
      'NGHỊ QUYẾT',
      'VỀ KẾT QUẢ GIÁM SÁT TÌNH HÌNH SỬ DỤNG ĐẤT CỦA CÁC DỰ ÁN ĐẦU TƯ',
      'HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ',
      'KHÓA VII, KỲ HỌP THỨ 4',
      'Căn cứ Nghị quyết số 21/NQ-HĐND ngày 09 tháng 12 năm 2016 của Hội đồng nhân dân tỉnh về chương trình giám sát năm 2017;',
      'QUYẾT NGHỊ:',
      'Điều 1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.',
      closing,
      '',
      'DANH MỤC DỰ ÁN',
      appendix,
    ].join('\n');

  it('is dated the day it was passed, and numbered as its appendix names it', () => {
    const out = extractDirective(
      resolution(
        'Nghị quyết này đã được Hội đồng nhân dân tỉnh Thừa Thiên Huế khóa VII, kỳ họp thứ 4 thông qua ngày 14 tháng 7 năm 2017./.',
        '(Ban hành kèm theo Nghị quyết số 08/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh)',
      ),
    );
    expect(out.document.date).toBe('2017-07-14');
    expect(out.document.number).toBe('08/NQ-HĐND');
    expect(out.citations.map((c) => c.number)).toEqual(['21/NQ-HĐND']);
  });

  it('is dated the day it was passed with "thông\nqua" broken over lines', () => {
    const out = extractDirective(resolution('Nghị quyết này đã được Hội đồng nhân dân tỉnh Thừa Thiên Huế khóa VII, kỳ họp thứ 4 thông\nqua ngày 14 tháng 7 năm 2017./.', ''));
    expect(out.document.date).toBe('2017-07-14');
  });

  it('is dated the day it was passed, or took effect, written with figures', () => {
    expect(extractDirective(resolution('Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa VII, kỳ họp thứ 4 thông qua ngày 14/7/2017./.', '')).document.date).toBe('2017-07-14');
    expect(extractDirective(resolution('Nghị quyết này có hiệu lực thi hành kể từ ngày 14-7-2017.', '')).document.date).toBe('2017-07-14');
    // When a law it cites takes effect is not its date.
    expect(extractDirective(resolution('Luật Quản lý thuế có hiệu lực thi hành từ ngày 01/7/2016.', '')).document.date).toBeNull();
  });

  it('an appendix attached to another text, or of another date, gives no number', () => {
    const passed = 'Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa VII, kỳ họp thứ 4 thông qua ngày 14 tháng 7 năm 2017./.';
    const other = extractDirective(resolution(passed, '(Kèm theo Nghị quyết số 05/NQ-HĐND ngày 10 tháng 4 năm 2017 của Hội đồng nhân dân tỉnh)'));
    expect(other.document.number).toBeNull();
    expect(other.citations.map((c) => c.number)).toContain('05/NQ-HĐND');
    const cited = extractDirective(resolution(passed, 'Thực hiện theo Nghị quyết số 08/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh.'));
    expect(cited.document.number).toBeNull();
  });
});

describe('a Government resolution a crawl left without its header table and its date', () => {
  const resolution = (body: string, appendix: string) =>
    ['**NGHỊ QUYẾT**', '', 'VỀ PHÁT ĐỘNG PHONG TRÀO BẢO VỆ MÔI TRƯỜNG', '', '**CHÍNH PHỦ**', '', '**QUYẾT NGHỊ:**', '', body, '', '*Nơi nhận:*', '- Lưu: VT.', '**TM. CHÍNH PHỦ**', '', 'DANH MỤC ĐỀ ÁN', '', appendix].join('\n');
  const body = '1. Bộ Nông nghiệp và Môi trường chủ trì hướng dẫn thực hiện phong trào.';

  it('takes its number and date from its appendix\'s own line', () => {
    const out = extractDirective(resolution(body, '*(Kèm theo\nNghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)*'));
    expect([out.document.number, out.document.date]).toEqual(['394/NQ-CP', '2025-12-03']);
    expect(out.citations).toEqual([]);
  });

  it('not from a text its body says a rule was issued with, nor from another kind', () => {
    const cited = extractDirective(resolution(`${body} Thực hiện Quy chế ban hành kèm theo Nghị quyết số 12/NQ-CP ngày 05 tháng 3 năm 2025.`, 'Danh mục gồm 03 đề án.'));
    expect(cited.document.number).toBeNull();
    expect(cited.citations.map((c) => c.number)).toEqual(['12/NQ-CP']);
    const other = extractDirective(resolution(body, '(Kèm theo Quyết định số 45/QĐ-TTg ngày 03 tháng 12 năm 2025 của Thủ tướng Chính phủ)'));
    expect(other.document.number).toBeNull();
  });
});

describe('an issuer named by the decision that set it up', () => {
  it('"ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT": the number on the "Số:" line is the text\'s own', () => {
    const text = [
      '   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh Phúc',
      '  THEO QUYẾT ĐỊNH',
      '   SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026',
      '',
      '     Số: 1105/KH-ĐKT',
      '',
      '                               KẾ HOẠCH',
      'Kiểm tra việc chấp hành quy định pháp luật về vật liệu nổ công nghiệp',
      '',
      'Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương, Trưởng đoàn kiểm tra lập kế hoạch như sau:',
      '1. Văn phòng Sở bố trí xe ô tô phục vụ đoàn kiểm tra.',
    ].join('\n');
    const out = extractDirective(text);
    expect(out.document.number).toBe('1105/KH-ĐKT');
    expect(out.document.date).toBe('2026-03-10');
    expect(out.citations.map((c) => c.number)).toEqual(['1050/QĐ-SCT']);
  });
});

describe('the place before the date', () => {
  it('is read on the date\'s own line, not joined to the number line above it', () => {
    const out = extractDirective(['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'Số: 45/KH-UBND', 'Lạng Sơn, ngày 05 tháng 01 năm 2026', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026', '', 'Giao Sở Nội vụ tổng hợp, báo cáo trước ngày 15/12/2026.'].join('\n'));
    expect(out.document.place).toBe('Lạng Sơn');
  });
  it.each([
    ['one blank', 'Số: 191/CĐ-TTg Hà Nội, ngày 08 tháng 10 năm 2025'],
    ['a bar', 'Số: 191/CĐ-TTg | Hà Nội, ngày 08 tháng 10 năm 2025'],
    ['two blanks', 'Số: 123/SCT-KS  Hà Nội, ngày 08 tháng 10 năm 2025'],
  ])('is not joined to the tail of the number before it on the same line (%s)', (_name, line) => {
    const out = extractDirective(['BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', line, 'V/v kiểm tra', '', 'Kính gửi: Sở Công Thương các tỉnh', '', 'Đề nghị Sở Công Thương các tỉnh báo cáo trước ngày 20/10/2025.'].join('\n'));
    expect(out.document.place).toBe('Hà Nội');
  });
});

describe('a number printed with room around it', () => {
  it('"Số:   4390     /UBND-NLN" is 4390/UBND-NLN', () => {
    const out = extractDirective(['  ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', '    TỈNH LÀO CAI                              Độc lập - Tự do - Hạnh phúc', ' Số:   4390     /UBND-NLN                  Lào Cai, ngày 27 tháng 5 năm 2026', 'V/v triển khai Nghị định số 180/2026/NĐ-CP', '', 'Giao Sở Nông nghiệp và Môi trường chủ trì triển khai.'].join('\n'));
    expect(out.document.number).toBe('4390/UBND-NLN');
  });
});

describe('numbers and dates as web pages and legal databases print them', () => {
  const body = ['', 'Kính gửi: Cục Hải quan các tỉnh, thành phố.', '', 'Đề nghị Cục Hải quan các tỉnh, thành phố hướng dẫn doanh nghiệp thực hiện.', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'];
  const documentOf = (...head: string[]) => extractDirective([...head, ...body].join('\n')).document;

  it.each([
    ['a letter after the running number', ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 908a/VPCP-KTN', 'Hà Nội, ngày 04 tháng 02 năm 2016'], '908a/VPCP-KTN'],
    ['"V/v" glued to the number', ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 2597/VPCP-NCV/v tổ chức họp mặt', 'Hà Nội, ngày 21 tháng 3 năm 2017'], '2597/VPCP-NC'],
    ['"Số:" after a shape\'s name', ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'straight connector 2Số: 1551 /UBND-VX', 'Thành phố Hồ Chí Minh, ngày 07 tháng 4 năm 2016'], '1551/UBND-VX'],
    // A header a page ran into one line: the number inside it, OCR's "Sô:", a Party number with no colon, a blank one.
    ['OCR\'s "Sô:" inside a header run into one line', ['THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Sô: 193/CĐ-TTg Hà Nội, ngày 09 tháng 10 năm 2025'], '193/CĐ-TTg'],
    ['a Party number with no colon inside a header run into one line', ['TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM Số 104 -CTr/TU Lào Cai, ngày 30 tháng 8 năm 2026'], '104-CTr/TU'],
    [
      'inside a header run into one line, not the cited number its subject wraps to the next line',
      ['ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 7432 /UBND-XD Lào Cai, ngày 21 tháng 7 năm 2026', ' V/v triển khai thực hiện Quyết định số', ' 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng'],
      '7432/UBND-XD',
    ],
    ['OCR\'s lower-case "số:" inside a header run into one line', ['BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023'], '4222/TCT-PC'],
    ['a blank number inside a header run into one line', ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: /QĐ-UBND Lai Châu, ngày tháng năm 2025'], '/QĐ-UBND'],
    [
      'not the decision that set up the issuing team, a blank line between',
      ['SỞ CÔNG THƯƠNG', 'ĐOÀN KIỂM TRA', '', 'THEO QUYẾT ĐỊNH', '', 'SỐ 1050/QĐ-SCT', '', 'Số: 1105/KH-ĐKT', 'Lào Cai, ngày 10 tháng 3 năm 2026'],
      '1105/KH-ĐKT',
    ],
  ])('%s', (_name, head, number) => {
    expect(documentOf(...head).number).toBe(number);
  });

  it('a header run into one line gives its issuer: the last body of the left column, between the motto\'s pieces', () => {
    const doc = documentOf('BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc Số: 4451/TCT-KK Hà Nội, ngày 15 tháng 4 năm 2016');
    expect([doc.issuer, doc.number, doc.date]).toEqual(['TỔNG CỤC THUẾ', '4451/TCT-KK', '2016-04-15']);
    // A page-break mark with its number is no header.
    expect(documentOf('--- PAGE 1 ---', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc').issuer).toBeNull();
  });

  it('a database title "CÔNG VĂN CỦA … SỐ … NGÀY …" gives the number and the date', () => {
    const doc = documentOf('CÔNG VĂN', '', 'CỦA TỔNG CỤC HẢI QUAN SỐ 3980/TCHQ-GSQL', 'NGÀY 13 THÁNG 9 NĂM 2001 VỀ VIỆC THỦ TỤC', 'NHẬP KHẨU GIỐNG THUỶ SẢN');
    expect([doc.number, doc.date]).toEqual(['3980/TCHQ-GSQL', '2001-09-13']);
  });

  it('a number dated on its own line: "4346/TCHQ-GSQL ngày 09/09/2021"', () => {
    const doc = documentOf('4346/TCHQ-GSQL ngày 09/09/2021');
    expect([doc.number, doc.date]).toEqual(['4346/TCHQ-GSQL', '2021-09-09']);
  });

  it('a title naming the text it amends keeps that number out', () => {
    const doc = documentOf('NGHỊ QUYẾT', 'SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 02/2014/NQ-HĐND NGÀY 08 THÁNG 7 NĂM', '2014 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG');
    expect(doc.number).toBeNull();
  });
});

describe('the issuer of a header table a web page wrapped', () => {
  const issuerOf = (...head: string[]) =>
    extractDirective([...head, 'Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố.', '', 'Yêu cầu Bảo hiểm xã hội các tỉnh, thành phố tổ chức chi trả kịp thời.'].join('\n')).document.issuer;

  it('pieces of the motto are no issuer: "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "… CHỦ NGHĨA" / "VIỆT NAM |"', () => {
    expect(issuerOf('BỘ Y TẾ |', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'VIỆT NAM |', 'Số: 4396/BYT-KH-TC |', 'Hà Nội, ngày 30 tháng 05 năm 2021 |')).toBe('BỘ Y TẾ');
    expect(issuerOf('BẢO', 'HIỂM XÃ HỘI |', 'CỘNG', 'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', 'Số: 5337/BHXH-BC |', 'Hà Nội, ngày 14 tháng 12 năm 2011 |')).toBe('BẢO HIỂM XÃ HỘI');
  });

  it('one OCR\'d word above a name that opens on its own stays out', () => {
    expect(issuerOf('TOT', 'VĂN PHÒNG CHÍNH PHỦ', 'Số: 9533/VPCP-CN', 'Hà Nội, ngày 04 tháng 10 năm 2025')).toBe('VĂN PHÒNG CHÍNH PHỦ');
  });
});

describe('a web page\'s title over the text', () => {
  it('"Công văn số 532/PGD&ĐT V/v …" on the first line is the text\'s own number, not a citation', () => {
    const out = extractDirective(['Công văn số 532/PGD&ĐT V/v tôn vinh tấm gương nhà giáo', '', 'Kính gửi: Các đơn vị trường mầm non trong huyện', '', 'Căn cứ Công văn số 1398/SGD&ĐT-GDMN ngày 02/11/2016 của Sở Giáo dục và Đào tạo, đề nghị các trường báo cáo.'].join('\n'));
    expect(out.document.number).toBe('532/PGD&ĐT');
    expect(out.citations.map((c) => c.number)).toEqual(['1398/SGD&ĐT-GDMN']);
  });

  it('a first line citing another text is no title', () => {
    const out = extractDirective(['Thực hiện Công văn số 1398/SGD&ĐT-GDMN ngày 02/11/2016 của Sở,', '', 'Kính gửi: Các đơn vị trường mầm non trong huyện', '', 'Đề nghị các trường báo cáo.'].join('\n'));
    expect(out.document.number).toBeNull();
  });
});
