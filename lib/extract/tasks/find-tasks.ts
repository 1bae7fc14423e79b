import { hasLetterIn } from '../char-class';
import { collapseBlanks } from '../normalize';
import { foldKey } from '../fold';
import { structuralChildren, type Item } from '../segment/items';
import { expandDistributive, verbStartsAt } from './agency-phrase';
import { findQuotedProvisions, isClosing } from './closings';
import { sameBody, sameNames } from './names';
import { headingOf, isAimsHeading, skipBlank } from './headings';
import { performersOf } from './performers';
import { draftCoordinators, firstSentenceEnd, hasDatedCue, opensList, regionTasks } from './region-tasks';
import { ROLE_ITEM, roleLineTask } from './role-lines';
import { findTableTasks } from './table-tasks';
import type { Inherited, TaskContext, TaskDraft } from './types';

export type { TaskContext, TaskDraft } from './types';

const OPENER = /^k\S{0,2}nh g\S{0,3}\s*:?$/iu;
const FOR_INFORMATION = /\((?:để\s)?(?:b\/c|báo cáo|biết|theo dõi)\)\s*$/iu;

// "Điều 2. Nhiệm vụ của Tổ công tác", "Chức năng, nhiệm vụ, quyền hạn của Ban Chỉ đạo": what a body
// being set up does (LABELS.md: no standing functions and powers), not duties of this letter.
const STANDING_FUNCTIONS =
  /^(?:(?:chuc nang|nhiem vu|quyen han|trach nhiem|nguyen tac hoat dong|che do lam viec)(?:,\s?|\s(?:va\s)?)){1,4}(?:cua\s)?(?:cac\s)?(?:to\s(?!chuc)|tong to|ban chi dao|hoi dong|doan\s|ban to chuc|tieu ban|ban bien tap|thanh vien(?! chinh phu)|nhom\s|co quan thuong truc|bo phan giup viec)/;

// "PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC 02" alone on its line; OCR may lose a mark ("PHU LỤC").
const APPENDIX = /\n[ \t]{0,40}PH[ỤU] L[ỤU]C(?:[ \t]{1,3}(?:[IVX]{1,5}|\d{1,3}))?[ \t]*\r?\n/u;

// "Điều 1. Chương trình giám sát năm 2018 của Hội đồng nhân dân tỉnh gồm các nội dung sau:" lists the
// programme approved, as "Thông qua chương trình …" does; "Điều 1. Hội đồng nhân dân tỉnh thống nhất quy
// định nội dung, mức chi …", "Điều 1. Quy định mức chi …" the rates set.
const APPROVES = /^(?:chuong\s{1,3}trinh\s{1,3}(?:hoat\s{1,3}dong\s{1,3})?giam\s{1,3}sat\s{1,3}nam\s{1,3}\d{4}\b|(?:hoi\s{1,3}dong\s{1,3}nhan\s{1,3}dan(?:\s{1,3}(?:tinh|thanh\s{1,3}pho|huyen))?\s{1,3})?(?:thong\s{1,3}qua|thong\s{1,3}nhat(?:\s{1,3}quy\s{1,3}dinh)?|phe\s{1,3}chuan|phe\s{1,3}duyet|ban\s{1,3}hanh|quyet\s{1,3}dinh|quy\s{1,3}dinh)\s{1,3}(?:noi\s{1,3}dung\s{1,3})?(?:chuong trinh|ke hoach|de an|danh muc|quy hoach|du toan|phuong an|noi dung|muc\s{1,3}(?:chi|thu|gia|ho\s{1,3}tro))\b)/;

// The longest item read whole as one closing sentence.
const MAX_ENACTING = 600;

/**
 * True when the item `[from, to)` is one sentence (no full stop before its end) and a closing: the
 * enacting clause, whatever bodies it lists over several lines, or the text taking effect.
 */
