import { addCalendarDaysRolling, addMonthsRolling, addWorkingDays, isoOf, isValidDate } from '../calendar';
import { B, E, G, G0 } from './patterns';
import { candidateOf, leadBefore, precededBy } from './spans';
import type { Candidate, DeadlineRule, RuleEnv } from './types';
import { NUMBER_WORDS_FOLDED, readNumberWords } from './vocab/number-words';

// "trong thời hạn 10 ngày kể từ ngày nhận được văn bản"  → receipt + 10 calendar days, rolled to a working day
// "trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản này" → receipt + 15 working days
// "trong 05 ngày làm việc kể từ ngày ký" / "kể từ ngày ban hành" → document date + 5 working days
// "trong 10 (mười) ngày", "trong vòng 03 tháng kể từ ngày Quyết định này có hiệu lực", "trong năm ngày"
// "chậm nhất 03 ngày làm việc sau khi nhận được văn bản"
// event-relative, date unknown: "trong vòng 07 ngày ké từ khi nhận được đầy đủ hồ sơ", "chậm nhất 03 ngày trước ngày tổ chức"
// not "có hiệu lực sau 45 ngày kể từ ngày ký", "Thời gian gia hạn là 05 tháng, kể từ ngày kết thúc…", "trong 3 tháng qua"
const LEAD = `trong(?:${G}(?:thoi${G}han|vong|khoang|thoi${G}gian))?|cham${G}nhat(?:${G}(?:la|trong|sau))?|thoi${G}han(?:${G0}:)?|han|sau|khong${G}qua|toi${G}da`;
const PATTERN = new RegExp(
  `${B}(?:(\\d{1,3})|(${NUMBER_WORDS_FOLDED}))(?:${G0}\\(${G0}[a-z ]{1,30}${G0}\\))?${G}(ngay${G}lam${G}viec|ngay|tuan|thang|nam)${E}` +
    `(?:${G0},?${G0}((?:ke|tinh)${G}tu|sau|truoc)${G}(khi|ngay|thoi${G}diem)?)?`,
  'g',
);
const DIGITS = 1;
const WORDS = 2;
const UNIT = 3;
const RELATION = 4;
const ANCHOR_WORD = 5;
const LEAD_BEFORE = new RegExp(`${B}(${LEAD})${G}$`);

