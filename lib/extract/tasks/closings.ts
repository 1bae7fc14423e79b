import { isUpperCode } from '../char-class';
import { collapseBlanks } from '../normalize';
import type { Sentence } from './sentences';
import type { TaskContext } from './types';

// Intros that open a list of duties: "… có ý kiến như sau:", "… kết luận:", "… yêu cầu:", "… điện:".
// "Kết luận số 123-KL/TW" names a document, not a conclusion being stated.
// "Ban Chỉ đạo liên ngành" names a body, not a direction given.
// "điện:" only right before the colon ("đại diện", "diện tích" are no Công điện).
// "giao" after "Sở/Bộ/Phòng" (Giáo dục), "tôn", "ngoại", "Tuyên", "nhà", "được", "bàn", "chuyển", or before
// "dục" ("lĩnh vực giáo dục nghề nghiệp"), is no cue.
export const ASSIGN_INTRO = /(?:de nghi|yeu cau|(?<!(?:so|bo|phong|ton|ngoai|tuyen|nha|duoc|ban|chuyen) )giao(?! duc)|(?<!ban )chi dao|y kien|ket luan(?! so\b)|phan cong|trach nhiem)[^.]{0,200}:\s*$|\bdien\s{0,2}:\s*$/;
// "Văn phòng Chính phủ thông báo ý kiến chỉ đạo của Phó Thủ tướng để các cơ quan biết, thực hiện.": a
// closing, unless the sentence also asks (see isClosing).
const TOLD = /thong bao (?:(?:y kien|ket luan|noi dung)[^.;]{0,120} )?(?:de|cho|den) .{0,160}(?:biet|thuc hien)/;
// Closings that are not duties (LABELS.md: no generic closings).
const CLOSING = [
  // "Tổng cục Thuế trả lời để Cục Thuế tỉnh Ninh Bình được biết./.", "Bộ Tài chính có ý kiến để Cục Thuế
  // các tỉnh … biết và triển khai thực hiện./.": the answer sent for information.
  // "Tổng cục Thuế hướng dẫn để các Cục Thuế được biết và lưu ý thực hiện./." too.
  // "Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện." (an answer needs no "để").
  /^[^.;:]{0,100}?(?:(?:co y kien|tra loi|phuc dap|huong dan) (?:de|cho|den)|(?:tra loi|phuc dap)) [^.;:]{0,160}?(?:duoc )?biet(?:[ ,]{1,2}(?:va )?(?:trien khai |luu y )?thuc hien(?: theo (?:dung )?quy dinh[^.;:]{0,80})?)?\W{0,8}$/,
  // What a body being set up is and does (LABELS.md: no standing functions and powers): "Ban Quản lý
  // có tư cách pháp nhân, có tài khoản và con dấu …", "Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo
  // quy định của pháp luật hiện hành."
  /^[^.;:]{0,80}? co tu cach phap nhan\b/,
  /^[^.;:]{0,80}? thuc hien (?:cac )?(?:chuc nang,? )?nhiem vu,? (?:va )?quyen han (?:theo quy dinh|cua minh|duoc giao)[^.;:]{0,80}\W{0,4}$/,
  // "… và các tổ chức, cá nhân có liên quan có trách nhiệm thi hành Quyết định này."
  /(?:chiu|co) trach nhiem thi hanh/,
  // "… trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết này."
  /(?:chiu|co) trach nhiem (?:chi dao (?:va )?)?(?:to chuc )?thuc hien (?:nghi quyet|quyet dinh|chi thi|huong dan|ke hoach|quy che|quy dinh) nay/,
  // "Chánh Văn phòng …, Thủ trưởng các cơ quan … căn cứ Quyết định thi hành./." (Điều 3).
  /can cu (?:quyet dinh|nghi quyet|chi thi)(?: nay)? (?:de )?thi hanh/,
  // "Trên đây là báo cáo …", "Trên đây là Kế hoạch … của UBND tỉnh./." sums the text up; with a
  // request after it ("…, đề nghị Sở Công Thương tiếp thu, hoàn thiện dự thảo") it is a duty, below.
  /^\W{0,3}tren day la (?![^.;]{0,300}?\b(?:de nghi|yeu cau|giao) )/,
  /co hieu luc (?:thi hanh )?(?:ke )?tu (?:ngay|ky)/,
  /^\W{0,3}\((?:[^)]{0,200})(?:kem theo|dinh kem|gui kem)/,
  /^\W{0,3}(?:dinh kem|gui kem|kem theo)/,
  // "Nghị quyết này đã được Hội đồng nhân dân tỉnh … kỳ họp thứ 5 thông qua ngày …" (not "Căn cứ chương
  // trình giám sát … đã được Hội đồng nhân dân tỉnh thông qua, Thường trực HĐND tỉnh ban hành …").
  /(?:nghi quyet|quyet dinh|nay) da duoc .{0,80}thong qua/,
  /^(?:yeu cau|de nghi) .{0,200}nghiem tuc (?:to chuc )?(?:trien khai )?(?:thuc hien|thi hanh)\W{0,4}$/,
  // The verb before the diligence, and what is carried out named in general: "Đề nghị Hiệu trưởng các
  // đơn vị chấp hành nghiêm túc./.", "… đề nghị Hiệu trưởng các đơn vị trường học nghiên cứu công văn và
  // thực hiện nghiêm túc các nội dung trên./.", "… nghiêm túc thực hiện những nội dung thông báo này."
  /^(?:[^.;:]{0,80} )?(?:yeu cau|de nghi) [^.;:]{0,200}?\b(?:(?:chap hanh|thuc hien|thi hanh) nghiem(?: tuc)?|nghiem tuc (?:chap hanh|thuc hien|thi hanh))(?: (?:cac |nhung )?(?:noi dung|van ban|cong van|thong bao|chi dao|huong dan|yeu cau)(?: (?:thong bao|cong van|van ban))?(?: (?:nay|tren|neu tren))?)?\W{0,4}$/,
  // "Tổng cục Thuế thông báo nội dung triển khai, đề nghị … thực hiện."
  /^.{0,60}thong bao .{0,120}(?:de nghi|yeu cau) .{0,160}thuc hien.{0,8}$/,
  // "đ) Thực hiện các nhiệm vụ khác theo chỉ đạo của Thủ tướng Chính phủ.": the standing catch-all,
  // unless it names a date.
  /^\W{0,3}thuc hien (?:cac )?nhiem vu khac\b[^0-9]{0,200}$/,
];

