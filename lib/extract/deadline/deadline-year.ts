import { isoOf } from '../calendar';
import { B, E, G } from './patterns';
import { inferPeriodYear } from './read-date';
import { candidateOf, followedBy, insideQuotes, leadBefore, precededBy, standsAlone } from './spans';
import type { DeadlineRule } from './types';

// "trong năm 2025"                 → 2025-12-31 (also null: a target more than a deadline)
// "hoàn thành … trong năm 2025", "trong năm nay", "đến hết năm 2025", "cuối năm 2025" → 12-31
// "đến năm 2030"                   → 2030-12-31 (a horizon; also null)
// "giữa năm 2025" → 06-30, "đầu năm 2026" → 01-01 (soft), "cuối năm" (the document year)
// "trước năm 2030" → 2029-12-31 (also 2030-12-31)
// "Năm 2025" alone in a table cell; OCR "Ban hành trong nam)\n(2024)"
// not "từ đầu năm", "tầm nhìn đến năm 2050", "Đề án … vùng đồng bằng Sông Cửu Long đến năm 2030", a plan's quoted title (“… đến năm 2025, định hướng đến năm 2030”), "năm học 2025-2026", "trong năm 2021-2025", "trong năm qua"
const PATTERN = new RegExp(`${B}nam(?:[\\s()|]{1,5}(\\d{4})(?!\\d)|${G}(nay|sau|toi))?${E}`, 'g');
const YEAR = 1;
const RELATIVE = 2;
const LEAD = new RegExp(`${B}(trong|den${G}het|den|truoc|cuoi|giua|dau)${G}$`);
const NOT_A_DEADLINE_BEFORE = /(?:tam nhin|dinh huong|chien luoc|ke tu|tinh tu|co tinh|tu|so voi|cung ky|thang|quy)[\s|]{1,4}$/;
/** A vague point without a year ("cuối năm") needs a cue before it: "vào cuối năm", "trước cuối năm". */
const VAGUE_CUE_BEFORE = /(?:vao|trong|truoc|den|cham nhat|hoan thanh|xong|ngay)[\s|]{1,4}$/;
const NOT_A_YEAR_AFTER = /^(?:\s{0,2}[-–—]\s{0,2}\d|[\s|]{1,4}(?:hoc|tai chinh|ngan sach|qua|truoc|dau|cuoi|ke hoach|nay qua)(?![\p{L}\p{N}]))/u;

export const year: DeadlineRule = {
  name: 'deadline-year',
  pattern: PATTERN,
  starts: ['nam'],
  extract(m, env) {
    const lead = leadBefore(env, m.index, LEAD, 24);
    const cue = lead.groups[0]?.replace(/[\s|]+/g, ' ');
    const start = lead.start;
    const end = m.index + m[0].length;
    if (followedBy(env, end, NOT_A_YEAR_AFTER)) return null;
    if (!m[YEAR] && followedBy(env, end, /^[\s()|]{0,5}\d/)) return null; // a number we could not take as the year
    if (!cue) {
      if (!m[YEAR] || !standsAlone(env, start, end)) return null;
    } else if (precededBy(env, start, NOT_A_DEADLINE_BEFORE, 24)) return null;
    const vague = cue === 'cuoi' || cue === 'giua' || cue === 'dau';
    if (!vague && !m[YEAR] && !m[RELATIVE]) return null; // bare "trong năm" (which year?)
    if (vague && !m[YEAR] && !precededBy(env, start, VAGUE_CUE_BEFORE, 20)) return null;
    if (cue === 'den' || cue === 'den het') {
      // A horizon in the name of a plan or strategy, not a time limit.
      if (insideQuotes(env, start) || followedBy(env, end, /^[\s|]{0,3},?[\s|]{0,3}(?:dinh\s{1,3}huong|tam\s{1,3}nhin|va\s{1,3}co\s{1,3}tinh\s{1,3}den|co\s{1,3}tinh\s{1,3}den|va\s{1,3}tam\s{1,3}nhin)/)) return null;
      // "phương án phát triển các cụm công nghiệp tỉnh … đến năm 2030", "chỉ tiêu sử dụng đất … đến năm 2030";
      // the words may break over lines ("Quy\nhoạch phát triển KKT, KCN Việt Nam đến năm 2020").
      if (precededBy(env, start, /(?:quy\s{1,3}hoach|chien\s{1,3}luoc|tam\s{1,3}nhin|dinh\s{1,3}huong|phuong\s{1,3}an\s{1,3}phat\s{1,3}trien|phuong\s{1,3}an\s{1,3}phan\s{1,3}bo|chi\s{1,3}tieu|giai\s{1,3}doan\s{1,3}\d{4}\s?-\s?\d{4})(?:[^.;\n]|\n(?![ \t]{0,8}\n)){0,60}$/, 80)) return null;
      // "… công tác dân số và phát triển giai đoạn đến năm 2030": the name of a phase.
      if (precededBy(env, start, /giai[\s|]{1,4}doan[\s|]{1,4}$/, 16)) return null;
      // "thực hiện Đề án một triệu ha lúa chuyên canh … vùng đồng bằng Sông Cửu Long đến năm 2030".
      // A line break inside the sentence (PDF text) does not end it; a blank line does.
      if (precededBy(env, start, /(?:de\s{1,3}an|chuong\s{1,3}trinh)\s(?!nay\b)(?:[^.;\n]|\n(?![ \t]{0,8}\n)){10,140}$/, 160)) return null;
    }
    const dateIn = (y: number) => (cue === 'giua' ? isoOf(y, 6, 30) : cue === 'dau' ? isoOf(y, 1, 1) : cue === 'truoc' ? isoOf(y - 1, 12, 31) : isoOf(y, 12, 31));
    let date: string | null;
    if (m[YEAR]) date = dateIn(Number(m[YEAR]));
    else if (!env.base) date = null;
    else if (m[RELATIVE]) date = dateIn(Number(env.base.slice(0, 4)) + (m[RELATIVE] === 'nay' ? 0 : 1));
    else {
      date = inferPeriodYear(env, dateIn);
      if (!date) return null;
    }
    let also: (string | null)[] | undefined;
    if (cue === 'truoc' && date) also = [isoOf(Number(date.slice(0, 4)) + 1, 12, 31)];
    else if (cue === 'trong' || cue === 'den' || cue === 'dau' || !cue) also = [null];
    return candidateOf(m, this.name, { date, stated: false, kind: 'date', soft: true, ...(also ? { also } : {}) }, start);
  },
};