/** What the count starts from, read in the folded words after "kể từ ngày / khi". */
const SIGNED = /^[\s|]{0,4}(?:van ban nay (?:duoc )?)?(?:ky ban hanh|ky|ban hanh)(?![\p{L}\p{N}])(?:[\s|]{1,4}(?:van ban|cong van|quyet dinh|ke hoach|thong bao|chi thi|cong dien)(?:[\s|]{1,4}nay)?)?/u;
const EFFECTIVE = /^[\s|]{0,4}(?:[\p{L}\s]{0,40}?)co hieu luc(?:[\s|]{1,4}thi hanh)?/u;
const FILES = /^[\s|]{0,4}nhan[\s|]{1,4}duoc[\s|]{1,4}(?:day[\s|]{1,4}du[\s|]{1,4})?(?:ho[\s|]{1,4}so|du[\s|]{1,4}ho[\s|]{1,4}so)/;
const RECEIVED = /^[\s|]{0,4}nhan[\s|]{1,4}duoc(?:[\s|]{1,4}(?:van ban|cong van|cong dien|thong bao|quyet dinh|ke hoach|chi thi|de nghi|yeu cau|phieu)(?![\p{L}\p{N}])(?:[\s|]{1,4}nay)?)?/u;
// After "nhận được" with no text of this kind named: a word that names what else is received.
const OTHER_RECEIVED = /^[\s|]{1,4}(?!(?:nay|va|de|thi|cac|day du|tu|ma|hoac|trong)\b)[a-z]/;
// The event's words, over a line break too ("kể từ ngày bế mạc kỳ\nhọp cuối năm 2017"), not a blank line.
const EVENT_TAIL = /^(?:[^\n.;,()]|\n(?![ \t]*\n)){0,60}/;
const EVENT_BEFORE = /(?:ke|tinh)[\s|]{1,4}tu[\s|]{1,4}(?:ngay|khi)[\s|]{1,4}(?!(?:ky|ban[\s|]hanh|nhan[\s|]duoc)\b)[^.;]{0,90}$/;
// "kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành": another text's entry into force.
const OTHER_EFFECTIVE = /^[\s|]{0,4}(?:nghi[\s|]{1,4}dinh|thong[\s|]{1,4}tu|luat|nghi[\s|]{1,4}quyet|quyet[\s|]{1,4}dinh|chi[\s|]{1,4}thi)[^.;:]{0,60}?co[\s|]{1,4}hieu[\s|]{1,4}luc(?:[\s|]{1,4}thi[\s|]{1,4}hanh)?/;
// The date the letter states for it: "…, có hiệu lực thi hành từ ngày 06/7/2026", "… kể từ ngày 01 tháng 7 năm 2026".
const STATED_EFFECTIVE =
  /co[\s|]{1,4}hieu[\s|]{1,4}luc(?:[\s|]{1,4}thi[\s|]{1,4}hanh)?(?:[\s|]{1,4}ke)?[\s|]{1,4}tu[\s|]{1,4}ngay[\s|]{1,4}(\d{1,2})(?:[\s|]{0,2}[/.-][\s|]{0,2}(\d{1,2})[\s|]{0,2}[/.-][\s|]{0,2}|[\s|]{1,4}thang[\s|]{1,4}(\d{1,2})[\s|]{1,4}nam[\s|]{1,4})(\d{4})/;

/** The entry into force the text states for a text it cites, or null; read once per text. */
function statedEffective(folded: string): string | null {
  if (folded === effectiveOf.text) return effectiveOf.date;
  const m = STATED_EFFECTIVE.exec(folded);
  const [day, month, year] = m ? [Number(m[1]), Number(m[2] ?? m[3]), Number(m[4])] : [0, 0, 0];
  effectiveOf.text = folded;
  effectiveOf.date = m && isValidDate(year, month, day) ? isoOf(year, month, day) : null;
  return effectiveOf.date;
}
// The last text read: the rule asks again for every count in it.
const effectiveOf: { text: string; date: string | null } = { text: '', date: null };

function countOf(m: RegExpExecArray, env: RuleEnv): number | null {
  if (m[DIGITS]) return Number(m[DIGITS]);
  const at = m.index + m[0].indexOf(m[WORDS]!);
  return readNumberWords(env.text.slice(at, at + m[WORDS]!.length));
}