// The same call with its speaker before it and the text it is about after it: "Chủ tịch UBND tỉnh
// yêu cầu Thủ trưởng các sở… nghiêm túc triển khai thực hiện Chỉ thị này./.", "Đề nghị các đồng chí
// Bí thư cấp ủy quan tâm lãnh đạo, chỉ đạo thực hiện." Addressed to a collective ("các …"), with
// nothing but words of diligence between the addressee and the end. Tried on short sentences only.
const GENERIC_CALL =
  /^(?:[^.;:]{0,80} )?(?:yeu cau|de nghi) [^.;:]{0,160}?\b(?:nghiem tuc|quan tam)\b[a-z ,]{0,60}?(?:thuc hien|thi hanh)(?: nghiem tuc)?(?: (?:chi thi|ke hoach|cong van|cong dien|thong bao|quyet dinh|nghi quyet|van ban|ket luan|huong dan|chuong trinh|noi dung)(?: nay| tren| neu tren)?)?(?:,? (?:bao dam|dam bao) (?:chat luong|tien do|hieu qua|dung|thoi gian)[a-z ,]{0,40})?\W{0,4}$/;
const GENERIC_CALL_MAX = 360;
// "Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng, … dành thời gian quan tâm, lãnh đạo, chỉ đạo
// các cơ quan, đơn vị trực thuộc hoàn thành các nhiệm vụ nêu trên, bảo đảm … thông suốt, hiệu quả./.":
// a call to see the duties above done, not one more duty. Read in steps, each a plain search.
const CALL_WORD = /(?:^|[^a-z])(?:yeu cau|de nghi) /;
const CARE_WORD = /\b(?:quan tam|nghiem tuc)\b/;
const DUTIES_DONE = /(?:hoan thanh|thuc hien) (?:tot )?(?:cac )?nhiem vu (?:neu tren|tren|da giao|duoc giao|nay)\b/;

function seesDutiesDone(f: string): boolean {
  const call = CALL_WORD.exec(f);
  if (!call || call.index > 80) return false;
  const afterCall = call.index + call[0].length;
  const care = CARE_WORD.exec(f.slice(afterCall, afterCall + 260));
  if (!care) return false;
  const from = afterCall + care.index;
  const done = DUTIES_DONE.exec(f.slice(from, from + 200));
  if (!done) return false;
  const end = from + done.index + done[0].length;
  // One clause from the call to the duties, and nothing but their manner after them.
  return !/[.;:]/.test(f.slice(afterCall, end)) && !/[;:]/.test(f.slice(end));
}

// "Yêu cầu Thủ trưởng các sở… thực hiện nghiêm Chỉ thị này./.": a call to carry out this very text;
// "… thực hiện theo đúng quy định và hướng dẫn tại Công văn này." too.
const CARRY_OUT_THIS =
  /^(?:[^.;:]{0,80} )?(?:yeu cau|de nghi) [^.;:]{0,160}?(?:thuc hien|thi hanh)(?: nghiem tuc| nghiem| tot| co hieu qua| dung)?(?: theo(?: dung)? (?:quy dinh|huong dan)(?: va (?:quy dinh|huong dan))? (?:tai|cua))? (?:chi thi|ke hoach|cong van|cong dien|thong bao|quyet dinh|nghi quyet|ket luan|huong dan|chuong trinh) nay\W{0,4}$/;

