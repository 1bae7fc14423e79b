import { isUpperCode } from '../char-class';
import { blanksEnd, collapseBlanks, isBlankCode, spacesEnd } from '../normalize';
import { expandDistributive, headAt, readAgencyPhrase, readAliasedList, verbAt, verbStartsAt, type AgencyPhrase } from './agency-phrase';

/** What opened a duty at a sentence start. */
export interface Trigger {
  /** Rule tag: `assign-cue`, `agency-subject`, `agency-colon`, `report-conditional`, `report-result`. */
  tag: string;
  /** Where the duty's sentence starts (kept for the span). */
  at: number;
  names: string[];
  /** Position after the agency phrase (where the action starts). */
  actionAt: number;
}

// The deadlines that may open a sentence before its subject (see DEADLINE_LEAD below).
// "Sau thời hạn nêu trên, Bộ Tài chính tổng hợp…": the end of a period set before; "Trong thời gian
// giữa hai kỳ họp, Thường trực Hội đồng nhân dân tỉnh giám sát…": a span of time.
const DEADLINE_WORDS = 'dinh ky|truoc ngay|truoc \\d|cham nhat|muon nhat|khong muon hon|han chot|hang (?:thang|quy|nam|tuan)|trong (?:thang|quy|nam|tuan|\\d)|(?:sau|het|qua) thoi han|trong thoi gian giua';
// Clauses that may open a sentence before its subject: "Trên cơ sở các báo cáo nêu trên, Bộ Tài chính chủ trì…".
// "Trong thời gian tới, yêu cầu Sở X…", "Về đề xuất của Sở X, giao Sở Y…", "Thống nhất chủ trương…;
// giao Sở Tài chính thẩm định…": an agreement is no duty, the cue after it is. OCR may read "Đối với"
// as "Déi với", "Đấi với".
const LEAD_CLAUSE = new RegExp(
  `^(?:tren day la |nhan duoc |do |xet |d[aeo]i voi |rieng |ben canh |mat khac|sau do|nham |khi |tu ngay|ke tu|tren co so|can cu|de |sau khi|thuc hien|theo |dong thoi|ngoai ra|trong do|do vay|vi vay|ngay \\d|trong thoi gian toi|thoi gian toi|tu nay|ve |(?:co ban |khong |chua )?(?:dong y|thong nhat|chap thuan|nhat tri)|${DEADLINE_WORDS})`,
);
// A deadline opening the sentence: "Trước ngày 15/12/2025, Sở Tài chính tổng hợp…", "Định kỳ trước
// ngày 25 hằng tháng, các Vụ, Cục gửi báo cáo…": what follows the comma is the duty, whatever its verb.
const DEADLINE_LEAD = new RegExp(`^(?:${DEADLINE_WORDS})`);
// …unless the verb tells what was done or is being done ("đã tổ chức", "được giao", "đang triển khai"),
// or no verb follows ("…, báo cáo Ủy ban nhân dân tỉnh, Bộ Tài chính về tình hình…": a list of recipients).
const NOT_DUTY_VERB = /^(?:da|duoc|dang|van|chua|la|ve|cho|tai|voi|theo|cua|den|tu|va|hoac|ve viec)\b/;
// The deadline before the comma is a short phrase of time words and numbers only, not a clause with
// its own verb ("Định kỳ hoặc đột xuất tổng hợp, báo cáo…" is a duty without a subject).
const MAX_DEADLINE_LEAD = 60;
// "Trong tháng 10/2025, …", "Trong quý IV/2025, …", "Trong 05 ngày làm việc kể từ ngày nhận được văn bản này, …".
const DEADLINE_LEAD_WORDS = new Set([
  'dinh', 'ky', 'truoc', 'ngay', 'cham', 'nhat', 'la', 'vao', 'han', 'chot', 'hang', 'thang', 'quy', 'nam', 'tuan', 'dau', 'cuoi', 'giua',
  'moi', 'i', 'ii', 'iii', 'iv', 'trong', 'lam', 'viec', 'ke', 'tu', 'nhan', 'duoc', 'van', 'ban', 'nay', 'cong',
  'sau', 'het', 'qua', 'thoi', 'neu', 'tren', 'gian', 'giua', 'hai', 'hop', 'mung', 'cua', 'khong', 'muon', 'hon',
]);
const NUMBER_WORD = /^(?:\d|(?:i{1,3}|iv)\/)[\d/.-]*$/;

/** True when `lead` (folded) holds only time words and numbers: "định kỳ trước ngày 25 hằng tháng". */
function isDeadlineLead(lead: string): boolean {
  // "Hàng năm, trước ngày mùng 10 của tháng 01, Cục Thuế …": commas between the time words.
  for (const word of lead.split(/[\s,]+/)) if (word !== '' && !DEADLINE_LEAD_WORDS.has(word) && !NUMBER_WORD.test(word)) return false;
  return true;
}
const DATED_ACCOUNT = /^(?:(?:sang|chieu|toi|vao) )?ngay \d/;
const ACCORDINGLY = /^theo do\s{0,2},/;
const REPORTED_ACCORDINGLY = /(?:^|\s)theo\s{1,3}do\s{0,2},?\s{0,2}$/;
const ISSUED = /\bban\s{1,3}hanh\b/;

/**
 * True when the clause ending at `end` follows "theo đó" in a sentence from `at` that tells of a text
 * issued ("Ngày 04/3/2020, Thủ tướng Chính phủ ban hành Chỉ thị số 11/CT-TTg …, theo đó, giao …"):
 * what that text assigned, not this letter.
 */
