// An enumeration inside a line: "(i) …; (ii) …" lists duties when its first part opens on a body or a
// topic, and details one duty otherwise.
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';

function notice(body: string): string {
  return [
    'VĂN PHÒNG CHÍNH PHỦ',
    'Số: 541/TB-VPCP',
    'Hà Nội, ngày 06 tháng 10 năm 2025',
    'THÔNG BÁO',
    'Kết luận của Phó Thủ tướng Chính phủ tại Phiên họp thứ sáu Ban Chỉ đạo',
    '',
    'Phó Thủ tướng Chính phủ kết luận như sau:',
    '',
    body,
    '',
    'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.',
    '',
    'Nơi nhận:',
    '- Lưu: VT.',
  ].join('\n');
}

const tasksOf = (text: string) =>
  extractDirective(text).tasks.map((t) => ({ assignees: t.assignees, date: t.deadline?.date ?? null, words: t.action.split(/\s+/).slice(0, 3).join(' ') }));

describe('an enumeration of duties inside a bullet', () => {
  const item =
    '1. Về các dự án dầu khí do PVN thực hiện\n\n- Dự án thượng nguồn: (i) PVN tập trung triển khai các công việc của chiến dịch khoan trong quý II năm 2026. (ii)\nPVN phối hợp cùng EVN hoàn thành đàm phán các thỏa thuận thương mại; hoàn thành trong quý IV năm 2025.\n\n- Dự án hạ nguồn: (i) Về Dự án NMĐ Ô Môn III: PVN khẩn trương hoàn thiện các thủ tục; hoàn thành trước ngày 15 tháng 10 năm 2025. (ii) Về Dự án NMĐ Ô Môn IV: Tập trung thúc đẩy các công việc liên quan để triển khai dự án.';

  it('each item is a duty with its own date, for the body it names or the one before', () => {
    expect(tasksOf(notice(item))).toEqual([
      { assignees: ['PVN'], date: '2026-06-30', words: 'tập trung triển' },
      { assignees: ['PVN'], date: '2025-12-31', words: 'phối hợp cùng' },
      { assignees: ['PVN'], date: '2025-10-15', words: 'khẩn trương hoàn' },
      { assignees: ['PVN'], date: null, words: 'Về Dự án' },
    ]);
  });

  it('an item whose sentence a line ending on ";" broke before its "(ii)" still ends there', () => {
    const broken =
      '1. Về các dự án dầu khí do PVN thực hiện\n\n- Dự án thượng nguồn: (i) PVN tập trung triển khai các công việc, bảo đảm tiến độ theo kế hoạch;\nChuẩn bị sẵn sàng cho chiến dịch khoan trong quý II năm 2026. (ii) PVN phối hợp cùng EVN hoàn thành đàm phán các thỏa thuận thương mại; hoàn thành trong quý IV năm 2025.';
    expect(tasksOf(notice(broken)).map((t) => [t.assignees, t.date, t.words])).toEqual([
      [['PVN'], '2026-06-30', 'tập trung triển'],
      [['PVN'], '2025-12-31', 'phối hợp cùng'],
    ]);
  });
});

describe('an enumeration that details one duty stays one', () => {
  const cases = [
    '1. Sở Xây dựng hướng dẫn các đơn vị kinh doanh hạ tầng thực hiện theo quy định về: (i) đấu nối giao thông các tuyến đường nhánh; (ii) về xây dựng, cải tạo công trình trong phạm vi đường bộ; (iii) quản lý hành lang an toàn đường bộ theo quy định.',
    '1. Sở Khoa học và Công nghệ chủ trì triển khai các nhiệm vụ về chuyển đổi số trong công nghiệp. Cụ thể:\n(i) Rà soát, đánh giá trình độ công nghệ của doanh nghiệp; (ii)\nTổ chức các chương trình hỗ trợ ứng dụng công nghệ cao; (iii) Phối hợp với Ban Quản lý Khu kinh tế trong chuyển đổi KCN.',
    '1. Bộ Xây dựng chủ trì rà soát lại dự thảo Đề án, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 10 năm 2025; trong đó lưu ý: (i) các nhiệm vụ, giải pháp phải bảo đảm yêu cầu rõ người, rõ việc; (ii) rà soát, đánh giá kỹ tác động về chi phí thực hiện Đề án.',
  ];
  for (const body of cases) {
    it(body.slice(3, 40), () => {
      expect(tasksOf(notice(body))).toHaveLength(1);
    });
  }

  it('an enumeration in a statement of fact hands out nothing', () => {
    const body =
      '1. Tình hình thị trường\n\nThời gian qua thị trường còn một số tồn tại: (i) Một số đối tượng lợi dụng nhiễu loạn thông tin thị trường nhằm trục lợi; (ii) Thông tin về nhà ở chưa đầy đủ, kịp thời.\n\n2. Bộ Xây dựng chủ trì rà soát các quy định về nhà ở.';
    expect(tasksOf(notice(body)).map((t) => t.assignees)).toEqual([['Bộ Xây dựng']]);
  });
});