export const withinDays: DeadlineRule = {
  name: 'deadline-within-days',
  pattern: PATTERN,
  starts: ['#', 'hai ', 'ba ', 'bon ', 'nam ', 'sau ', 'bay ', 'tam ', 'chin ', 'muoi ', 'mot '], // a number word alone, not "ban", "chính"
  needs: ['ngay', 'tuan', 'thang', 'nam'],
  extract(m, env) {
    const relation = m[RELATION]?.replace(/[\s|]+/g, ' ');
    const found = leadBefore(env, m.index, LEAD_BEFORE, 32);
    const lead = found.groups[0]?.replace(/[\s|]+/g, ' ');
    if (!lead && !relation) return null;
    if (lead === 'sau' && !relation) return null;
    // "trong 9 tháng" alone is usually a reporting period; a count of weeks or months needs a firmer cue.
    if (!relation && m[UNIT] !== 'ngay' && !m[UNIT]!.startsWith('ngay') && (lead === 'trong' || lead === 'han')) return null;
    if (!m[DIGITS] && !lead) return null; // a spelled count needs "trong …" before it
    if (precededBy(env, found.start, /(?:hieu luc(?: thi hanh)?|gia han(?: [\p{L}\s]{0,30})?)[\s|,:]{0,6}(?:la[\s|]{1,4})?$/u, 60)) return null;
    const end = m.index + m[0].length;
    if (!relation && /^[\s|]{1,4}(?:qua|vua qua|gan day|truoc|dau nam|cuoi nam|cuoi|dau)(?![\p{L}\p{N}])/u.test(env.folded.slice(end, end + 16))) return null;
    const count = countOf(m, env);
    const unit = m[UNIT]!.replace(/[\s|]+/g, ' ');
    // Years only as a time limit counted from something ("trong thời hạn 02 năm kể từ ngày …").
    if (unit === 'nam' && !relation) return null;
    if (count === null || count < 1 || (unit === 'nam' ? count > 10 : unit === 'thang' ? count > 120 : unit === 'tuan' ? count > 520 : count > 3660)) return null;

    let anchor: string | null = env.receipt;
    let extra = 0;
    let event = false;
    let effective: string | null = null;
    // "Kể từ ngày công bố Quyết định này, thời gian kiểm tra không quá 10 ngày làm việc": counted from
    // an event named before the count, in the same sentence.
    if (!relation && precededBy(env, found.start, EVENT_BEFORE, 120)) event = true;
    if (relation) {
      const rest = env.folded.slice(end, end + 120);
      const anchorWord = m[ANCHOR_WORD];
      let hit: RegExpExecArray | null;
      if (relation === 'truoc') event = true; // "03 ngày trước ngày tổ chức": counts back from an event
      else if ((hit = SIGNED.exec(rest)) && anchorWord !== 'khi') { anchor = env.documentDate ?? env.reference; extra = hit[0].length; }
      else if ((hit = FILES.exec(rest))) { event = true; extra = hit[0].length; }
      else if ((hit = RECEIVED.exec(rest))) {
        extra = hit[0].length;
        // "… kể từ ngày nhận được ý kiến thẩm định của Hội đồng": the receipt of something else, an event.
        if (OTHER_RECEIVED.test(rest.slice(hit[0].length, hit[0].length + 24))) {
          event = true;
          extra = 0; // the span runs on over what is received (EVENT_TAIL, below)
        }
      }
      else if (anchorWord === 'ngay' && (hit = OTHER_EFFECTIVE.exec(rest)) && !/\bnay\b/.test(hit[0])) {
        // Another text: from the date the letter states for it, or when it comes.
        effective = statedEffective(env.folded);
        if (effective) anchor = effective;
        else event = true;
        extra = hit[0].length;
      } else if (anchorWord === 'ngay' && (hit = EFFECTIVE.exec(rest))) { anchor = env.documentDate ?? env.reference; extra = hit[0].length; }
      else event = true;
      if (event && !lead) return null; // "12 tháng, tính từ đầu ngày …": a length, not a time limit
      if (event && extra === 0) extra = EVENT_TAIL.exec(rest)![0].replace(/[\s|]+$/, '').length;
    }
    // Counted from a date the letter states elsewhere: a careful reader may still wait for the text itself.
    const candidate: Candidate = candidateOf(m, this.name, { date: null, stated: false, kind: event ? 'event' : 'relative', ...(effective ? { also: [null] } : {}) }, found.start);
    candidate.end = Math.max(candidate.end, end + extra);
    while (candidate.end > candidate.start && /[\s|]/.test(env.text[candidate.end - 1]!)) candidate.end--;
    if (event || !anchor) return candidate;
    candidate.date =
      unit === 'ngay lam viec' ? addWorkingDays(anchor, count)
      : unit === 'thang' || unit === 'nam' ? addMonthsRolling(anchor, unit === 'nam' ? count * 12 : count)
      : addCalendarDaysRolling(anchor, unit === 'tuan' ? count * 7 : count);
    return candidate;
  },
};