function toldIssue(folded: string, at: number, end: number): boolean {
  return REPORTED_ACCORDINGLY.test(folded.slice(Math.max(at, end - 12), end)) && ISSUED.test(folded.slice(at, end));
}
// After an opening clause only a firm duty counts as the main clause: "…, Bộ Tài chính chủ trì…".
const FIRM_VERB = /^(?:chu tri|chi tri|chi dao|co trach nhiem|khan truong|phoi hop voi|tham muu|lam dau moi|phai |can (?!bo\b))/;
// Assignment cues (folded, with the following space).
// "Ủy quyền Giám đốc Sở Xây dựng ký…" hands the act to the body named, as "Giao" does.
const CUE_AT = /^(giao|de\s{1,2}nghi|yeu\s{1,2}cau|phan\s{1,2}cong|uy\s{1,2}quyen|chi\s{1,2}thi)\s{1,3}/;
// Words after a cue that show it is a noun ("đề nghị của…", "yêu cầu về…"), not an assignment.
// "yêu cầu có báo cáo kết quả…": "có" opens the duty, no addressee ("Cơ quan", "cơ sở" are bodies).
// "…phù hợp với các điều kiện, yêu cầu phát triển kinh tế xã hội…": a noun, then what is required;
// "Giao chỉ tiêu phát triển …": targets handed out, to no one named.
const NOT_ADDRESSEE = /^(?:cua|ve|tai|theo|doi voi|duoc|cac noi dung|nhu sau|sau|thuc hien|trien khai|to chuc|nghiem tuc|kem|cu the|co (?!quan|so)|chi\s{1,3}tieu|phat\s{1,3}trien|nang\s{1,3}cao|tang\s{1,3}cuong|day\s{1,3}manh|thuc\s{1,3}day|bao\s{1,3}dam|dam\s{1,3}bao)\b/;
// Words between a cue and its addressee.
// "Phân công nhiệm vụ các Thành viên Chính phủ chủ trì…": "cho" may be left out after the noun.
// "Đ/c Chủ tịch UBND tỉnh" (đồng chí, comrade) before the office holder asked.
const ADDRESSEE_LEAD = /^(?:(?:nhiem vu|trach nhiem)\s{1,3}(?:cho\s{1,3})?|cho\s{1,3}|d\/c\s{1,3})/;
// Conditional report-back: "Trong quá trình thực hiện, có khó khăn… kịp thời báo cáo…".
// "Đối với các khó khăn, vướng mắc …, đề nghị phản ánh về …" opens a report-back as "Trường hợp có khó khăn" does.
const CONDITIONAL = /^(?:trong qua trinh|qua trinh|trong truong hop|truong hop|neu |doi voi (?:cac |nhung )?(?:kho khan|vuong mac))/;
// A sentence that begins with a background statement, not a duty; or with the provision of a law it
// goes on to quote ("Tại khoản 3 Điều 31 Thông tư 156/2013/TT-BTC … quy định: …").
const BACKGROUND = /^(?:(?:co ban |ve co ban |khong |chua )?(?:dong y|chap thuan|nhat tri)|(?:co ban |ve co ban )?thong nhat (?!giao\b|trien khai|thuc hien|to chuc|chi dao|yeu cau|de nghi|quan ly)|ghi nhan|mac du|tuy nhien|nhin chung|trong (?:thoi gian qua|thang \d|nam \d|nhung)|thoi gian qua|hien nay|qua |ket qua dat|danh gia cao|bieu duong|nam 20|tinh hinh|theo bao cao|theo so lieu|ngay \d|sang ngay|chieu ngay|tham du|sau khi nghe|kinh phi (?:thuc hien|trien khai|to chuc|de|cho)|viec quan ly,? su dung kinh phi|khuyen khich|tai (?:khoan|diem|dieu|chuong|muc) [\da-z]{1,3}\b|can cu (?:theo )?quy dinh tai |theo quy dinh tai (?:diem|khoan|dieu|muc|chuong) |(?:can cu|theo) (?:diem [a-z]{1,2}|khoan \d{1,3}|dieu \d{1,3}) |(?:bo )?luat [^.;:]{3,40}? quy dinh\b|(?:khoan|diem) [\da-z]{1,3},? (?:khoan \d{1,3},? )?dieu \d)/;

// Clauses tried after an opening clause; real sentences have a handful, hostile text thousands.
const MAX_COMMAS = 16;
// "được giao", "ban giao": the cue word is part of another phrase.
const PASSIVE_BEFORE = /(?:duoc|ban|chuyen|da|vua) $/;
// "Báo cáo…", "các báo cáo…" after an agency head: a report is the subject, not a body.
const REPORT_NOUN = /^(?:cac )?bao cao/;
// "các nội dung phản ánh là đúng": what was reported, a noun, not reporting back.
const REPORT_BACK = /bao cao|(?<!noi dung |thong tin |van de |duoc )phan anh|co van ban gui|gui ve|gui y kien|lien he/;
const DIFFICULTY = /kho khan|vuong mac|phat sinh|vuot tham quyen/;
// A cue inside a clause; searched with exec on this shared regex (cueTrigger never uses it).
// A line may break before the cue or inside it ("… Chủ tịch Ủy ban nhân dân tỉnh\ngiao Sở …").
const INNER_CUE = /\s(?:de\s{1,2}nghi|yeu\s{1,2}cau|(giao)|chi\s{1,2}thi)\s/g;
// "về việc" (a cited text's subject) or "trong đó" (what it contains) before an inner cue.
const REPORTED_CUE = /(?:ve\s{1,3}viec|trong\s{1,3}do,?)\s{1,3}$/;
const RESULT_REPORT = /^.{0,4}?ket qua\b.{0,60}\bbao cao (?:ve|cho|gui)\b/;

/** True when "ket qua" starts within the first five units from `at`, as RESULT_REPORT needs. */
function resultOpens(folded: string, at: number): boolean {
  for (let k = 0; k <= 4; k++) if (folded.startsWith('ket qua', at + k)) return true;
  return false;
}

/** Words of `s.slice(from, to)`: runs of non-blanks (`split(/\s+/).filter(Boolean).length`, without the arrays). */
function wordCount(s: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const blank = isBlankCode(s.charCodeAt(i));
    if (!blank && !inWord) words++;
    inWord = !blank;
  }
  return words;
}

/** True when the sentence at `at` reads as background rather than a duty. */
export function isBackground(folded: string, at: number): boolean {
  return BACKGROUND.test(collapseBlanks(folded.slice(at, at + 48)));
}

const MAX_MEMBERS = 480;

// The words of a list of bodies written one by one with ";" (ten or so bodies).
const MAX_LISTED_WORDS = 90;

