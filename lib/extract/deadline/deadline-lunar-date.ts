import { lunarToSolar } from '../calendar';
import { B, BEFORE, DAY, E, G, G0, MONTH_WORD } from './patterns';
import { readMonthWord } from './read-date';
import { candidateOf, leadBefore } from './spans';
import type { DeadlineRule, RuleEnv } from './types';

// "trước ngày 10 tháng 3 âm lịch"       → the next 10/3 lunar (Giỗ Tổ) on or after the document date
// "10 tháng 3 âm lịch", "ngày 10/3 âm lịch", "mùng 10 tháng 3 (âm lịch)" (the closing bracket only with the opening one), "ngày 10 tháng 3 âm lịch năm 2026"
const MARKED = new RegExp(
  `${B}(?:(?:${DAY}|mung|mong)${G})?(\\d{1,2}|ram)(?:${G0}[/-]${G0}(\\d{1,2})|${G}thang${G}(?:(\\d{1,2})|(${MONTH_WORD}|nam)))${E}` +
    `(?:${G}nam${G}(\\d{4}))?${G0}(?:\\(${G0}(?:theo${G})?am${G}lich${G0}\\)|(?:theo${G})?am${G}lich${E})(?:${G}nam${G}(\\d{4}))?`,
  'g',
);
// "rằm tháng Giêng" (15/1 lunar), "trước ngày 23 tháng Chạp", "mùng 5 tháng Giêng năm 2026": Giêng and Chạp,
// and "rằm", name lunar months and days without "âm lịch"
const NAMED = new RegExp(
  `${B}(?:(?:(?:${DAY}|mung|mong)${G})?(\\d{1,2}|ram)${G}thang${G}(gieng|chap)|ram${G}thang${G}(?:(\\d{1,2})|(${MONTH_WORD})))${E}(?:${G}nam${G}(\\d{4}))?`,
  'g',
);
/** A day (digits or "rằm"), or "ngày" / "mùng" before it. */
const LUNAR_STARTS = ['#', 'ram', 'ngay', 'hgay', 'ngav', 'nqay', 'mung', 'mong'];
const LEAD = new RegExp(`${B}(?:${BEFORE}|cham${G}nhat(?:${G}(?:la|vao))?|vao|den|trong|han)${G}$`);

/** The first solar date of lunar `day`/`month` on or after the base date. */
function nextLunar(base: string, month: number, day: number): string | null {
  const year = Number(base.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) {
    try {
      const solar = lunarToSolar(y, month, day);
      if (solar >= base) return solar;
    } catch {
      // that lunar month has no such day this year
    }
  }
  return null;
}

function wordMonth(m: RegExpExecArray, word: string, env: RuleEnv): number | null {
  const at = m.index + m[0].lastIndexOf(word);
  return readMonthWord(`tháng ${env.text.slice(at, at + word.length)}`, env);
}

function resolve(rule: string, m: RegExpExecArray, env: RuleEnv, day: number, month: number | null, yearText: string | undefined) {
  if (month === null || month < 1 || month > 12 || day < 1 || day > 30) return null;
  let date: string | null = null;
  if (yearText) {
    try {
      date = lunarToSolar(Number(yearText), month, day);
    } catch {
      return null;
    }
  } else if (env.base) {
    date = nextLunar(env.base, month, day);
    if (!date) return null;
  }
  return candidateOf(m, rule, { date, stated: false, kind: 'date' }, leadBefore(env, m.index, LEAD, 24).start);
}

export const lunarDate: DeadlineRule = {
  name: 'deadline-lunar-date',
  pattern: MARKED,
  starts: LUNAR_STARTS,
  needs: ['lich'],
  extract(m, env) {
    const day = m[1] === 'ram' ? 15 : Number(m[1]);
    const numeric = m[2] ?? m[3];
    const month = numeric ? Number(numeric) : wordMonth(m, m[4]!, env);
    return resolve(this.name, m, env, day, month, m[5] ?? m[6]);
  },
};

export const lunarNamedDate: DeadlineRule = {
  name: 'deadline-lunar-date',
  pattern: NAMED,
  starts: LUNAR_STARTS,
  needs: ['thang'],
  extract(m, env) {
    if (m[2]) return resolve(this.name, m, env, m[1] === 'ram' ? 15 : Number(m[1]), m[2] === 'gieng' ? 1 : 12, m[5]);
    const month = m[3] ? Number(m[3]) : wordMonth(m, m[4]!, env);
    return resolve(this.name, m, env, 15, month, m[5]);
  },
};