function enactingOnly(folded: string, from: number, to: number): boolean {
  if (to - from > MAX_ENACTING || /[.!?]\s/.test(folded.slice(from, to).trimEnd().replace(/\W{0,8}$/, ''))) return false;
  return isClosing(folded, { start: from, end: to, paragraph: true, bullet: false });
}

// A colon, then a footnote opening the next line with its mark ("1", "!" as OCR reads "¹").
const FOOTNOTE_AFTER_COLON = /:[ \t]*\n\s*(?:[!*¹²³⁴⁵⁶⁷⁸⁹]|\d{1,2})[ \t]+\p{Lu}/u;

// Nothing after the request's sentence but "Cụ thể như sau:" announcing the items (folded text).
const ANNOUNCES = /^\s*(?:(?:cu\s{1,3}the(?:\s{1,3}nhu\s{1,3}sau)?|nhu\s{1,3}sau)\s{0,3}:\s*)?$/;

/**
 * `text` without what a page break leaves in PDF text ("--- PAGE BREAK ---", a page number line). The
 * slice's first line may be the end of a longer one ("… TMĐT. Cụ\nthể như sau:"): it stays.
 */
function withoutPageDebris(text: string): string {
  return text.length > 200 ? text : text.replace(/-{2,4}[ \t]{0,3}page break[ \t]{0,3}-{2,4}/gi, '').replace(/(?<=\n)[ \t]{0,8}\S{1,3}[ \t]{0,8}(?=\n|$)/g, '');
}

// "2. Quyền hạn của Thành viên Chính phủ: Yêu cầu các địa phương báo cáo…": what someone may do.
// "Quyền hạn"; "1. Đối tượng áp dụng:", "Phạm vi điều chỉnh": who a rule applies to, not who must act;
// "Phạm vi:" what a plan covers.
const POWERS = /^(?:(?:quyen han|doi tuong ap dung|pham vi (?:dieu chinh|ap dung))\b|pham vi\s{0,2}:)/;

// A name that lists the members of a kind after a colon: "Bộ trưởng các Bộ: Tài chính, Xây dựng", "Các Sở: …".
const LISTED_MEMBERS = /^[^:]{0,40}[Cc]ác (?:Bộ|Sở|bộ|sở)\s{0,2}:\s{0,2}\S/u;
const RECIPIENTS_ALIAS = /\n[ \t]{0,40}\([ \t]{0,2}[Ss]au đây (?:gọi (?:chung |tắt )?|viết tắt )là ([^()\n]{2,60}?)[ \t]{0,2}\)/u;
/** How far into the text the recipients' short name is looked for. */
const ALIAS_REACH = 6000;

// A section title reviewing the situation, the results so far or the difficulties met ("2. Khó khăn,
// vướng mắc", "Thực trạng …").
const SITUATION = /^(?:ve\s{1,3})?(?:tinh\s{1,3}hinh|ket\s{1,3}qua|danh\s{1,3}gia\s{1,3}(?:chung|tinh\s{1,3}hinh)|thuc\s{1,3}trang|kho\s{1,3}khan,?\s{1,3}vuong\s{1,3}mac\s{0,3}(?:\n|$))/;

/**
 * Finds the duties of the body: one per lowest numbered/lettered item (bullets belong to their
 * item), split where a sentence gives a separate duty to another body, plus the duties stated
 * in plain paragraphs.
 */