const ASKED = /(?:^\W{0,3}| va |, )(?:de nghi|yeu cau|giao) /;
/** The work a body told something is then asked to do with it: "… biết, hướng dẫn …", "… biết để khai thác …" (folded). */
export const WORK_ON_WHAT_IS_TOLD = 'huong dan|pho bien|tuyen truyen|chi dao|khai thac|kiem tra|ra soat|xu ly';
const ACTS_ON_IT = new RegExp(`\\bbiet(?:,? (?:va )?| de )(?:${WORK_ON_WHAT_IS_TOLD}) `);

// Words every closing contains; sentences without any are not tested further.
const CLOSING_HINT = /biet|phap nhan|quyen han|nhiem vu khac|thong bao|trach nhiem|thi hanh|hieu luc|kem|thong qua|nghiem tuc|quan tam|tren day/;
// "… Chỉ thị này./.": read on the sentence's last characters only, not tried at every position.
const ENDS_THIS = / nay\W{0,4}$/;
const ENDS_THIS_SPAN = 9;

export function isClosing(folded: string, s: Sentence): boolean {
  const raw = folded.slice(s.start, s.end);
  if (!CLOSING_HINT.test(raw) && !ENDS_THIS.test(raw.slice(-ENDS_THIS_SPAN))) return false;
  const f = collapseBlanks(raw).trim();
  // "(Tổng cục Thuế giới thiệu … và) đề nghị các Cục Thuế khẩn trương tuyên truyền, phổ biến, thông báo
  // cho cán bộ thuế … biết.": the telling is the duty asked for, not the issuer's closing word.
  // "… thông báo để Cục Thuế được biết, hướng dẫn người nộp thuế thực hiện": told, then asked to act on it.
  const asked = ASKED.test(f) || ACTS_ON_IT.test(f);
  if ((!asked && TOLD.test(f)) || CLOSING.some((re) => re.test(f))) return true;
  if (f.length < 600 && seesDutiesDone(f.slice(0, wordEnd(f)))) return true;
  if (f.length > GENERIC_CALL_MAX || !/ cac | quy co quan| don vi | dong chi /.test(f)) return false;
  // The summing-up before a generic call: "Trên đây là Kế hoạch …, yêu cầu các cơ quan nghiêm túc thực hiện."
  const call = SUMMING_UP.exec(f);
  const rest = call ? f.slice(call[0].length) : f;
  return GENERIC_CALL.test(rest) || CARRY_OUT_THIS.test(rest);
}

/** Where `f.replace(/\W+$/, '')` ends: after the last ASCII letter, digit or "_", read from the end. */
function wordEnd(f: string): number {
  let end = f.length;
  while (end > 0 && !isWordCode(f.charCodeAt(end - 1))) end--;
  return end;
}

/** `/\w/` of one unit. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

const SUMMING_UP = /^\W{0,3}tren day la [^.;]{0,300}?, (?=(?:de nghi|yeu cau) )/;

// Quoted provisions of a law or decree ("Căn cứ Điều 2 Nghị định …:\n“Điều 2. Đối tượng áp dụng …”")
// state the law's duties, not the directive's. A quote opens a line after a colon and closes
// at the closing mark, or where the letter resumes ("Căn cứ…", "Từ căn cứ…", "Trường hợp…"). OCR may
// read the opening mark as "%" ("%1. Hóa đơn điện tử phải có …").
const QUOTE_OPEN = /:[ \t]{0,4}\n[\s]{0,8}(?:[“"]|%(?=\S))/g;
const QUOTE_RESUME = /\n[ \t]{0,8}(?:căn cứ|từ căn cứ|trường hợp|về vấn đề|theo đó)/giu;

export function findQuotedProvisions(ctx: TaskContext): [number, number][] {
  const ranges: [number, number][] = [];
  // Quotes come in text order, so the resume point found for one quote serves every later quote
  // that opens before it: the text is searched for resumes once in all, not once per quote.
  let resumeAt = -1; // -1: not searched yet; Infinity: none in the rest of the text
  for (const m of ctx.text.matchAll(QUOTE_OPEN)) {
    const start = m.index + m[0].length;
    if (ranges.length && start < ranges[ranges.length - 1]![1]) continue;
    const window = ctx.text.slice(start, start + 8_000);
    let close = window.search(/[”"]/u);
    // A straight quote on a line's start before a capital opens the next quoted article ("\n"Điều
    // 10. …"): the provisions go on to that one's close.
    for (let chained = 0; close >= 0 && chained < 4 && window.charCodeAt(close) === 34 && window.charCodeAt(close - 1) === 10 && isUpperCode(window.charCodeAt(close + 1)); chained++) {
      const next = window.slice(close + 1).search(/[”"]/u);
      close = next < 0 ? -1 : close + 1 + next;
    }
    if (resumeAt < start) {
      QUOTE_RESUME.lastIndex = start;
      const resume = QUOTE_RESUME.exec(ctx.text);
      resumeAt = resume ? resume.index : Infinity;
    }
    ranges.push([start, Math.min(close >= 0 ? start + close : Infinity, resumeAt, start + 8_000)]);
  }
  return ranges;
}
