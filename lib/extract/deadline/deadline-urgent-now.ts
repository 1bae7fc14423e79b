import { B, E } from './patterns';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "báo cáo ngay", "Thực hiện ngay việc cắt giảm", "xử lý ngay các vi phạm"   → urgent
// not "ngay sau những ngày mưa" (right after); only the standalone adverb "ngay" as written (never "ngày"), and not "ngay cả", "ngay tại", "ngay từ đầu",
// nor an OCR "ngày" that lost its accent ("hang ngay", "trong ngay 10/10", "ngay lam viec")
const PATTERN = new RegExp(`${B}ngay${E}`, 'g');

/** Folded words after "ngay" that make it a place or time adverb, or an OCR'd "ngày …". */
const NOT_AFTER = /^[\s|]{1,4}(?:ca|tai|tu|canh|ben|giua|thang|sau|chinh|o|duoi|tren|sat|truoc|dau|lam viec|nay|mai|hom|ky|le|nhan|thanh lap|ban hanh|dem|cong|dang|hoi|quoc|nghi|thu|mong|mung|cuoi|dau|hien|hang|co(?![\s|]{1,4}so)|\d)(?![\p{L}])/u;
/** Folded words before "ngay" that make it a "ngày" with its accent lost. */
const NOT_BEFORE = /(?:^|[^\p{L}])(?:hang|trong|moi|cac|tung|nhung|mot|hai|ba|vao|den|tu|truoc|sau|ke|han|cua|la|so|nhieu|cung|theo|tinh|tai|lam|muoi|nua|cho|\d)[\s|]{1,4}$/u;

export const urgentNow: DeadlineRule = {
  name: 'deadline-urgent-now',
  pattern: PATTERN,
  starts: ['ngay'],
  extract(m, env) {
    if (env.text.slice(m.index, m.index + 4).toLowerCase() !== 'ngay') return null;
    const after = env.folded.slice(m.index + 4, m.index + 24);
    if (NOT_AFTER.test(after) || /^[\s|]{0,4}[\d/]/.test(after)) return null;
    if (NOT_BEFORE.test(env.folded.slice(Math.max(0, m.index - 16), m.index))) return null;
    if (m.index > 0 && /[\p{L}\d]/u.test(env.folded[m.index - 1] ?? '')) return null;
    return candidateOf(m, this.name, { date: null, stated: true, kind: 'urgent' });
  },
};