export function findTaskDrafts(context: TaskContext, root: Item): TaskDraft[] {
  // Addressees sent the letter "(để báo cáo)", "(b/c)", "(để biết)" are told, not asked (domain.md §5.3).
  // A line may hold several addressees ("Sở Tài chính; Sở Nội vụ; Sở Y tế"), and a "Kính gửi:" alone
  // on its line is no addressee.
  const recipients: string[] = [];
  for (const line of context.recipients) {
    for (const part of line.split(/;\s*/u)) {
      const r = part.trim();
      if (r.length > 1 && !FOR_INFORMATION.test(r) && !OPENER.test(r)) recipients.push(r);
    }
  }
  // "(Sau đây gọi chung là các đơn vị)", "(Sau đây viết tắt là BHXH các tỉnh)" on the line after the
  // block: the name the letter then asks them by.
  const alias = recipients.length > 1 ? RECIPIENTS_ALIAS.exec(context.text.slice(0, ALIAS_REACH)) : null;
  if (alias) recipients.push(collapseBlanks(alias[1]!));
  const tables = findTableTasks(context.text, context.folded);
  const quoted = [...findQuotedProvisions(context), ...tables.tables.map((t): [number, number] => [t.start, t.end])];
  // With no "Kính gửi", the bodies the letter is sent to "(để thực hiện)" are who must act.
  const acting = recipients.length ? recipients : performersOf(context.text, context.folded);
  const ctx: TaskContext = { text: context.text, folded: context.folded, recipients: acting, issuerKey: context.issuerKey, quoted };
  const out: TaskDraft[] = [];
  // Most texts have no appendix: native searches rule it out before the pattern reads the text whole.
  const appendix = ctx.text.includes('PH') && (ctx.text.includes('LỤC') || ctx.text.includes('PHỤ') || ctx.text.includes('PHU LUC')) ? APPENDIX.exec(ctx.text) : null;
  const appendixAt = appendix ? appendix.index : Infinity;
  walkItem({ ctx, out, appendixAt }, root, { names: [], assign: false });
  out.push(...tables.tasks);
  out.sort((a, b) => a.start - b.start);
  // "Điều 4. Bộ trưởng Bộ Tài chính, …, Chủ tịch Ủy ban nhân dân các tỉnh:" whose duty turned out to
  // be a closing ("… chịu trách nhiệm thi hành Quyết định này"): names with no action are no duty.
  let kept = 0;
  for (const d of out) if (hasLetterIn(ctx.text, d.actionAt, d.end) && !unaddressedStatement(ctx, d) && !conditionalEntitlement(ctx, d)) out[kept++] = d;
  out.length = kept;
  // A report-back with no subject in a letter with no "Kính gửi" ("Trong quá trình thực hiện, nếu có
  // vướng mắc, đề nghị phản ánh về Sở Nội vụ…") falls to the bodies of the duty before it.
  out.forEach((d, i) => {
    if (d.assignees.length === 0 && d.tags.includes('report-conditional') && i > 0) d.assignees = out[i - 1]!.assignees;
  });
  for (const d of out) {
    // "đề nghị Quý Sở …", "yêu cầu các đơn vị …" in a letter with a "Kính gửi": the bodies it is sent to,
    // named after the words the letter used.
    if (recipients.length && d.assignees.length && d.assignees.every((n) => YOU.test(foldKey(n)))) d.assignees = [...d.assignees, ...recipients.filter((r) => !d.assignees.includes(r))];
    // "Bộ trưởng các Bộ: Tài chính, Xây dựng" kept whole by a rule that read it as one name: each minister.
    if (d.assignees.some((n) => LISTED_MEMBERS.test(n))) d.assignees = d.assignees.flatMap((n) => (LISTED_MEMBERS.test(n) ? (expandDistributive(n) ?? [n]) : [n]));
    // A table row names its coordinators in their own cell; "Sở A chủ trì; Sở B phối hợp" added some.
    if (d.tags.includes('table-row') && d.coordinators.length) continue;
    const found = draftCoordinators(ctx, d);
    d.coordinators = d.coordinators.length ? [...found, ...d.coordinators.filter((c) => !found.includes(c))] : found;
  }
  return out;
}

// How a letter speaks to its addressees (folded): "Quý Sở", "quý cơ quan", "các đơn vị", "đơn vị".
// "Các sở" may be some of them ("Các sở quản lý chuyên ngành"): only the honorific names a kind of body.
const YOU = /^(?:(?:quy |cac )?(?:co quan|don vi|co quan, don vi)|quy (?:so|bo|uy ban|cuc|chi cuc))$/;

/** What the walk over the items reads and fills. */
interface WalkScope {
  ctx: TaskContext;
  out: TaskDraft[];
  /** Where an appendix ("PHỤ LỤC …") starts, or Infinity. */
  appendixAt: number;
}

