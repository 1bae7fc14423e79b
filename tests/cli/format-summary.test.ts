// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, formatDeadline, formatSummary } from '../../lib/cli/format-summary';
import { SAMPLE_EXTRACTION } from './sample-extraction';

describe('formatDate', () => {
  it.each([
    ['2025-10-15', '15/10/2025'],
    ['2024-03', 'tháng 03/2024'],
  ])('%s → %s', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});

describe('formatSummary', () => {
  const summary = formatSummary(SAMPLE_EXTRACTION);
  const lines = summary.split('\n');

  it.each([
    'Văn bản',
    '  Loại:             Công văn',
    '  Số:               1008-CV/BTGTU',
    '  Ngày:             22/12/2021',
    '  Cơ quan ban hành: Ban Tuyên giáo Tỉnh ủy Lạng Sơn',
    '  Trích yếu:        Tuyên truyền thực hiện Nghị quyết số 49-NQ/TU',
    '  Người ký:         Phùng Quang Hội (K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN)',
    'Văn bản được dẫn (2)',
    '  1. Nghị quyết số 49-NQ/TU ngày 28/09/2021 của Ban Thường vụ Tỉnh ủy',
    '  2. Văn bản số 30/2020/NĐ-CP',
    'Việc cần làm (4)',
    '  1. Tham mưu tuyên truyền Nghị quyết',
    '     Chủ trì: Trung tâm chính trị các huyện; Ban tuyên giáo huyện ủy',
    '     Phối hợp: Các cơ quan liên quan',
    '     Thời hạn: "trước 15h00 ngày 30/4" → 30/04/2024 lúc 15:00 (suy ra); cũng có thể: 15/05/2024',
    '  2. Báo cáo kết quả về Ban Tuyên giáo định kỳ hằng tháng.',
    '     Thời hạn: "định kỳ hằng tháng" → 31/01/2022, lặp lại hằng tháng',
    '     Thời hạn: "thường xuyên" (không có ngày cụ thể)',
    '     Thời hạn: không nêu',
  ])('prints %j', (line) => {
    expect(lines).toContain(line);
  });

  it('marks only implied dates "(suy ra)"', () => {
    expect(summary.match(/\(suy ra\)/g)).toHaveLength(1);
  });

  it('says so when nothing was found', () => {
    const empty = formatSummary({ ...SAMPLE_EXTRACTION, document: { ...SAMPLE_EXTRACTION.document, number: null, signer: null }, citations: [], tasks: [] });
    expect(empty).toContain('  Số:               (không rõ)');
    expect(empty).toContain('Văn bản được dẫn: không có');
    expect(empty).toContain('Việc cần làm: không có');
  });
});

describe('formatDeadline', () => {
  it('keeps a stated date unmarked', () => {
    const deadline = { date: '2025-10-15', time: null, text: 'trước ngày 15/10/2025', recurrence: null, stated: true, kind: 'date' as const, span: [0, 21] as [number, number] };
    expect(formatDeadline(deadline)).toBe('"trước ngày 15/10/2025" → 15/10/2025');
  });
});
