// Which of the deadlines inside a duty's span becomes its deadline.
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';

const letter = (duty: string) =>
  ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 1234/UBND-KT', 'Lào Cai, ngày 04 tháng 3 năm 2020', 'V/v tháo gỡ khó khăn', '', 'Kính gửi: Các sở, ban, ngành.', '', duty, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'].join('\n');

const deadlineOf = (duty: string) => {
  const [task] = extractDirective(letter(duty)).tasks;
  return task?.deadline ? { date: task.deadline.date, recurrence: task.deadline.recurrence } : null;
};

describe('a duty with several deadline phrases', () => {
  it('a recurring one with its day wins over one without, wherever it stands', () => {
    const duty =
      'Đề nghị các sở chủ động xử lý những vướng mắc phát sinh, định kỳ hàng thang báo cáo tình hình thực hiện, đề xuất giải pháp, gửi Sở Kế\nhoạch và Đầu tư và Văn phòng Ủy ban nhân dân tỉnh trước ngày 20 hàng tháng để tổng hợp.';
    expect(deadlineOf(duty)).toEqual({ date: '2020-03-20', recurrence: 'monthly' });
  });
  it('a one-off date wins over a recurring one', () => {
    const duty = 'Đề nghị các sở báo cáo định kỳ hằng tháng; riêng báo cáo đầu tiên gửi trước ngày 15/4/2020.';
    expect(deadlineOf(duty)).toEqual({ date: '2020-04-15', recurrence: null });
  });
});
