import { B, BEFORE, DATE, DAY, G, G0 } from './patterns';
import { readDateSlot, resolveDayMonth } from './read-date';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "trước ngày 20/12/2024"           → 2024-12-20 (officials read "trước ngày D" as "by D")
// "trước ngày 15/12"                → the document year, or the next one if 15/12 is already past
// "trước 15/12", "trước 15-12"      → "ngày" left out
// "xong trước ngày …", "hoàn thành trước ngày …" (the verb stays outside the phrase)
// "trước hoặc trong ngày 30/6"
// "trước thứ Sáu, ngày 09/01/2026", "trước Chủ nhật ngày 11/01" (the weekday named before the date)
// "xong trước ngày Quốc khánh 02/9/2025"                → 2025-09-02
// "trước thời điểm 31/3/2026"                           → 2026-03-31
// OCR: "rước ngày 10 tháng 10 năm 2025" (lost "t": then "ngày" is required),
//      "trước hgày 30/10/2024", "trước ngày| 15/10/2024", "trước ngày 25\ntháng 10 năm 2025"
const WEEKDAY = `(?:thu${G}(?:hai|ba|tu|nam|sau|bay|[2-7])|chu${G}nhat)${G0},?`;
// "trước ngày Quốc khánh 02/9/2025": the holiday named before its date ("trước ngày lễ …" is the
// eve of the holiday, deadline-holiday-eve.ts).
const HOLIDAY = `(?:quoc${G}khanh|quoc${G}te${G}lao${G}dong|giai${G}phong${G}mien${G}nam)${G0}`;
const PATTERN = new RegExp(`${B}${BEFORE}(?:${G}hoac${G}trong)?(?:${G}${WEEKDAY})?${G}(?:(${DAY}|thoi${G}diem)${G0})?(?:${HOLIDAY})?(${DATE})`, 'g');
const T = 1;
const DAY_WORD = 2;
const SLOT = 3;

export const beforeDate: DeadlineRule = {
  name: 'deadline-before-date',
  pattern: PATTERN,
  starts: ['truoc', 'ruoc'],
  needs: ['#'],
  extract(m, env) {
    if (!m[T] && !m[DAY_WORD]) return null; // bare "rước 15/12" is too weak
    const dm = readDateSlot(m[SLOT]!);
    if (!dm) return null;
    const resolved = resolveDayMonth(dm, env);
    if (!resolved) return null;
    return candidateOf(m, this.name, { ...resolved, kind: 'date', yearless: dm.year === null });
  },
};