/** Reads the duties of `item` and of its sub-items into `scope.out`. */
function walkItem(scope: WalkScope, item: Item, inherited: Inherited): void {
  const { ctx, out, appendixAt } = scope;
  if (item.level > 0) {
    const at = skipBlank(ctx.text, item.textStart, item.end);
    const opening = ctx.folded.slice(at, item.textStart + 120);
    if (STANDING_FUNCTIONS.test(opening) || POWERS.test(opening) || isAimsHeading(ctx.folded, at)) return;
    // "I. Về tình hình thực hiện nhiệm vụ quý I/2019:" reviews what was done: the call above hands
    // nothing on into it (a body it names and asks is still read).
    if (SITUATION.test(opening)) inherited = { names: [], assign: false };
  }
  const isRoot = item.level === 0;
  // "3. Rà soát …\na) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: …; c) Thời gian thực hiện: …":
  // sub-items that only give the item's roles are read with it.
  const structural = structuralChildren(item);
  const children =
    !isRoot && structural.length > 0 && (structural.every((c) => ROLE_ITEM.test(ctx.folded.slice(skipBlank(ctx.text, c.textStart, c.end), c.end))) || announcesDetails(ctx, item)) ? [] : structural;
  if (children.length === 0) {
    // "2. Chánh Văn phòng …; Giám đốc Sở …; … chịu trách nhiệm thi hành Quyết định này./.", "1. Quyết định
    // này có hiệu lực thi hành kể từ ký ban hành.": the enacting clauses, whatever bodies they list.
    if (!isRoot && enactingOnly(ctx.folded, skipBlank(ctx.text, item.textStart, item.end), item.end)) return;
    const roles = isRoot ? null : roleLineTask(ctx.text, ctx.folded, item.textStart, item.end);
    if (roles) out.push(roles);
    else {
      const found = regionTasks(ctx, item.textStart, item.end, inherited, isRoot);
      // "Điều 4. Kinh phí tổ chức … được bố trí trong dự toán …": an article that names no one states a
      // rule of the decision, not a duty.
      const article = item.marker.startsWith('Điều');
      out.push(...(article ? found.filter((t) => t.assignees.length > 0 || !t.tags.includes('inherited-assignee')) : found));
    }
    return;
  }
  // Bullets before the first numbered item are part of the intro, and so is a paragraph after
  // them: "- Dữ liệu … chưa được cập nhật…\n\nĐể hoàn thành…, Tổng cục Thuế yêu cầu Cục Thuế các
  // tỉnh… thực hiện một số giải pháp sau:\n1/ …" addresses the items.
  let heading = headingOf(ctx, { ...item, introEnd: Math.max(item.introEnd, children[0]!.start) }, inherited);
  // "Điều 1. Thông qua chương trình giám sát … Cụ thể như sau:", "Điều 1. Hội đồng nhân dân tỉnh thống
  // nhất chương trình giám sát năm 2018 …, gồm 02 chuyên đề sau:": what is approved, not duties.
  const approves = !isRoot && APPROVES.test(ctx.folded.slice(skipBlank(ctx.text, item.textStart, item.end), item.textStart + 80));
  if (approves) heading = { names: [], assign: false };
  // Inside the programme approved, "1. Hội đồng nhân dân tỉnh giám sát tại các kỳ họp:" tells what the
  // council itself will do under it, not a duty it hands out.
  else if (inherited.approved && ctx.issuerKey && heading.names.some((name) => sameBody(name, ctx.issuerKey!))) heading = { names: [], assign: false };
  if (approves || inherited.approved) heading = { ...heading, approved: true };
  // The intro of an item with sub-items is a heading: its duties count when it hands one out
  // ("Giao Bộ Công an chủ trì…") or sets its own date; the sub-items inherit its assignee.
  const introTasks = regionTasks(ctx, item.textStart, item.introEnd, isRoot ? { names: [], assign: false } : heading, true);
  const openers: TaskDraft[] = [];
  for (const t of introTasks) {
    // "Sở X đề nghị các cơ quan, đơn vị:" only opens the list; a long duty before the colon stays.
    // A page's footnote may follow the colon in PDF text ("…được giao:\n\n! Các Nghị quyết số 57-NQ/TW…").
    const footnote = FOOTNOTE_AFTER_COLON.exec(ctx.text.slice(t.actionAt, t.end));
    const openingEnd = footnote ? t.actionAt + footnote.index + 1 : t.end;
    const opening = ctx.text.slice(t.actionAt, openingEnd);
    const listOpener = opensList(ctx.text, t, openingEnd);
    // "… kính đề nghị Ủy ban nhân dân các tỉnh … chỉ đạo … quán triệt các quy định, trong đó lưu ý một số
    // nhiệm vụ chủ yếu …, cụ thể như sau:": one sentence asking the bodies the items then name.
    const handsOn =
      heading.assign && /:\s*$/.test(withoutPageDebris(opening.slice(-80))) && sameNames(t.assignees, heading.names) && ANNOUNCES.test(withoutPageDebris(ctx.folded.slice(firstSentenceEnd(ctx, t), t.end)));
    if ((listOpener || handsOn) && !hasDatedCue(ctx, t)) {
      if (t.tags.includes('assign-cue') && t.assignees.length) openers.push({ ...t, tags: [...t.tags, 'intro'] });
      continue;
    }
    if (t.tags.includes('assign-cue') || hasDatedCue(ctx, t) || (isRoot && !t.tags.includes('inherited-assignee'))) {
      out.push({ ...t, tags: [...t.tags, 'intro'] });
    }
  }
  // "6. Thực hiện thanh tra …\n\nNgoài ra, đề nghị các Cục Thuế báo cáo … Cụ thể như sau:\n(1) Kết quả …
  // (2) Giải pháp … (3) Các khó khăn …": the sub-items say what the report holds. The item's own duty and
  // the request for the report are its tasks; the contents are none.
  if (!isRoot && reportsContents(ctx, openers, children)) {
    // The intro read as an item's text: its own duty, then the request.
    const own = regionTasks(ctx, item.textStart, item.introEnd, inherited, false);
    // What an intro task already pushed (a dated request) is read again here.
    for (let k = out.length - 1; k >= 0 && out[k]!.start >= item.textStart; k--) if (own.some((t) => t.start === out[k]!.start)) out.splice(k, 1);
    out.push(...own);
    // Under the contents, a paragraph after the list may still ask for something ("Đề nghị Cục Thuế gửi
    // báo cáo về Tổng cục Thuế trước ngày 30/06/2021."): what a cue hands out is kept, the contents are not.
    const before = out.length;
    for (const c of children) walkItem(scope, c, { names: [], assign: false });
    for (let k = out.length - 1; k >= before; k--) if (!out[k]!.tags.includes('assign-cue')) out.splice(k, 1);
    return;
  }
  const lastCue = [...introTasks].reverse().find((t) => t.tags.includes('assign-cue') && t.assignees.length);
  if (lastCue && !isRoot) heading = { names: lastCue.assignees, assign: true };
  // Text after the last sub-item that is not inside it (rare) is handled by the sub-item. An
  // appendix ("PHỤ LỤC …") lays out figures: the call before it hands nothing on into it.
  const before = out.length;
  for (const c of children) walkItem(scope, c, c.start >= appendixAt && item.start < appendixAt ? { names: [], assign: false } : heading);
  // "Bộ Tài chính đề nghị các Cục Thuế phổ biến … các nội dung mới của Luật như sau:" over items that
  // only explain the law: the request that opened them is the duty.
  if (out.length === before) out.push(...openers);
}

