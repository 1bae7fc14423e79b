import { isLetterCode } from '../char-class';
import { collapseBlanks, isBlankCode } from '../normalize';
import type { Item } from '../segment/items';
import { expandDistributive, headAt, readAgencyPhrase, splitNames } from './agency-phrase';
import { AGENCY_HEADS } from '../vocab/agencies';
import { ASSIGN_INTRO } from './closings';
import { sameBody } from './names';
import { lastSentenceStart, splitSentences } from './sentences';
import { triggerAt } from './triggers';
import type { Inherited, TaskContext } from './types';

/** Reads the heading of an item: "1. Bộ Tài chính", "a) Bộ Y tế chủ trì…:", "2.2. Giao Vụ DTTT". */
export function headingOf(ctx: TaskContext, item: Item, parent: Inherited): Inherited {
  const { text, folded } = ctx;
  const from = item.textStart;
  const to = item.introEnd;
  let names = parent.names;
  let assign = parent.assign || ASSIGN_INTRO.test(introTail(folded, from, to));
  const start = skipBlank(text, from, to);
  const title = item.level > 0 ? titleNames(ctx, start, to) : null;
  // "… Bộ Tài chính yêu cầu các đơn vị thực hiện … . Bộ Tài chính hướng dẫn cụ thể một số nội dung
  // như sau:": the list the intro's last sentence opens is guidance, not the earlier request's duties.
  if (item.level === 0 && guidanceFollows(folded, start, to)) return { names, assign };
  // "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU" of a resolution sent to no one: its items fall to the bodies its
  // "TỔ CHỨC THỰC HIỆN" section charges with carrying the whole text out.
  if (item.level > 0 && parent.names.length === 0 && ctx.recipients.length === 0 && DUTIES_SECTION.test(firstLine(folded, start, to))) {
    const executor = implementationExecutor(ctx);
    if (executor) return { names: executor, assign: true };
  }
  const t = title ? null : triggerAt(text, folded, start, to);
  if (title) {
    names = title;
    assign = true;
  } else if (t && t.names.length && (item.level > 0 || t.tag === 'assign-cue')) {
    // At the top, "Chủ tịch UBND tỉnh chỉ đạo như sau:" names the speaker, not an assignee.
    names = t.names;
    assign = true;
  } else if (item.level > 0 && headAt(text, start, folded)) {
    // "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ…, Chủ tịch Ủy ban nhân dân…" with no verb.
    const phrase = readAgencyPhrase(text, folded, from, true);
    if (phrase && phrase.end - from < 300 && phrase.stop !== 'aux') {
      names = phrase.names;
      assign = true;
    } else if (phrase?.stop === 'aux' && TASKS_FOLLOW.test(introTail(folded, from, to))) {
      // "Điều 2. Hội đồng nhân dân tỉnh thống nhất thông qua phương hướng, …, trong đó cần tập trung một
      // số nhiệm vụ chủ yếu sau:" states what the council holds; the tasks listed fall to the body the
      // resolution charges with carrying it out ("Điều 3. … giao Ủy ban nhân dân tỉnh tổ chức thực hiện").
      const executor = resolutionExecutor(ctx);
      if (executor) {
        names = executor;
        assign = true;
      }
    }
  } else {
    // "… đề nghị các cơ quan, đơn vị:" at the end of the intro.
    const intro = folded.slice(from, to).trimEnd();
    // The intro's last sentence, which may be long ("… kính đề nghị Ủy ban nhân dân các tỉnh … chỉ
    // đạo …, trong đó lưu ý một số nhiệm vụ chủ yếu …, cụ thể như sau:"), up to MAX_CALL characters.
    const lastStart = intro.length > 200 ? lastSentenceStart(text, from, from + intro.length, from + intro.length - MAX_CALL) - from : 0;
    const tailFrom = Math.max(0, Math.min(intro.length - 200, Math.max(lastStart, intro.length - MAX_CALL)));
    const tail = intro.slice(tailFrom);
    let last: RegExpExecArray | null = null;
    CALL_IN_TAIL.lastIndex = 0;
    for (let mm = CALL_IN_TAIL.exec(tail); mm; mm = CALL_IN_TAIL.exec(tail)) last = mm;
    // A call that names a body: "yêu cầu về chất lượng" is a noun, and the sentence's subject may still name one.
    let called = false;
    if (last && tail.endsWith(':') && !tail.slice(last.index, -1).includes(':') && !/(?:de nghi|yeu cau|giao)\s*:$/.test(tail)) {
      const at = from + tailFrom + last.index + last[0].length;
      const phrase = readAgencyPhrase(text, folded, at, false);
      // Only a body is an addressee: "giao nhiệm vụ cụ thể như sau:" names none.
      const body = phrase && (headAt(text, phrase.start, folded) || folded.startsWith('dong chi', phrase.start) || folded.startsWith('d/c ', phrase.start));
      if (phrase && body && phrase.stop !== 'cue' && !/^(?:cac noi dung|nhu sau|sau\b|mot so|cu the)/.test(folded.slice(phrase.start, phrase.start + 14))) {
        names = phrase.names;
        // A request to a body that the list after the colon spells out hands out the list.
        assign = true;
        called = true;
      }
    }
    // "Phòng GD&ĐT yêu cầu:" at the root of a letter: the items are asked of those it is sent to.
    if (!called && item.level === 0 && ctx.recipients.length > 0 && ASKS_NO_ONE.test(tail)) {
      names = ctx.recipients;
      assign = true;
      called = true;
    }
    if (!called && (!last || item.level === 0) && (item.level > 0 || ctx.recipients.length === 0) && tail.endsWith(':') && (lastStart > 0 || item.level === 0)) {
      // "… Để thúc đẩy kết nối …, thời gian tới, các bộ, ngành cần tập trung triển khai các nhiệm vụ
      // trọng tâm sau đây:": a last sentence whose subject the items after the colon are for.
      // Past what OCR left of a lost item number (". Để thúc đẩy …").
      let at = from + lastStart;
      while (at < from + intro.length && !isLetterCode(text.charCodeAt(at))) at++;
      const t = triggerAt(text, folded, at, from + intro.length);
      // At the top of a text sent to no one ("Để các công việc … tiến hành được thuận lợi, các ngành, các cấp
      // cần thực hiện tốt những việc cụ thể sau đây:"), only a call on others: not the issuer's own plan.
      const others = item.level > 0 || (t !== null && !t.names.some((n) => ctx.issuerKey !== null && sameBody(n, ctx.issuerKey)) && CALLED_ON.test(folded.slice(t.actionAt, t.actionAt + 12)));
      if (t && t.tag === 'agency-subject' && t.names.length && LIST_AFTER.test(tail) && others) {
        names = t.names;
        assign = true;
      }
    }
  }
  return { names, assign };
}