/** True when bodies listed with ";" follow `at`: three of them or more within the usual reach of a name. */
function listedBodies(text: string, at: number): boolean {
  let semicolons = 0;
  for (let i = at; i < Math.min(text.length, at + 220) && semicolons < 3; i++) if (text.charCodeAt(i) === 59 /* ; */) semicolons++;
  return semicolons >= 3;
}

function namesOf(text: string, folded: string, phrase: AgencyPhrase): { names: string[]; end: number } {
  if (phrase.stop !== 'colon') return { names: phrase.names, end: phrase.end };
  // "Giao Giám đốc: Sở A, Sở B phối hợp…" / "Bộ trưởng các Bộ: Công an, Quốc phòng tiếp tục…".
  // The members may run long: all eleven ministries a letter is sent to.
  const members = readAgencyPhrase(text, folded, phrase.end + 1, false, MAX_MEMBERS);
  const sameLine = members && !text.slice(phrase.end, members.start).includes('\n');
  const distributive = members && (headAt(text, members.start, folded) || /(?:^|\s)[Cc]ác\s+(?:Bộ|Sở|bộ|sở)\s*$/u.test(text.slice(phrase.start, phrase.end)));
  if (members && (members.stop === 'verb' || members.stop === 'colon') && sameLine && distributive) {
    const expanded = expandDistributive(text.slice(phrase.start, members.end));
    if (expanded && expanded.length) return { names: expanded, end: members.end };
  }
  return { names: phrase.names, end: phrase.end };
}

function cueTrigger(text: string, folded: string, at: number, sentenceAt: number, requireHead = false): Trigger | null {
  // The first letters decide before any slice: most sentences start with no cue.
  const first = folded.charCodeAt(at);
  if (first !== 103 /* g */ && first !== 100 /* d */ && first !== 121 /* y */ && first !== 112 /* p */ && first !== 117 /* u */ && first !== 99 /* c */) return null;
  // PDF text may put two spaces inside the cue ("Đề  nghị  Sở…").
  const m = CUE_AT.exec(folded.slice(at, at + 16));
  if (!m) return null;
  {
    const cue = m[1]!.replace(/\s+/g, ' ');
    if (cue === 'giao' && text.slice(at, at + 4).toLowerCase() !== 'giao') return null;
    const prev = folded.slice(Math.max(0, at - 8), at);
    if (PASSIVE_BEFORE.test(prev)) return null;
    let after = at + m[0].length;
    // "Giao cho Sở Xây dựng…", "Giao nhiệm vụ cho Sở Khoa học và Công nghệ…": the addressee follows.
    const to = ADDRESSEE_LEAD.exec(folded.slice(after, after + 24));
    if (to) after += to[0].length;
    if (NOT_ADDRESSEE.test(folded.slice(after, after + 20))) return null;
    // "đề nghị liên hệ Sở Tài chính…": a verb right after the cue; no addressee is named.
    if (verbAt(text, folded, after)) return null;
    // "Giao đồng chí Nguyễn Văn A, Phó Giám đốc Sở Y tế …" opening a sentence names a person.
    const comrade = !requireHead && folded.startsWith('dong chi ', after);
    // "Phân công nhập dữ liệu vào phần mềm…": with no body after it, "phân công" is the duty's verb.
    const head = !comrade && (requireHead || cue === 'giao' || cue === 'uy quyen' || cue === 'phan cong' || cue === 'chi thi');
    // "… đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các Sở, ban, ngành của tỉnh; Bộ Chỉ huy quân sự
    // tỉnh; Công an tỉnh; … tổ chức nghiên cứu …": a list of bodies the request names, one by one.
    // "… yêu cầu các Bộ trưởng, … (sau đây gọi tắt là các bộ, cơ quan trung ương và địa phương) …": the
    // short name the text gives the list, wherever its lines break.
    // A list going on after the short name ("(sau đây gọi là Bộ, cơ quan trung ương) và Ủy ban nhân dân các
    // tỉnh …") is read as a phrase.
    const aliased = readAliasedList(text, folded, after);
    const more = aliased ? LIST_GOES_ON.exec(folded.slice(aliased.end, aliased.end + 12)) : null;
    if (aliased && !(more && headAt(text, aliased.end + more[0].length, folded))) return { tag: 'assign-cue', at: sentenceAt, names: aliased.names, actionAt: aliased.end };
    const listed = listedBodies(text, after);
    const phrase = readAgencyPhrase(text, folded, after, head) ?? (listed ? readAgencyPhrase(text, folded, after, head, MAX_MEMBERS) : null);
    if (!phrase) return null;
    if (phrase.stop === 'aux') return null;
    const words = wordCount(text, phrase.start, phrase.end);
    if (!headAt(text, phrase.start, folded) && (phrase.stop === 'clause' || words > 12)) return null;
    if (words > (listed ? MAX_LISTED_WORDS : 40)) return null;
    const { names, end } = namesOf(text, folded, phrase);
    return { tag: 'assign-cue', at: sentenceAt, names, actionAt: end };
  }
  return null;
}

// After a short name, the word that may bring more bodies: "… ) và Ủy ban …", "… ), các …" (folded).
const LIST_GOES_ON = /^\s{0,3}(?:,|va)\s{1,3}/;

/** What `lineGoesOn` reads of a text: a string, or anything that counts its reads. */
export interface CharSource {
  readonly length: number;
  charCodeAt(index: number): number;
}

/**
 * True when the line from `from` holds at least three characters once trimmed (as
 * `rest.trim().length >= 3` for the rest of the line). Reads up to the third character after the
 * blanks, not to the line's end: on a text of one huge line, a search for its end from every colon
 * would read the text once per colon.
 */
export function lineGoesOn(text: CharSource, from: number): boolean {
  let i = nonBlankOnLine(text, from);
  if (i < 0) return false;
  // The first non-blank is at `i`; the trimmed rest reaches three characters when a non-blank
  // follows on the same line at `i + 2` or later.
  i++;
  if (i >= text.length || text.charCodeAt(i) === 10) return false;
  return nonBlankOnLine(text, i + 1) >= 0;
}

