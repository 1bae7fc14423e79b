import { B, DATE, DAY, DAY_PART, G, G0, TIME, WEEKDAY } from './patterns';
import { readDateSlot, readTime, resolveDayMonth } from './read-date';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// The day a duty is carried out on, a milestone rather than a time limit (LABELS.md: milestones list
// null in `also`); the reminder still wants it:
// "triển khai tổng vệ sinh vào lúc 16h00 ngày thứ Sáu 20/4/2018" → 2018-04-20, 16:00, also null
// "tổ chức đoàn đi kiểm tra vào ngày 09/10/2023"                → 2023-10-09, also null
// a day already past is narration ("vào ngày 04/10/2024, Bộ đã tổ chức …": dropped as past, soft)
const PATTERN = new RegExp(
  `${B}vao${G}(?:(?:luc|hoi)${G}${TIME}${DAY_PART}[\\s,|]{1,4})?${DAY}(?:${G}${WEEKDAY})?${G0},?${G0}(${DATE})`,
  'g',
);
const HOUR = 1;
const MINUTE = 2;
const PART = 3;
const SLOT = 4;

export const eventDay: DeadlineRule = {
  name: 'deadline-event-day',
  pattern: PATTERN,
  starts: ['vao '],
  needs: ['#'],
  extract(m, env) {
    const dm = readDateSlot(m[SLOT]!);
    if (!dm) return null;
    const resolved = resolveDayMonth(dm, env);
    if (!resolved) return null;
    const time = m[HOUR] !== undefined ? readTime(m[HOUR], m[MINUTE], m[PART]) : null;
    if (m[HOUR] !== undefined && !time) return null;
    return candidateOf(m, this.name, { ...resolved, ...(time ? { time } : {}), kind: 'date', soft: true, yearless: dm.year === null, also: [null] });
  },
};