// A request that names no one before its list: "… Phòng GD&ĐT yêu cầu:" (folded).
const ASKS_NO_ONE = /(?:^|[\s,])(?:de\s{1,2}nghi|yeu\s{1,2}cau)\s{0,2}:$/;

// The issuer's guidance opening a list: "… hướng dẫn cụ thể một số nội dung như sau:".
const GUIDANCE_INTRO = /\bhuong dan (?:cu the |them |bo sung )?(?:(?:mot so|cac) )?(?:noi dung|van de|diem)\b[^:.;]{0,120}(?:nhu sau|sau day|sau)\s*:$/;

/** True when the intro ending at `to` ends in a sentence of guidance after the one at `at`. */
function guidanceFollows(folded: string, at: number, to: number): boolean {
  const tail = introTail(folded, at, to);
  const last = tail.slice(-200);
  const m = GUIDANCE_INTRO.exec(last);
  return m !== null && /[.;]\s/.test(tail.slice(0, tail.length - last.length + m.index));
}

// What a call on others opens with: "cần", "phải", "có trách nhiệm".
const CALLED_ON = /^\s{0,2}(?:can|phai|co trach nhiem)\s/;

const MAX_CALL = 600;
// An intro that announces tasks: "… một số nhiệm vụ chủ yếu sau:", "… các giải pháp sau đây:".
const TASKS_FOLLOW = /(?:nhiem vu|giai phap)[^:]{0,60}(?:sau day|nhu sau|sau)\s*:$/;
// "giao Ủy ban nhân dân tỉnh tổ chức (triển khai) thực hiện Nghị quyết": who carries a resolution out.
const CARRY_OUT = /giao\s{1,3}(?=(?:uy\s{1,3}ban\s{1,3}nhan\s{1,3}dan|ubnd)\s)[^.;:]{1,80}?\s(?:to\s{1,3}chuc\s{1,3})?(?:trien\s{1,3}khai\s{1,3})?thuc\s{1,3}hien\s{1,3}nghi\s{1,3}quyet/;