/** The first non-blank from `i` on the same line, or -1 at the line's end. */
function nonBlankOnLine(text: CharSource, i: number): number {
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return -1;
    if (!isBlankCode(code)) return i;
  }
  return -1;
}

// A person named after a seat's colon: "Phó Thủ tướng Chính phủ Lê Thành Long", "Ông Nguyễn Văn A,
// Thứ trưởng …", "Đồng chí …" (folded).
// "Các thành viên thường trực của Phân ban: đại diện cấp Cục/Vụ của các Bộ …" too.
const MEMBER_AFTER = /^[ \t]{0,3}(?:(?:pho )?thu tuong|bo truong|thu truong|ong|ba|dong chi|ong\/ba|dai dien)\s/;

const FIGURES_AFTER = /^[ \t]{0,3}[\d§$%.,/]{1,8}(?:[ \t]{0,2}(?:\/|%|[,;.]|$))/;

// The words a subject may run to: a list of bodies, longer when it opens "Tất cả các …" (all of …).
const MAX_WORDS = 40;
const MAX_WORDS_ALL = 60;

function subjectTrigger(text: string, folded: string, at: number, sentenceAt: number): Trigger | null {
  if (!headAt(text, at, folded)) return null;
  const phrase = readAgencyPhrase(text, folded, at, true);
  if (phrase?.stop === 'cue') return cueTrigger(text, folded, phrase.end, sentenceAt);
  if (!phrase || phrase.stop === 'clause' || phrase.stop === 'aux') return null;
  if (REPORT_NOUN.test(folded.slice(phrase.start, phrase.start + 14))) return null;
  // "Báo Thanh niên từ ngày 04 đến ngày 08 tháng 01 năm 2013 đăng loạt bài phản ánh …", "Thông tấn xã
  // Việt Nam ngày 09 tháng 11 năm 2011, có bài: …": a dated press account, the background a letter answers.
  if (PRESS_ACCOUNT.test(folded.slice(phrase.start, phrase.end))) return null;
  const words = wordCount(text, phrase.start, phrase.end);
  // "Tất cả các trụ sở cơ quan Nhà nước, tổ chức chính trị, …, nhà ở của Nhân dân trên địa bàn huyện phải
  // treo cờ": everyone a notice speaks to, listed at length.
  const maxWords = folded.startsWith('tat ca ', phrase.start) ? MAX_WORDS_ALL : MAX_WORDS;
  if (words > maxWords || / đối với /u.test(text.slice(phrase.start, phrase.end))) return null;
  if (phrase.stop === 'colon') {
    // "Bộ Công an: 48/181, Bộ Công Thương: 55/146, …": figures per body (a footnote, a table in
    // prose), not duties.
    if (FIGURES_AFTER.test(text.slice(phrase.end + 1, phrase.end + 16))) return null;
    // "1. Chủ tịch Ủy ban: Phó Thủ tướng Chính phủ Lê Thành Long.": who holds a seat, not a duty;
    // "Hội đồng thẩm định bao gồm: Chủ tịch …": who sits on a body.
    if (MEMBER_AFTER.test(folded.slice(phrase.end + 1, phrase.end + 40)) || /(?:^|\s)(?:bao gom|gom)\s*$/.test(folded.slice(Math.max(phrase.start, phrase.end - 10), phrase.end))) return null;
    const { names, end } = namesOf(text, folded, phrase);
    const tag = end > phrase.end ? 'agency-subject' : 'agency-colon';
    // "Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp…" — a duty follows on the same line.
    if (end === phrase.end && !lineGoesOn(text, phrase.end + 1)) return { tag: 'agency-heading', at: sentenceAt, names, actionAt: end + 1 };
    // After a colon the duty starts past it; after distributed members it starts at their verb.
    return { tag, at: sentenceAt, names, actionAt: end > phrase.end ? end : end + 1 };
  }
  // "Điều 1. Cơ quan tiếp nhận hồ sơ": a bare "Cơ quan" names a role, not a body.
  if (phrase.names.length === 1 && BARE_ROLE.test(phrase.names[0]!)) return null;
  // "Cục Thuế doanh nghiệp lớn xin trân trọng thông báo: …": the issuer announcing, no duty of its own.
  // "Các thành viên Phân ban làm việc theo chế độ kiêm nhiệm", "Chủ tịch Phân ban sử dụng con dấu của
  // Bộ Công Thương": how a body being set up works (LABELS.md: no standing functions).
  if (ANNOUNCES.test(folded.slice(phrase.end, phrase.end + 32)) || WORKING_RULE.test(folded.slice(phrase.end, phrase.end + 40))) return null;
  // "Ủy ban nhân dân phường Nam Đồng thông báo và đề nghị các tổ chức, … treo cờ …": the bodies asked.
  const announced = ANNOUNCE_AND_ASK.exec(folded.slice(phrase.end, phrase.end + 32));
  if (announced) return cueTrigger(text, folded, phrase.end + announced[0].length, sentenceAt);
  // "Chủ tịch Hội Cựu Thanh niên xung phong … thay mặt Hội … có văn bản số 164/2011/HCTNXPVN ngày … gửi Thủ
  // tướng": a numbered text that body sent, what the letter answers ("có văn bản gửi …" unnumbered asks).
  if (SENT_NUMBERED.test(folded.slice(phrase.end, phrase.end + 160))) return null;
  // "Bộ Văn hóa, Thể thao và Du lịch chấp thuận việc đăng cai …", "UBND tỉnh đồng ý chủ trương …": an approval.
  if (APPROVES_VERB.test(folded.slice(phrase.end, phrase.end + 16))) return null;
  // "Công ty cổ phần … được Bộ Nông nghiệp và Môi trường cho phép khai thác …": what another body granted
  // it, told as background.
  if (folded.startsWith('duoc', phrase.end) && grantedBy(text, folded, phrase.end)) return null;
  return { tag: 'agency-subject', at: sentenceAt, names: phrase.names, actionAt: afterCopula(folded, phrase.end) };
}

const BARE_ROLE = /^(?:Cơ quan|Đơn vị)$/u;