// "… trong đó, tài sản … giao cho đối tượng quản lý tài sản theo các hình thức sau:", "… gồm các trường hợp
// sau:": the sub-items tell the forms or cases of the item's one duty (folded).
const DETAILS_AFTER = /(?:theo|gom|voi|co|o)\s{1,3}(?:cac|nhung|\d{1,2})\s{1,3}(?:hinh\s{1,3}thuc|truong\s{1,3}hop|tieu\s{1,3}chi|dieu\s{1,3}kien|loai)(?:\s{1,3}[a-z]{1,8}){0,2}?\s{1,3}(?:sau|nhu\s{1,3}sau)(?:\s{1,3}day)?\s{0,3}:\s*$/;

/** True when an item's intro, a duty of its own, ends announcing the forms or cases its sub-items tell. */
function announcesDetails(ctx: TaskContext, item: Item): boolean {
  const at = skipBlank(ctx.text, item.textStart, item.introEnd);
  if (!verbStartsAt(ctx.folded, at)) return false;
  return DETAILS_AFTER.test(ctx.folded.slice(Math.max(at, item.introEnd - 120), item.introEnd).trimEnd());
}

// A request for a report ("… báo cáo kịp thời, đầy đủ tình hình …", "… gửi báo cáo …") (folded).
const REPORT_REQUEST = /^\s{0,3}(?:gui\s{1,3})?bao\s{1,3}cao\b/;