/** The body a resolution charges with carrying it out, or null. */
function resolutionExecutor(ctx: TaskContext): string[] | null {
  const m = CARRY_OUT.exec(ctx.folded);
  if (!m) return null;
  const phrase = readAgencyPhrase(ctx.text, ctx.folded, m.index + m[0].indexOf(' ') + 1, true);
  return phrase && phrase.names.length ? phrase.names : null;
}
// A section of duties by its title alone: "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "Các nhiệm vụ, giải pháp".
const DUTIES_SECTION = /^(?:cac )?nhiem vu,? (?:va )?(?:cac )?giai phap(?: chu yeu| trong tam)?\s*:?$/;
// The section that says who carries the text out, on its own line: "IV. TỔ CHỨC THỰC HIỆN" (OCR "TÔ").
const IMPLEMENTATION = /\n[ \t]{0,12}(?:[ivx]{1,4}|\d{1,2})[ \t]?[.\-][ \t]{0,3}to chuc thuc hien[ \t:]*\n/;
// What the bodies it names first are charged with: the text itself ("… quán triệt … Nghị quyết này").
const THE_TEXT_ITSELF = /(?:nghi quyet|chi thi|ke hoach|chuong trinh|ket luan) nay/;

/** The line that starts at `start` (up to `to`), its blanks collapsed. */
function firstLine(folded: string, start: number, to: number): string {
  const nl = folded.indexOf('\n', start);
  return collapseBlanks(folded.slice(start, nl < 0 || nl > to ? to : nl)).trim();
}

/**
 * The collective of bodies the first item of the "TỔ CHỨC THỰC HIỆN" section charges with the whole
 * text ("1. Các cấp uỷ, tổ chức Đảng, chính quyền, lãnh đạo, chỉ đạo tổ chức quán triệt … Nghị quyết
 * này …"), or null.
 */
function implementationExecutor(ctx: TaskContext): string[] | null {
  const m = IMPLEMENTATION.exec(ctx.folded);
  if (!m) return null;
  const line = m.index + m[0].length;
  const marker = /^[ \t\n]{0,12}\d{1,2}[ \t]?[.\-][ \t]{1,3}/.exec(ctx.folded.slice(line, line + 20));
  if (!marker) return null;
  const at = line + marker[0].length;
  const phrase = readAgencyPhrase(ctx.text, ctx.folded, at, true);
  if (!phrase || phrase.stop !== 'verb' || !/^cac\s/.test(ctx.folded.slice(at, at + 4))) return null;
  return THE_TEXT_ITSELF.test(collapseBlanks(ctx.folded.slice(phrase.end, phrase.end + 300))) ? phrase.names : null;
}

// "… các nhiệm vụ trọng tâm sau đây:", "… như sau:": the colon announces what follows.
const LIST_AFTER = /(?:sau day|nhu sau|sau)\s*:$/;
// A call in the intro's last sentence; searched with exec on this shared regex (headingOf only).
// "Phòng GD&ĐT hướng dẫn các trường mầm non thực hiện như sau:": guidance for bodies named to act on it.
const CALL_IN_TAIL = /(?:^|[^a-z])(?:de nghi|yeu cau|giao|huong dan(?=\s+(?:cac|quy)\s[^.;:]{2,80}?\sthuc hien\s))\s+/g;

// ASSIGN_INTRO ends at the end of the intro and spans at most 212 characters of it (cue word,
// 200 others, colon): the intro's last few hundred characters decide, however long it is.
const INTRO_TAIL = 256;
const INTRO_TAIL_RAW = 400;

/** The end of `collapseBlanks(folded.slice(from, to)).trim()`: all of it, or its last ≥ INTRO_TAIL characters. */
function introTail(folded: string, from: number, to: number): string {
  const at = Math.max(from, to - INTRO_TAIL_RAW);
  // Collapsing a suffix gives a suffix of the collapsed whole.
  const tail = collapseBlanks(folded.slice(at, to)).trim();
  return at === from || tail.length >= INTRO_TAIL ? tail : collapseBlanks(folded.slice(from, to)).trim();
}

/**
 * An item whose first sentence is a bare title naming bodies ("2. Các cơ quan chuyên trách tham
 * mưu, giúp việc Đảng ủy; các chi bộ, đảng bộ cơ sở") hands its duties to those bodies.
 */