/** True when "được" at `at` is followed by a body's name: a passive with its agent ("được Bộ … cho phép"). */
function grantedBy(text: string, folded: string, at: number): boolean {
  const m = /^duoc\s{1,3}/.exec(folded.slice(at, at + 10));
  return m !== null && isUpperCode(text.charCodeAt(at + m[0].length)) && headAt(text, at + m[0].length, folded) !== null;
}
const SENT_NUMBERED = /^\s{0,2}(?:thay\s{1,2}mat\s[^.;]{0,80}?\s)?(?:da\s{1,2})?co\s{1,2}(?:van\s{1,2}ban|cong\s{1,2}van|to\s{1,2}trinh|bao\s{1,2}cao)\s{1,2}so\s{0,2}\d/;
const ANNOUNCE_AND_ASK = /^\s{0,2}thong\s{1,2}bao\s{0,2}(?:va|,)\s{1,3}(?=(?:de\s{1,2}nghi|yeu\s{1,2}cau)\s)/;
const APPROVES_VERB = /^\s{0,2}(?:chap\s{1,2}thuan|dong\s{1,2}y|nhat\s{1,2}tri)\b/;
// No body's name holds a date or a newspaper's article (folded).
const PRESS_ACCOUNT = /\bngay\s{1,3}\d|\bco\s{1,3}bai\b|\bdang\s{1,3}(?:bai|tin|loat)\b/;
const WORKING_RULE = /^\s{0,2}(?:lam\s{1,2}viec|hoat\s{1,2}dong)\s{1,2}theo\s{1,2}che\s{1,2}do\s{1,2}kiem\s{1,2}nhiem|^\s{0,2}(?:duoc\s{1,2})?su\s{1,2}dung\s{1,2}con\s{1,2}dau/;
const ANNOUNCES = /^\s{0,2}(?:xin\s{1,2})?tran\s{1,2}trong\s{1,2}(?:thong\s{1,2}bao|cam\s{1,2}on)/;

// "là cơ quan thường trực, có trách nhiệm theo dõi…": the duty starts at what the body must do.
const COPULA_THEN_DUTY = /^\s*la [^.;:]{0,120}?,\s*(?=co trach nhiem|chiu trach nhiem|chu tri|lam dau moi)/;

/** Where the duty starts after a body's name: past "là cơ quan thường trực," when one follows. */
function afterCopula(folded: string, at: number): number {
  const m = COPULA_THEN_DUTY.exec(folded.slice(at, at + 160));
  return m ? at + m[0].length : at;
}

/**
 * Finds the duty that opens at sentence start `at`, if any: an assignment cue, an agency as
 * subject, or a conditional report-back. A cue may follow a leading clause ("Căn cứ…, đề nghị…").
 */
export function triggerAt(text: string, folded: string, at: number, sentenceEnd: number): Trigger | null {
  // The task rules ask about the same sentence several times (as a heading, as the next one…).
  if (text !== memoText) memoAt.fill(-1);
  // An equal text that is another string object is adopted: comparing the same object again is
  // instant, comparing two copies reads them whole on every call.
  memoText = text;
  // The repeats come close together: a small table by start offset keeps them, and filling it
  // costs nothing like a map of every sentence would.
  const slot = at & (MEMO_SIZE - 1);
  if (memoAt[slot] === at && memoEnd[slot] === sentenceEnd) return memoFound[slot]!;
  const found = findTrigger(text, folded, at, sentenceEnd);
  memoAt[slot] = at;
  memoEnd[slot] = sentenceEnd;
  memoFound[slot] = found;
  return found;
}

const MEMO_SIZE = 256;
let memoText = '';
const memoAt = new Int32Array(MEMO_SIZE).fill(-1);
const memoEnd = new Int32Array(MEMO_SIZE);
const memoFound: (Trigger | null)[] = new Array<Trigger | null>(MEMO_SIZE).fill(null);

