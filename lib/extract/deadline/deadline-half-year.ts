import { isoOf } from '../calendar';
import { B, E, G, G0 } from './patterns';
import { inferPeriodYear } from './read-date';
import { candidateOf, leadBefore, precededBy } from './spans';
import type { DeadlineRule } from './types';

// "6 tháng đầu năm 2025"           → 2025-06-30
// "trong 6 tháng cuối năm"         → 31/12 of the document year
// "hoàn thành trong 06 tháng đầu năm 2026", "6 tháng cuối năm nay"
// not "kết quả 6 tháng đầu năm 2024", "lũy kế 6 tháng đầu năm" (a reporting period), not "9 tháng đầu năm"
const PATTERN = new RegExp(`${B}0?6${G}thang${G}(dau|cuoi)${G}nam(?:${G0}(\\d{4})|${G}(nay|sau|toi))?${E}`, 'g');
const HALF = 1;
const YEAR = 2;
const RELATIVE = 3;
const LEAD = new RegExp(`${B}(trong|hoan${G}thanh(?:${G}trong)?|cham${G}nhat(?:${G}trong)?|den${G}het|xong)${G}$`);
const BACKGROUND = /(?:ket qua|tinh hinh|luy ke|so voi|cung ky|uoc|uoc thuc hien|nhiem vu|thang \d{1,2} va|tu)[\s|]{1,4}$/;

export const halfYear: DeadlineRule = {
  name: 'deadline-half-year',
  pattern: PATTERN,
  starts: ['6', '06'],
  needs: ['thang'],
  extract(m, env) {
    const lead = leadBefore(env, m.index, LEAD);
    if (!lead.groups[0] && (!m[YEAR] || precededBy(env, m.index, BACKGROUND))) return null;
    const dateIn = (y: number) => (m[HALF] === 'dau' ? isoOf(y, 6, 30) : isoOf(y, 12, 31));
    let date: string | null;
    if (m[YEAR]) date = dateIn(Number(m[YEAR]));
    else if (!env.base) date = null;
    else if (m[RELATIVE] === 'sau' || m[RELATIVE] === 'toi') date = dateIn(Number(env.base.slice(0, 4)) + 1);
    else if (m[RELATIVE] === 'nay') date = dateIn(Number(env.base.slice(0, 4)));
    else {
      date = inferPeriodYear(env, dateIn);
      if (!date) return null;
    }
    return candidateOf(m, this.name, { date, stated: false, kind: 'date', soft: true }, lead.start);
  },
};