export function titleNames(ctx: TaskContext, start: number, to: number): string[] | null {
  const { text } = ctx;
  const doneBy = doneByNames(ctx, start, to);
  if (doneBy) return doneBy;
  // "1. Trách nhiệm của Sở Y tế", "2. Đối với Sở Giáo dục và Đào tạo", "3. Nhiệm vụ của UBND các huyện".
  const lead = DUTY_OF.exec(ctx.folded.slice(start, start + 40));
  // "1. Trách nhiệm của nhà đầu tư trong việc triển khai thực hiện dự án:": a party in lower case.
  const party = lead ? PARTY.exec(ctx.folded.slice(start + lead[0].length, start + lead[0].length + 16)) : null;
  if (lead && party) return [text.slice(start + lead[0].length, start + lead[0].length + party[0].length)];
  if (lead && headAt(text, start + lead[0].length, ctx.folded)) start += lead[0].length;
  // "II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG": the bodies after the words, in capitals.
  else if (lead && UPPER_TITLE.test(lineFrom(text, start, to))) return upperTitleNames(ctx, start + lead[0].length, to);
  else if (!headAt(text, start, ctx.folded)) return upperTitleNames(ctx, start, to);
  const first = splitSentences(text, start, to, 1)[0];
  if (!first) return null;
  const title = text.slice(first.start, first.end).trim();
  if (title.length > 220 || /[.;]$/.test(title) || hasAssignWord(ctx, first.start, first.end)) return null;
  // A title with a verb inside is a duty ("Bộ Y tế chủ trì, phối hợp…:"), not a name; so is a
  // statement ("Hội đồng nhân dân tỉnh thống nhất thông qua phương hướng, …, trong đó cần tập trung…:").
  const phrase = readAgencyPhrase(text, ctx.folded, start, true);
  if (phrase && (phrase.stop === 'verb' || phrase.stop === 'aux') && phrase.end < first.start + title.length - 1) {
    const rest = ctx.folded.slice(phrase.end, first.end);
    if (!STAFF_ROLE.test(rest)) return null;
  }
  // "1. Các Bộ: Y tế, Công Thương, Nông nghiệp và Môi trường" names each ministry.
  const list = title.replace(/:$/, '');
  const each = MEMBERS_OF_A_KIND.test(list) ? expandDistributive(list) : null;
  if (each) return each;
  const names = splitNames(list);
  return names.length ? names : null;
}

// "Các cơ quan chuyên trách tham mưu, giúp việc …", "… quản lý …": a role in the name, not a verb (folded;
// the words may break over lines).
const STAFF_ROLE = /^(?:tham\s{1,3}muu,?\s{1,3}giup\s{1,3}viec|quan\s{1,3}ly)/;
const MEMBERS_OF_A_KIND = /^[Cc]ác\s+(?:Bộ|Sở|bộ|sở)\s*:/u;

// "2.2 Về các dự án dầu khí và nguồn điện do PVN thực hiện": a topic whose work a body carries out.
const TOPIC = /^ve\s/;
const DONE_BY = /\sdo\s{1,2}/g;
const CARRIES_OUT = /^\s{0,2}(?:thuc hien|lam chu dau tu|dau tu|quan ly|chu tri|trien khai)\b/;

/** The body a topic title names as carrying its work out, or null. */
function doneByNames(ctx: TaskContext, start: number, to: number): string[] | null {
  const { text, folded } = ctx;
  if (!TOPIC.test(folded.slice(start, start + 4))) return null;
  const first = splitSentences(text, start, to, 1)[0];
  if (!first || first.end - first.start > 220) return null;
  const title = folded.slice(first.start, first.end);
  let at = -1;
  DONE_BY.lastIndex = 0;
  for (let m = DONE_BY.exec(title); m; m = DONE_BY.exec(title)) at = first.start + m.index + m[0].length;
  if (at < 0 || !headAt(text, at, folded)) return null;
  const phrase = readAgencyPhrase(text, folded, at, true);
  if (!phrase || phrase.stop !== 'verb' || !CARRIES_OUT.test(folded.slice(phrase.end, phrase.end + 24))) return null;
  return phrase.names;
}