function findTrigger(text: string, folded: string, at: number, sentenceEnd: number): Trigger | null {
  const direct = cueTrigger(text, folded, at, at) ?? subjectTrigger(text, folded, at, at);
  if (direct) return direct;
  // "Về kiến nghị của UBND thị xã: Sở Tài chính kiểm tra…", "Các nội dung khác: các địa phương chủ
  // động…": a topic, a colon, then the duty with its subject.
  const topicEnd = afterTopicColon(text, at, sentenceEnd, folded);
  if (topicEnd >= 0) {
    const cue = cueTrigger(text, folded, topicEnd, at);
    if (cue) return cue;
    const t = subjectTrigger(text, folded, topicEnd, at);
    if (t && t.tag === 'agency-subject') return t;
    const party = partyBeforeColon(text, folded, at, topicEnd);
    if (party) return party;
  }
  const person = personBeforeColon(text, folded, at, sentenceEnd);
  if (person) return person;
  const ocrSubject = ocrSubjectCue(text, folded, at);
  if (ocrSubject) return ocrSubject;
  // "Đồng ý Tổng công ty Hàng không Việt Nam chủ trì, phối hợp với Bộ Ngoại giao …": the approval
  // hands the body the work.
  const approval = APPROVAL.exec(folded.slice(at, at + 24));
  if (approval) {
    const t = subjectTrigger(text, folded, at + approval[0].length, at);
    if (t?.tag === 'agency-subject' && APPROVED_LEAD.test(folded.slice(t.actionAt, t.actionAt + 24).trimStart())) return t;
  }
  // Blanks collapsed: PDF text may put two spaces between words ("Trong  quá trình…").
  const head = collapseBlanks(folded.slice(at, at + 40)).slice(0, 30);
  if (CONDITIONAL.test(head)) {
    // Lines of PDF text may break inside the words ("báo\ncáo").
    const sentence = collapseBlanks(folded.slice(at, Math.min(sentenceEnd, at + 1000)));
    if (REPORT_BACK.test(sentence) && DIFFICULTY.test(sentence)) {
      return { tag: 'report-conditional', at, names: subjectAfterComma(text, folded, at, sentenceEnd), actionAt: at };
    }
  }
  if (LEAD_CLAUSE.test(head) || CONDITIONAL.test(head)) {
    if (ACCORDINGLY.test(head) && followsDatedIssue(folded, at)) return null;
    const deadlineLead = DEADLINE_LEAD.test(head);
    // "Ngày 15 tháng 10 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp…": a dated
    // account of a meeting; only a cue in it hands out a duty.
    const account = DATED_ACCOUNT.test(head);
    const conditional = CONDITIONAL.test(head);
    // Look for a cue or a subject after each comma of the sentence's first 300 characters.
    const limit = Math.min(sentenceEnd, at + 700);
    let commas = 0;
    for (let i = at; i < limit && commas < MAX_COMMAS; i++) {
      // "Về công tác thu ngân sách: Thuế tỉnh chủ trì…": a colon ends the opening clause too.
      const code = text.charCodeAt(i);
      if (code !== 44 /* , */ && code !== 58 /* : */) continue;
      commas++;
      const j = blanksEnd(text, i + 1, limit);
      const cue = cueTrigger(text, folded, j, at);
      // "Ngày 04/3/2020, Thủ tướng Chính phủ ban hành Chỉ thị số 11/CT-TTg …, theo đó, giao …": what
      // the text issued that day assigned, told as its story.
      if (cue && !(account && toldIssue(folded, at, i))) return cue;
      const t = subjectTrigger(text, folded, j, at);
      if (!t) continue;
      // Blanks collapsed: the verb's words may break over lines ("… liên quan phải\nthực sự …").
      const verb = t.tag === 'agency-subject' ? collapseBlanks(folded.slice(t.actionAt, t.actionAt + 24)).trimStart() : '';
      const afterDeadline = deadlineLead && i - at <= MAX_DEADLINE_LEAD && !NOT_DUTY_VERB.test(verb) && isDeadlineLead(folded.slice(at, i));
      // "Theo đó, các Cục Thuế thực hiện …": "accordingly" hands over what follows, whatever its verb.
      const accordingly = i - at <= 8 && ACCORDINGLY.test(head) && !NOT_DUTY_VERB.test(verb);
      // "Trường hợp …, Cục Hải quan báo cáo Tổng cục Hải quan xem xét": a conditional report-back.
      const reportsBack = conditional && verb.startsWith('bao cao');
      if (t.tag === 'assign-cue' || (!account && t.tag === 'agency-subject' && (FIRM_VERB.test(verb) || afterDeadline || accordingly || reportsBack))) return t;
    }
    // "…, Tổng cục Thuế triển khai, tập huấn đề nghị các Cục Thuế tổ chức…": a cue inside the clause.
    const clause = folded.slice(at, limit);
    INNER_CUE.lastIndex = 0;
    for (let m = INNER_CUE.exec(clause); m; m = INNER_CUE.exec(clause)) {
      // "…ban hành Quyết định số 41/QĐ-TCT về việc giao Cục Thuế…", "…Công văn số 1046, trong đó yêu
      // cầu các Cục Thuế…": what a cited text assigned, not this letter.
      if (REPORTED_CUE.test(clause.slice(Math.max(0, m.index - 14), m.index + 1))) continue;
      if (account && toldIssue(folded, at, at + m.index)) continue;
      // "Trường hợp đơn vị đã tổ chức khắc dấu và giao cho Chi cục quản lý, sử dụng thì …": what was
      // done already, the condition, not an assignment.
      if (conditional && m[1] !== undefined && / da /.test(clause.slice(0, m.index + 1)) && !clause.slice(0, m.index + 1).includes(' thi ')) continue;
      const cue = cueTrigger(text, folded, at + m.index + 1, at, true);
      if (cue) return cue;
    }
  }
  // "Một số căn cứ pháp lý … đã được thay thế, do vậy đề nghị Chủ đầu tư cập nhật …": a finding, then
  // the request it leads to.
  const consequenceEnd = Math.min(sentenceEnd, at + 700);
  for (let i = at; i < consequenceEnd; i++) {
    if (text.charCodeAt(i) !== 44 /* , */) continue;
    THEREFORE_CUE.lastIndex = i;
    const consequence = THEREFORE_CUE.exec(folded);
    if (!consequence) continue;
    const cue = cueTrigger(text, folded, i + consequence[0].length, at, true);
    if (cue) return cue;
  }
  // "Văn phòng Chính phủ xin gửi bản chụp văn bản … đến quý cơ quan để nghiên cứu và có ý kiến …, gửi về
  // Văn phòng Chính phủ trước ngày …": a text sent for the addressee's views asks for them.
  const views = sentForViews(text, folded, at, sentenceEnd);
  if (views) return views;
  // "Kết quả triển khai thực hiện báo cáo về Tổng cục Thuế" — a report duty with no subject.
  if (resultOpens(folded, at) && RESULT_REPORT.test(folded.slice(at, Math.min(sentenceEnd, at + 120)))) {
    return { tag: 'report-result', at, names: [], actionAt: at };
  }
  // "Ủy ban nhân dân tỉnh, chỉ đạo…" — mid-sentence cue after an opening clause handled above.
  return null;
}

const APPROVAL = /^(?:dong\s{1,2}y|chap\s{1,2}thuan)\s{1,3}(?:cho\s{1,3}|de\s{1,3})?/;
const APPROVED_LEAD = /^(?:chu\s{1,2}tri|lam\s{1,2}chu\s{1,2}dau\s{1,2}tu|to\s{1,2}chuc|trien\s{1,2}khai|thuc\s{1,2}hien)\b/;

// "… gửi … đến quý cơ quan để (nghiên cứu và) có ý kiến": to whom a text goes, and for their views (folded).
const FOR_VIEWS = /\bgui\s[^.;]{0,240}?\s(?:den|toi|cho)\s{1,3}([^.;]{2,120}?)\s{1,3}de\s{1,3}(?:nghien\s{1,3}cuu,?\s{1,3}(?:va\s{1,3})?)?(?:co|cho|tham\s{1,3}gia|gop)\s{1,3}y\s{1,3}kien\b/;

