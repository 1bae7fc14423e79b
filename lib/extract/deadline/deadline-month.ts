import { addDays, addMonths, endOfMonth, isoOf } from '../calendar';
import { B, E, G, G0, MONTH_WORD, MONTH_YEAR_TAIL } from './patterns';
import { inferPeriodYear, readMonthWord } from './read-date';
import { candidateOf, inCue, leadBefore, standsAlone } from './spans';
import type { DeadlineRule, RuleEnv } from './types';

// "hoàn thành trong tháng 3/2025"            → 2025-03-31 (end of the month, implied)
// "trong tháng 10 năm 2025", "chậm nhất trong tháng 10 năm 2025", "trong tháng 11/2024", "đến hết tháng 12/2025"
// "trình UBND tỉnh trong tháng 10/2025"       (the verb stays outside the phrase)
// "trong tháng 10"                            → year implied (a month long past is background)
// not "đến tháng 6 năm 2020" alone (a span's end: "tạm dừng đóng đến tháng 6 năm 2020")
// "trong tháng Mười năm 2025"                 → month word read by chrono-node
// "trong tháng này", "trong tháng tới"        → the document's month, the next one
// "trước tháng 12/2025"                       → 2025-11-30 (also 2025-12-31)
// "Tháng 3/2025" alone in a table cell        (a "thời gian hoàn thành" column)
const PATTERN = new RegExp(
  `${B}thang${G0}(?:(\\d{1,2})|(${MONTH_WORD})|(nay|toi|sau|ke${G}tiep|tiep${G}theo))${E}${MONTH_YEAR_TAIL}`,
  'g',
);
const NUMBER = 1;
const WORD = 2;
const RELATIVE = 3;
const YEAR_A = 4;
const YEAR_B = 5;
/** Cue words before "tháng"; group: the cue that decides the meaning. */
// OCR may lose or misread the "t" of "trong" ("(rong tháng 01/2026)", "frong tháng 01/2026"): see inCue.
const LEAD = new RegExp(`${B}(?:(hoan${G}thanh|xong|cham${G}nhat|ngay)${G})?([tf]?rong|truoc|den${G}het|den)${G}$`);

function monthOf(m: RegExpExecArray, env: RuleEnv): number | null {
  if (m[NUMBER]) return Number(m[NUMBER]);
  if (m[WORD]) {
    const at = m.index + m[0].indexOf(m[WORD]);
    return readMonthWord(`tháng ${env.text.slice(at, at + m[WORD].length)}`, env);
  }
  return null;
}

export const month: DeadlineRule = {
  name: 'deadline-month',
  pattern: PATTERN,
  starts: ['thang'],
  extract(m, env) {
    const lead = leadBefore(env, m.index, LEAD);
    const cue = inCue(env, lead.start, m.index, lead.groups[1]?.replace(/[\s|]+/g, ' '));
    if (cue === null) return null;
    // "tạm dừng đóng đến tháng 6 năm 2020", "từ tháng 01/2016 đến tháng 08/2016": how long something
    // lasts, not when work is due ("hoàn thành đến tháng 6", "đến hết tháng 6" are).
    if (cue === 'den' && !lead.groups[0]) return null;
    const yearText = m[YEAR_A] ?? m[YEAR_B];
    if (!cue && !(yearText && standsAlone(env, m.index, m.index + m[0].length))) return null;
    let end: string | null;
    if (m[RELATIVE]) {
      if (yearText || !env.base) return null;
      // "sau" must be the word "sau" (next), not "sáu" (June) with its accent lost.
      const word = env.text.slice(m.index + m[0].indexOf(m[RELATIVE]), m.index + m[0].length).toLowerCase();
      if (m[RELATIVE] === 'sau' && !word.startsWith('sau')) return null;
      const base = isoOf(Number(env.base.slice(0, 4)), Number(env.base.slice(5, 7)), 1);
      const first = m[RELATIVE] === 'nay' ? base : addMonths(base, 1);
      end = endOfMonth(Number(first.slice(0, 4)), Number(first.slice(5, 7)));
    } else {
      const mo = monthOf(m, env);
      if (mo === null || mo < 1 || mo > 12) return null;
      const endIn = (y: number) => endOfMonth(y, mo);
      end = yearText ? endIn(Number(yearText)) : inferPeriodYear(env, endIn);
      if (!end && (yearText || env.base)) return null;
    }
    if (cue === 'truoc' && end) {
      const previous = addDays(isoOf(Number(end.slice(0, 4)), Number(end.slice(5, 7)), 1), -1);
      return candidateOf(m, this.name, { date: previous, stated: false, kind: 'date', soft: true, also: [end] }, lead.start);
    }
    return candidateOf(m, this.name, { date: end, stated: false, kind: 'date', soft: true }, lead.start);
  },
};