/**
 * True when the list an item's intro opens is the contents of a report it asks for: the last opener
 * asks for a report, and most sub-items open on a noun ("Kết quả …", "Các khó khăn …"), not a verb.
 */
function reportsContents(ctx: TaskContext, openers: readonly TaskDraft[], children: readonly Item[]): boolean {
  const opener = openers[openers.length - 1];
  if (!opener || !REPORT_REQUEST.test(ctx.folded.slice(opener.actionAt, opener.actionAt + 24))) return false;
  const nouns = children.filter((c) => !verbStartsAt(ctx.folded, skipBlank(ctx.text, c.textStart, c.end))).length;
  return nouns * 2 > children.length;
}

/**
 * True for a sentence handed down to no one that opens on no verb: "1. Thời gian tiếp nhận hồ sơ Từ
 * ngày 22/7/2026 …", "1. Việc thực hiện nhiệm vụ được ủy quyền phải tuân thủ …" tell, not ask.
 */
function unaddressedStatement(ctx: TaskContext, d: TaskDraft): boolean {
  if (d.assignees.length > 0 || !d.tags.includes('inherited-assignee')) return false;
  const at = skipBlank(ctx.text, d.actionAt, d.end);
  // "Đây là nhiệm vụ trọng tâm, cần khẩn trương hoàn thiện hồ sơ…" still calls for work.
  return !verbStartsAt(ctx.folded, at) && !CALLS_FOR_WORK.test(ctx.folded.slice(at, Math.min(d.end, at + 200)));
}

// "Trường hợp … thì NHTM, chi nhánh ngân hàng nước ngoài được cấp một tài khoản riêng …": in a case, what a
// body is given or allowed, one sentence that asks nothing (folded).
const ENTITLEMENT = /^truong\s{1,3}hop\b[^.;:]{0,300}?\sthi\s[^.;:]{0,160}?\sduoc\s{1,3}(?:cap|cung\s{1,3}cap|huong|mien|giam|hoan)\s[^;:]{0,300}$/;

/** True for a duty inherited from a heading that only states, in a case, what its body is given. */
function conditionalEntitlement(ctx: TaskContext, d: TaskDraft): boolean {
  if (!d.tags.includes('inherited-assignee')) return false;
  const at = skipBlank(ctx.text, d.actionAt, d.end);
  const sentence = collapseBlanks(ctx.folded.slice(at, d.end)).trim();
  // One sentence: a full stop before its end starts another, which may ask.
  return sentence.length < 600 && !/[.;]\s\S/.test(sentence.replace(/\.$/, '')) && ENTITLEMENT.test(sentence.replace(/[./]+$/, ''));
}

const CALLS_FOR_WORK = /(?:^|[\s,;])(?:can|khan truong|de nghi|yeu cau)\s/;