function sentForViews(text: string, folded: string, at: number, sentenceEnd: number): Trigger | null {
  // Searched within the sentence's window only: a search from `at` to the text's end would read a long
  // text once per sentence.
  const window = folded.slice(at, Math.min(sentenceEnd, at + 500));
  if (!window.includes('y kien')) return null;
  const m = FOR_VIEWS.exec(window);
  if (!m) return null;
  // The addressee ends right before "để … ý kiến", the match's tail.
  const from = at + m.index + m[0].lastIndexOf(m[1]!);
  const name = collapseBlanks(text.slice(from, from + m[1]!.length)).trim();
  if (!name || (!headAt(text, from, folded) && !/^(?:quy|cac)\s/.test(m[1]!))) return null;
  return { tag: 'assign-cue', at, names: [name], actionAt: from + m[1]!.length };
}

// Tried at each comma (sticky): ", do vậy đề nghị …", ", vì vậy, yêu cầu …".
const THEREFORE_CUE = /,\s{1,3}(?:do\s{1,3}vay|vi\s{1,3}vay|do\s{1,3}do|vi\s{1,3}the),?\s{1,3}(?=(?:de\s{1,2}nghi|yeu\s{1,2}cau)\s)/y;

// "Ngày 20 tháng 8 năm 2025, Thủ tướng Chính phủ đã ban hành Công điện số 138/CĐ-TTg… Theo đó, yêu
// cầu…": what an earlier text asked, told as its story, not this letter's duty.
// The words may break over lines ("… đã ban\nhành …").
const DATED_ISSUE = /(?:^|[.;:]\s+|\n\s*)(?:ngay\s{1,3}\d[^.]{0,200}?\bda\s{1,3}(?:ban\s{1,3}hanh|co|chi\s{1,3}dao)\b)[^.]*\.\s*$/;

function followsDatedIssue(folded: string, at: number): boolean {
  return DATED_ISSUE.test(folded.slice(Math.max(0, at - 400), at));
}

// A body's name that OCR garbled before its cue: "Téng cục Thuế dé nghị Cục Thuế các tỉnh…". A few
// words, the first capitalised, one of them a kind of body as folded.
const OCR_SUBJECT = /^[a-z][a-z ]{2,36}? (?=(?:de nghi|yeu cau) )/;
const BODY_WORD = /(?:^|\s)(?:cuc|so|bo|uy ban|ubnd|van phong|phong|chi cuc)(?:\s|$)/;

function ocrSubjectCue(text: string, folded: string, at: number): Trigger | null {
  if (!isUpperCode(text.charCodeAt(at))) return null;
  const window = folded.slice(at, at + 48);
  // The cue must come within the window: two plain searches rule out most sentences.
  if (!window.includes('de nghi ') && !window.includes('yeu cau ')) return null;
  const m = OCR_SUBJECT.exec(window);
  if (!m || window.slice(0, m[0].length).includes('\n') || !BODY_WORD.test(m[0])) return null;
  return cueTrigger(text, folded, at + m[0].length, at, true);
}

// Steps of a procedure and labels of a form ("Bước 3: Phòng Tài chính thẩm định hồ sơ"), no topics.
const NOT_TOPIC = /^(?:buoc|vi du|luu y|chu y|thanh phan|dia diem|hinh thuc|ho so|trinh tu|thu tuc|noi nhan)\b/;
const LIST_COLON = /(?:nhu|gom|cu the|sau|la|bao gom|vien)\s*$/;
// How far into a sentence a topic before a colon may run.
const MAX_TOPIC = 200;

/**
 * Where the words after a topic's colon start ("Về kiến nghị …: Sở Tài chính…"), or -1 when the
 * sentence has no colon in its first MAX_TOPIC characters with words after it on the same line.
 */
export function afterTopicColon(text: string, at: number, sentenceEnd: number, folded?: string): number {
  // A sentence that opens with its verb is a duty, not a topic ("Tiếp tục phối hợp với các cơ quan như: …").
  if (folded !== undefined && (verbStartsAt(folded, at) || NOT_TOPIC.test(folded.slice(at, at + 12)))) return -1;
  const limit = Math.min(sentenceEnd, at + MAX_TOPIC);
  for (let i = at; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return -1;
    if (code !== 58 /* : */) continue;
    // "… như: Công an, Quản lý thị trường", "gồm: …": a list follows, not a duty.
    if (folded !== undefined && LIST_COLON.test(folded.slice(Math.max(at, i - 12), i))) return -1;
    const j = spacesEnd(text, i + 1, sentenceEnd);
    return j < sentenceEnd && text.charCodeAt(j) !== 10 ? j : -1;
  }
  return -1;
}

// "6.2 Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo …": the party a topic names, when it acts (folded).
const FOR_PARTY = /^doi\s{1,3}voi\s{1,3}(?=(?:cac\s{1,3})?(?:don\s{1,3}vi|co\s{1,3}quan|doanh\s{1,3}nghiep|to\s{1,3}chuc|ca\s{1,3}nhan|nguoi\s{1,3}nop\s{1,3}thue|chu\s{1,3}dau\s{1,3}tu|nha\s{1,3}thau|thanh\s{1,3}vien|co\s{1,3}so)\s)/;
const MAX_PARTY = 80;
// A person by title and name: "Ông. Hoàng Văn Thuân", "Bà Nguyễn Thị Lan", "Đồng chí Lê Văn A" (folded).
const PERSON = /^(?:ong|ba|dong\s{1,3}chi)\.?\s{1,3}[a-z]/;

/**
 * "4.1. Ông Hoàng Văn Thuân - Trưởng đoàn: Chủ trì các buổi làm việc; …": a member of a team, named
 * with his role before a colon, and his share of the work (a capitalised verb after it), or null.
 */
function personBeforeColon(text: string, folded: string, at: number, sentenceEnd: number): Trigger | null {
  if (!PERSON.test(folded.slice(at, at + 12))) return null;
  const limit = Math.min(sentenceEnd, at + MAX_PARTY + 1);
  let colon = at;
  while (colon < limit && text.charCodeAt(colon) !== 58 /* : */ && text.charCodeAt(colon) !== 10) colon++;
  if (text.charCodeAt(colon) !== 58) return null;
  const actionAt = spacesEnd(text, colon + 1, sentenceEnd);
  if (!isUpperCode(text.charCodeAt(actionAt)) || !verbStartsAt(folded, actionAt)) return null;
  const name = collapseBlanks(text.slice(at, colon)).trim();
  return /[,;]/.test(name) ? null : { tag: 'agency-colon', at, names: [name], actionAt };
}