// "I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu", "QUAN ĐIỂM": what a plan aims at, no one's duties.
// "1. Định hướng" alone on its line (not "ĐỊNH HƯỚNG, NHIỆM VỤ VÀ GIẢI PHÁP", which holds the duties).
const AIMS_HEADING = /^(?:muc dich|muc tieu|quan diem|(?:yeu cau|dinh huong)\s*(?:\n|:?\s*$)|su can thiet|boi canh|tinh hinh)/;

/** True when the item opening at `start` is a plan's section of aims ("I. MỤC ĐÍCH, YÊU CẦU"). */
export function isAimsHeading(folded: string, start: number): boolean {
  return AIMS_HEADING.test(folded.slice(start, start + 40));
}

// The parties a decision binds besides offices, as a title names them in lower case.
const PARTY = /^(?:nha dau tu|chu dau tu|nha thau)\b/;

// Words before the bodies a title hands duties to.
// "Nhiệm vụ chủ yếu của", "Các nhiệm vụ trọng tâm của", "Trách nhiệm cụ thể của".
const DUTY_OF = /^(?:(?:cac )?(?:trach nhiem|nhiem vu)(?: (?:cu the|chu yeu|trong tam))? (?:cua|doi voi) |doi voi )/;

// A title in capitals: letters, blanks, commas, hyphens, "&" (no lower-case letter, no full stop).
const UPPER_TITLE = /^[\p{Lu}\d][\p{Lu}\d ,;&\-–]{2,150}:?$/u;

/**
 * The bodies of a title in capitals ("1. SỞ Y TẾ", "2. ỦY BAN NHÂN DÂN CÁC HUYỆN, THÀNH PHỐ"), read
 * in sentence case and named as printed.
 */
function upperTitleNames(ctx: TaskContext, start: number, to: number): string[] | null {
  const title = lineFrom(ctx.text, start, to);
  if (!UPPER_TITLE.test(title) || ASSIGN_WORDS.test(ctx.folded.slice(start, start + title.length))) return null;
  const plain = sentenceCase(title.replace(/:$/, ''));
  if (!headAt(plain, 0)) return null;
  const names = splitNames(plain).map((name) => {
    const at = plain.indexOf(name);
    return at >= 0 ? title.slice(at, at + name.length) : name;
  });
  return names.length ? names : null;
}

/** The text from `start` to the end of its line (or `to`), trimmed. */
function lineFrom(text: string, start: number, to: number): string {
  const lineEnd = text.indexOf('\n', start);
  return text.slice(start, lineEnd < 0 || lineEnd > to ? to : lineEnd).trim();
}

/**
 * "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở văn hóa, Thể thao và Du lịch": lower case but for the
 * first letter of the title and of each part of two words or more after a comma or "và", and for
 * acronyms that are heads ("UBND"). Same length as `title`.
 */
function sentenceCase(title: string): string {
  const words = title.split(' ');
  let out = '';
  let capital = true;
  words.forEach((word, i) => {
    const acronym = word.length > 1 && AGENCY_HEADS.includes(word);
    let w = acronym ? word : word.toLowerCase();
    // A part of one word ("BAN, NGÀNH") names no body of its own.
    const partGoesOn = i + 1 < words.length && !/[,;]$/.test(word);
    if (capital && (i === 0 || partGoesOn) && !acronym) w = w.charAt(0).toUpperCase() + w.slice(1);
    out += (i ? ' ' : '') + w;
    capital = /[,;]$/.test(word) || w === 'và';
  });
  return out;
}

// Folded words of a duty; "giao" only as written, in lower case ("Sở Giáo dục", "Ban Tuyên giáo" are names).
const ASSIGN_WORDS = /\b(?:chu tri|phoi hop|khan truong|de nghi)\b/;
const GIAO = /(?:^|\s)[Gg]iao(?:\s|:|$)/;

/** True when the title `[from, to)` holds a duty's word. */
function hasAssignWord(ctx: TaskContext, from: number, to: number): boolean {
  return ASSIGN_WORDS.test(ctx.folded.slice(from, to)) || GIAO.test(ctx.text.slice(from, to));
}

/** Blanks and OCR debris before an item's text: `/[\s_¬>|'"“]/`. */
function isLeadingDebris(code: number): boolean {
  return code === 95 || code === 0xac || code === 62 || code === 124 || code === 39 || code === 34 || code === 0x201c || isBlankCode(code);
}

export function skipBlank(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isLeadingDebris(text.charCodeAt(i))) i++;
  return i;
}
