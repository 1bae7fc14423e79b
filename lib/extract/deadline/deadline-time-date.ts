import { B, BEFORE, DATE, DAY, DAY_PART, G, G0, TIME, WEEKDAY } from './patterns';
import { readDateSlot, readTime, resolveDayMonth } from './read-date';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "trước 16 giờ 00 ngày 23/9/2026"              → 2026-09-23, 16:00
// "trước 15h00 ngày 14 tháng 10 năm 2025"       → 2025-10-14, 15:00
// "trước 16h00 ngày 23/9", "chậm nhất 17 giờ ngày 30/9/2025", "trước 14h, ngày 10/10/2025"
// "trước 9 giờ 30 phút sáng ngày 05/10/2025", "trước 3 giờ chiều ngày 6/10/2025" (15:00)
// "trước 17h00 thứ Sáu, ngày 16/01/2026" (the weekday between the time and the date)
const CUE = `${BEFORE}|cham${G}nhat(?:${G}(?:la|vao))?|muon${G}nhat|han${G}chot|thoi${G}han|trong|den`;
const PATTERN = new RegExp(`${B}(?:${CUE})${G}${TIME}${DAY_PART}[\\s,|]{1,4}(?:${WEEKDAY}[\\s,|]{1,4})?(?:(${DAY})${G0})?(${DATE})`, 'g');
const T = 1;
const HOUR = 2;
const MINUTE = 3;
const PART = 4;
const DAY_WORD = 5;
const SLOT = 6;

export const timeDate: DeadlineRule = {
  name: 'deadline-time-date',
  pattern: PATTERN,
  starts: ['truoc ', 'ruoc ', 'cham ', 'muon ', 'han ', 'thoi ', 'trong ', 'den '], // whole words: "hạn", not "hàng", "hành"
  needs: ['#'],
  extract(m, env) {
    if (m[T] === '' && !m[DAY_WORD]) return null; // OCR "rước" needs "ngày"
    const time = readTime(m[HOUR], m[MINUTE], m[PART]);
    const dm = readDateSlot(m[SLOT]!);
    if (!time || !dm) return null;
    const resolved = resolveDayMonth(dm, env);
    if (!resolved) return null;
    return candidateOf(m, this.name, { ...resolved, time, kind: 'date', yearless: dm.year === null });
  },
};