/** The party "Đối với …:" names when a capitalised verb opens what follows its colon, or null. */
function partyBeforeColon(text: string, folded: string, at: number, topicEnd: number): Trigger | null {
  const lead = FOR_PARTY.exec(folded.slice(at, at + 16));
  if (!lead || !isUpperCode(text.charCodeAt(topicEnd)) || !verbStartsAt(folded, topicEnd)) return null;
  const colon = text.lastIndexOf(':', topicEnd);
  const name = collapseBlanks(text.slice(at + lead[0].length, colon)).trim();
  return name.length > 3 && name.length <= MAX_PARTY && !/[,;.]/.test(name) ? { tag: 'agency-colon', at, names: [name], actionAt: topicEnd } : null;
}

function subjectAfterComma(text: string, folded: string, at: number, end: number): string[] {
  let commas = 0;
  for (let i = at; i < Math.min(end, at + 700) && commas < MAX_COMMAS; i++) {
    if (text.charCodeAt(i) !== 44 /* , */) continue;
    commas++;
    const j = blanksEnd(text, i + 1, end);
    const t = subjectTrigger(text, folded, j, at);
    if (t && t.tag === 'agency-subject') return t.names;
    // "…, nếu có khó khăn, vướng mắc, đề nghị các Cục Thuế phản ánh về Tổng cục Thuế": the body asked.
    const cue = cueTrigger(text, folded, j, at, true);
    if (cue && cue.names.length) return cue.names;
  }
  // "… trường hợp có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo Bộ Tài chính…": no comma before
  // the subject, right after the difficulty.
  const clause = folded.slice(at, Math.min(end, at + 300));
  const difficulty = DIFFICULTY_THEN.exec(clause);
  if (difficulty) {
    const t = subjectTrigger(text, folded, at + difficulty.index + difficulty[0].length, at);
    if (t && t.tag === 'agency-subject') return t.names;
  }
  return [];
}

const DIFFICULTY_THEN = /(?:kho khan|vuong mac|phat sinh)\s{1,3}(?=cac\s)/;

// The grounds or the moment a duty opens on, before its subject: "Căn cứ văn bản đề nghị …,", "Khi tiếp
// nhận container …,", "Sau khi tờ khai tạm nhập đủ điều kiện …,", "Trên cơ sở …," (folded).
const GROUNDS_LEAD = /^(?:can\s{1,3}cu|tren\s{1,3}co\s{1,3}so|(?:ngay\s{1,3})?sau\s{1,3}(?:khi|moi)|khi|truong\s{1,3}hop|neu)\s/;
// Past the grounds the clause is short: a handful of commas within the sentence's first lines.
const GROUNDS_REACH = 400;

/**
 * The bodies a duty names after the grounds it opens on ("Căn cứ Thông báo …, Chi cục Hải quan nơi lưu
 * giữ hàng hóa thực hiện …"): who acts in an item the heading above hands out; [] when none is named.
 */
export function groundedSubject(text: string, folded: string, at: number, end: number): string[] {
  // Under bodies asked above, a generic body in lower case ("cơ quan thuế") is theirs, not another.
  return groundedTrigger(text, folded, at, end, false)?.names ?? [];
}

// A body written in lower case after the grounds: "…, cơ quan thuế thực hiện …", "…, cơ sở đào tạo kiểm tra …".
const LOWER_BODY = /^co\s{1,3}(?:quan|so)\s/;
// How far a lower-case body's clause is read (its name and verb).
const LOWER_REACH = 400;

/**
 * `subjectTrigger` at `at` for a body whose head is written in lower case ("cơ quan thuế"): read in a
 * window of the clause with that letter capitalised, positions mapped back; or null.
 */
function lowerSubject(text: string, folded: string, at: number, end: number, sentenceAt: number): Trigger | null {
  if (!LOWER_BODY.test(folded.slice(at, at + 8)) || text.charCodeAt(at) !== 99 /* c */) return null;
  const to = Math.min(end, at + LOWER_REACH);
  const window = `C${text.slice(at + 1, to)}`;
  const t = subjectTrigger(window, folded.slice(at, to), 0, 0);
  if (!t || t.tag !== 'agency-subject') return null;
  return { ...t, at: sentenceAt, names: t.names.map((n) => (n.startsWith('C') ? `c${n.slice(1)}` : n)), actionAt: t.actionAt + at };
}

/** `groundedSubject` as a trigger: the bodies and where their action starts, or null. */
export function groundedTrigger(text: string, folded: string, at: number, end: number, lowerToo = true): Trigger | null {
  if (!GROUNDS_LEAD.test(folded.slice(at, at + 24))) return null;
  let commas = 0;
  for (let i = at; i < Math.min(end, at + GROUNDS_REACH) && commas < MAX_COMMAS; i++) {
    const code = text.charCodeAt(i);
    // "…, cần lập hồ sơ …; hồ sơ này được lưu giữ ở các cấp, các cơ quan …": the clause ends at ";".
    if (code === 59 /* ; */) return null;
    if (code !== 44 /* , */) continue;
    commas++;
    const j = blanksEnd(text, i + 1, end);
    const t = subjectTrigger(text, folded, j, at) ?? (lowerToo ? lowerSubject(text, folded, j, end, at) : null);
    if (t?.tag !== 'agency-subject') continue;
    return NOT_DUTY_VERB.test(folded.slice(t.actionAt, t.actionAt + 20).trimStart()) ? null : { ...t, tag: 'grounded-subject' };
  }
  return null;
}

/** Every cue inside a sentence ("…; Đề nghị Cục Thuế các tỉnh…"), for sub-duties. */
export function innerCueAt(text: string, folded: string, at: number, requireHead: boolean): Trigger | null {
  return cueTrigger(text, folded, at, at, requireHead);
}
