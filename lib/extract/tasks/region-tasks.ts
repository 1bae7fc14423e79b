import { hasLetterIn, isLetterCode, isLowerCode, isUpperCode } from '../char-class';
import { foldKey } from '../fold';
import { blanksEnd, spacesEnd } from '../normalize';
import { headAt, readAgencyPhrase, verbStartsAt } from './agency-phrase';
import { isClosing, WORK_ON_WHAT_IS_TOLD } from './closings';
import { titleNames } from './headings';
import { overlaps, sameBody, sameNames, similarNames } from './names';
import { blankSplitLength, lastNonBlankCode, splitEnumerations, splitSentences, type Sentence } from './sentences';
import { afterTopicColon, groundedSubject, groundedTrigger, innerCueAt, isBackground, triggerAt, type Trigger } from './triggers';
import type { Inherited, TaskContext, TaskDraft } from './types';

// "phối hợp", also wrapped over a line ("phối\nhợp với…" in PDF text).
const COORDINATE = 'phoi';
const COORDINATE_REST = /^\s{1,3}hop\b/;

/**
 * The first "phối hợp" starting in `[from, to)`, or -1. Searched in that span only: a search from
 * every duty that has none would otherwise read on to the end of the text.
 */
function nextCoordinate(folded: string, from: number, to: number): number {
  const span = folded.slice(from, to + COORDINATE.length - 1);
  for (let at = span.indexOf(COORDINATE); at >= 0; at = span.indexOf(COORDINATE, at + 1)) {
    if (COORDINATE_REST.test(folded.slice(from + at + 4, from + at + 12))) return from + at;
  }
  return -1;
}

// "các bộ, cơ quan liên quan xuất cấp hàng…": "liên quan" ends a collective; a lower-case word
// after it (other than one that goes on with the name) starts the duty, whatever its verb.
const RELATED_END = /^(.{0,160}?\sliên quan)\s(?!đến|tới|trên|của|thuộc|trực|tại|và|ở)\p{Ll}/u;

/** `name` cut after "liên quan" when a duty's words follow it. */
function endAtRelated(name: string): string {
  const m = RELATED_END.exec(name);
  return m ? m[1]! : name;
}

// "chủ trì" after the bodies cooperated with, then no duty of theirs: "…với các cơ quan chủ trì trong…".
const LEADING_BODIES = /^\s{0,2}chu tri(?=\s{0,2}(?:trong|,|\.|;|$))/;

// Bullets read for a list of bodies, at most.
const MAX_LISTED = 12;

/** The bodies named on the bullet lines from `at` ("- Sở Tài chính;"), up to the first line that is none. */
function bulletedNames(ctx: TaskContext, at: number): string[] {
  const { text, folded } = ctx;
  const names: string[] = [];
  let line = at;
  for (let n = 0; n < MAX_LISTED && line < text.length; n++) {
    const i = spacesEnd(text, line, text.length);
    const code = text.charCodeAt(i);
    if (code !== 45 /* - */ && code !== 43 /* + */ && code !== 0x2022 /* • */) break;
    const phrase = readAgencyPhrase(text, folded, i + 1, true);
    if (!phrase) break;
    names.push(...phrase.names.map(endAtRelated));
    if (phrase.stop === 'verb') break;
    // The phrase may end at the next bullet's dash, or within its own line.
    const lineOfEnd = text.lastIndexOf('\n', phrase.end - 1) + 1;
    if (lineOfEnd > i) line = lineOfEnd;
    else {
      const nl = text.indexOf('\n', phrase.end);
      if (nl < 0) break;
      line = nl + 1;
    }
  }
  return names;
}

/** The bodies the first sentence of duty `d` asks to cooperate ("… phối hợp với Sở Tài chính …"). */
export function draftCoordinators(ctx: TaskContext, d: TaskDraft): string[] {
  // Most duties name none: the whole duty is searched first, its first sentence found only then.
  if (nextCoordinate(ctx.folded, d.actionAt, d.end) < 0) return [];
  return coordinatorsIn(ctx, d.actionAt, firstSentenceEnd(ctx, d));
}

export function coordinatorsIn(ctx: TaskContext, from: number, to: number): string[] {
  const { text, folded } = ctx;
  const out: string[] = [];
  let at = nextCoordinate(folded, from, to);
  while (at >= 0 && out.length < 12) {
    let p = at + 4 + COORDINATE_REST.exec(folded.slice(at + 4, at + 12))![0].length;
    const rest = folded.slice(p, p + 12);
    const skip = /^\s+chat\s{1,3}che/.exec(rest);
    if (skip) p += skip[0].length;
    const w = /^\s*,?\s*(?:voi|cung)(?:\s|(?=\s?:))/.exec(folded.slice(p, p + 8));
    if (w) p += w[0].length;
    // "phối hợp với:\n- Sở Tài chính;\n- Sở Nội vụ;…": the bodies are listed on bullets.
    const colon = /^\s?:[ \t]*\n/.exec(folded.slice(p, p + 6));
    if (colon) {
      for (const name of bulletedNames(ctx, p + colon[0].length)) if (!out.includes(name) && out.length < 12) out.push(name);
      at = nextCoordinate(folded, p + 1, to);
      continue;
    }
    const phrase = readAgencyPhrase(text, folded, p, true);
    if (phrase && phrase.end <= to + 200) {
      // "phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện": the leading bodies.
      const leading = phrase.stop === 'verb' && phrase.names.length > 0 ? LEADING_BODIES.exec(folded.slice(phrase.end, phrase.end + 16)) : null;
      const names = leading ? [...phrase.names.slice(0, -1), `${phrase.names[phrase.names.length - 1]!} ${text.slice(phrase.end, phrase.end + leading[0].length).trim()}`] : phrase.names;
      for (const name of names) {
        const n = endAtRelated(name);
        if (!out.includes(n)) out.push(n);
      }
    }
    at = nextCoordinate(folded, p, to);
  }
  return out;
}

function sentenceEnd(sentences: Sentence[], i: number): number {
  return sentences[i]!.end;
}

// Share of words two spellings of one name have in common when only OCR tells them apart.
const OCR_SAME = 0.8;
const REPORT_VERB = /^\s{0,3}(?:gui\s{1,3})?bao\s{1,3}cao\s{1,3}(?:ket\s{1,3}qua|tinh\s{1,3}hinh|ve|cho|thu\s{1,3}tuong|bo\s|uy\s{1,3}ban|ubnd|so\s|kip\s{1,3}thoi|dinh\s{1,3}ky)/;

/** The reading of one region: the duties found so far and the one being read. */
interface RegionState {
  ctx: TaskContext;
  inherited: Inherited;
  drafts: TaskDraft[];
  current: TaskDraft | null;
  /** The bodies a title line of the region names. */
  localHeading: string[] | null;
  /** The bodies the closing call just before asked ("… yêu cầu các Sở, ban, ngành … nghiêm túc thực hiện"). */
  called?: string[];
}

/** Ends the duty being read at `end`. */
function closeDraft(state: RegionState, end: number): void {
  const current = state.current;
  if (!current) return;
  // Quoted provisions and tables are not part of the duty before them.
  let limit = end;
  for (const [qs] of state.ctx.quoted ?? []) if (qs > current.start && qs < limit) limit = qs;
  current.end = Math.max(current.start + 1, limit);
  state.drafts.push(current);
  state.current = null;
}

/** Opens a duty at sentence `s`, opened by `trigger` or inherited. */
function openDraft(state: RegionState, s: Sentence, trigger: Trigger | null, tags: string[]): void {
  const { ctx, inherited, localHeading } = state;
  // Under a title naming bodies, the first duty is theirs whoever its sentence starts with.
  // Not a bullet that is itself a title naming one of them ("a) Các bộ, ngành:\n- Bộ Tài chính\n+ …").
  const heading = localHeading && state.drafts.length === 0 && !state.current && trigger?.tag !== 'assign-cue' && !(trigger?.tag === 'agency-heading' && s.bullet) ? localHeading : null;
  // A report-back with no subject ("Trong quá trình thực hiện, có khó khăn… báo cáo…") is
  // addressed to everyone the letter was sent to.
  // After the closing call, it is addressed to the bodies that call asked.
  // Inside the paragraph of a duty ("… giao các Bộ … làm việc với các tỉnh …. Trường hợp vượt thẩm
  // quyền, báo cáo Thủ tướng Chính phủ."), it is that duty's bodies'.
  const before = state.drafts[state.drafts.length - 1];
  // "Trong quá trình thực hiện, nếu có vướng mắc, …" still speaks to all the letter was sent to.
  const sameParagraph =
    trigger?.tag === 'report-conditional' && !s.paragraph && !s.bullet && before !== undefined && before.end >= s.start - 2 && before.assignees.length > 0 &&
    !/^(?:trong\s{1,3})?qua\s{1,3}trinh/.test(ctx.folded.slice(s.start, s.start + 24));
  const fallback =
    sameParagraph ? before!.assignees
    : trigger?.tag === 'report-conditional' && state.called ? state.called
    : trigger?.tag === 'report-conditional' && ctx.recipients.length ? ctx.recipients
    : inherited.names.length ? inherited.names
    : ctx.recipients;
  const names = heading ?? (trigger && trigger.names.length ? trigger.names : fallback);
  state.current = {
    start: s.start,
    end: s.end,
    actionAt: trigger ? trigger.actionAt : s.start,
    assignees: names,
    coordinators: [],
    tags,
  };
}

/** True when the last unit of sentence `s` that is no blank is one of `codes` (`/[.;]\s*$/`). */
function endsWithCode(text: string, s: Sentence, ...codes: number[]): boolean {
  return codes.includes(lastNonBlankCode(text, s.start, s.end));
}

/** True when `at` lies in a quoted provision or a table. */
function inQuoted(ctx: TaskContext, at: number): boolean {
  for (const [qs, qe] of ctx.quoted ?? []) if (at >= qs && at < qe) return true;
  return false;
}

/** Splits one leaf region into duties. */
export function regionTasks(ctx: TaskContext, from: number, to: number, inherited: Inherited, isRoot: boolean): TaskDraft[] {
  const { text, folded } = ctx;
  const sentences = joinNameLists(ctx, splitEnumerations(text, splitSentences(text, from, to), from, to, (at, end) => listsDuties(ctx, at, end)));
  const state: RegionState = { ctx, inherited, drafts: [], current: null, localHeading: null };
  const drafts = state.drafts;
  // Inside a list of bodies after "phối hợp với:".
  let listedBefore = false;
  let awaitingFirst = true;
  // The item opened on a duty's title line, inherited from the heading above.
  let titleDuty = false;
  // The title draft of an item whose bullets share the work out among bodies.
  let sharedTitle: TaskDraft | null = null;
  // The trigger of the sentence after the first, read ahead of it (at its start, to its end).
  let ahead: { at: number; trigger: Trigger | null } | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (inQuoted(ctx, s.start)) {
      closeDraft(state, s.start);
      awaitingFirst = false;
      continue;
    }
    if (isClosing(folded, s)) {
      closeDraft(state, s.start);
      const call = triggerAt(text, folded, s.start, s.end);
      state.called = call?.tag === 'assign-cue' && call.names.length ? call.names : undefined;
      continue;
    }
    // "(ii) PVN phối hợp cùng EVN …" inside a duty: the next item of its enumeration, a duty of its own,
    // for the body it names or the duty's.
    // So is the bullet that opens such an enumeration after a duty ("- Dự án hạ nguồn: (i) …").
    if ((s.enumerated || s.firstItemAt !== undefined) && state.current) {
      const words = s.firstItemAt ?? markerEnd(text, s);
      const own = triggerAt(text, folded, words, s.end);
      closeDraft(state, s.start);
      const before = drafts[drafts.length - 1]!;
      state.current = {
        start: s.start,
        end: s.end,
        actionAt: own ? own.actionAt : words,
        assignees: own && own.names.length ? own.names : before.assignees,
        coordinators: [],
        tags: [own ? own.tag : 'enumerated'],
      };
      continue;
    }
    const next = sentences[i + 1];
    // A bare title line: "1. Đăng tải tuyên truyền trên Cổng…" or "2. Các cơ quan chuyên trách…"; read
    // before the sentence's trigger, which a title does not need.
    const bareTitle = awaitingFirst && !isRoot && i === 0 && next !== undefined && !endsWithCode(text, s, 46, 59) && s.end - s.start < 240;
    if (bareTitle) {
      const title = titleNames(ctx, s.start, s.end + 1);
      if (title) {
        state.localHeading = title;
        continue;
      }
    }
    // A bullet naming its body ("- Sở Công Thương: kiểm tra…") is read past its marker.
    // The bodies the item is for: its heading's, or those of its first duty ("Giao Vụ TTHT").
    const sharers = s.bullet ? [...inherited.names, ...(state.localHeading ?? [])] : [];
    const firstDuty = s.bullet ? ((drafts[0] ?? state.current)?.assignees ?? []) : [];
    // Bullets after "phối hợp với:" list bodies; the duty goes on after them.
    const listed = s.bullet && sentences[i - 1] !== undefined && LIST_INTRO.test(folded.slice(Math.max(sentences[i - 1]!.start, sentences[i - 1]!.end - 24), sentences[i - 1]!.end));
    let trigger = s.bullet
      ? listed || listedBefore
        ? null
        : bulletTrigger(ctx, s, sentenceEnd(sentences, i), { sharers, firstDuty }, next)
      : ahead?.at === s.start
        ? ahead.trigger
        : triggerAt(text, folded, afterNote(folded, s.start), sentenceEnd(sentences, i));
    listedBefore = listed || (listedBefore && s.bullet);
    // "Đối với những vướng mắc …, kịp thời báo cáo …" inside a paragraph says how its duty is done; opening
    // a paragraph or a bullet, it is a report-back of its own.
    if (trigger?.tag === 'report-conditional' && !s.paragraph && !s.bullet && /^doi\s{1,3}voi\s/.test(folded.slice(s.start, s.start + 10))) trigger = null;
    // "- Dự án hạ nguồn: (i) Về Dự án NMĐ Ô Môn III: PVN khẩn trương …": the first item's own body.
    if (!trigger && s.firstItemAt !== undefined) trigger = triggerAt(text, folded, s.firstItemAt, s.end);
    // "Căn cứ tài liệu kỹ thuật …, các cơ sở đào tạo thực hiện …" opening a paragraph or a bullet: the
    // body named after the grounds.
    // Not one that announces what follows ("Căn cứ Công văn …, BHXH Thành phố hướng dẫn … như sau:"): the
    // issuer's own guidance.
    if (!trigger && (s.paragraph || s.bullet) && !inherited.assign && !state.localHeading && lastNonBlankCode(text, s.start, sentenceEnd(sentences, i)) !== 58 /* : */) {
      trigger = groundedTrigger(text, folded, afterBullet(s), sentenceEnd(sentences, i));
    }
    // The issuer's own statements are no duties, unless its duties are being handed out ("… kết luận
    // như sau: … 4. Văn phòng Chính phủ theo dõi, đôn đốc…" in the Office's own notice).
    let issuerSelf =
      (trigger?.tag === 'agency-subject' || trigger?.tag === 'grounded-subject') && ctx.issuerKey !== null && trigger.names.length === 1 && sameBody(trigger.names[0]!, ctx.issuerKey) &&
      !(inherited.assign && ISSUER_DUTY.test(folded.slice(trigger.actionAt, trigger.actionAt + 24).trimStart()));
    // "Tổng cục Thuế giới thiệu các nội dung mới của Thông tư … và đề nghị các Cục Thuế khẩn trương tuyên
    // truyền…": the issuer's statement goes on to ask another body.
    if (issuerSelf && trigger) {
      const asked = issuerAsks(ctx, trigger.actionAt, sentenceEnd(sentences, i));
      if (asked) {
        trigger = { ...asked, at: s.start };
        issuerSelf = false;
      }
    }
    if (awaitingFirst && !isRoot) {
      awaitingFirst = false;
      // "1. Đối với công tác tổng hợp, báo cáo kết quả … TMĐT." over bullets: a topic, full stop or not.
      if (i === 0 && next?.bullet && !trigger && s.end - s.start < 240 && TOPIC_TITLE.test(folded.slice(s.start, s.start + 8))) {
        awaitingFirst = true;
        continue;
      }
      if (bareTitle && next) {
        // "1.2. Về hồ sơ, thủ tục đề nghị gia hạn nộp thuế": a topic, or a title before background;
        // what follows it tells whether there is a duty ("Tại khoản 3 Điều 31 Thông tư … quy định: …" is none).
        if (!trigger && (TOPIC_TITLE.test(folded.slice(s.start, s.start + 8)) || isBackground(folded, afterBullet(next)))) {
          awaitingFirst = true;
          continue;
        }
        const nextTrigger = next.paragraph ? triggerAt(text, folded, afterNote(folded, next.start), next.end) : null;
        if (next.paragraph && !next.bullet) ahead = { at: next.start, trigger: nextTrigger };
        if (!trigger && !endsWithCode(text, s, 58) && nextTrigger && (nextTrigger.tag === 'assign-cue' || nextTrigger.tag === 'agency-subject')) continue;
      }
      if (trigger && !issuerSelf && trigger.tag !== 'agency-heading') openDraft(state, s, trigger, [trigger.tag]);
      else if (trigger?.tag === 'agency-heading') openDraft(state, s, trigger, ['agency-heading']);
      else if ((inherited.assign || state.localHeading) && (!isBackground(folded, afterBullet(s)) || allowsFor(folded, afterBullet(s), inherited)) && !topicBackground(text, folded, s) && !statesFact(text, folded, s.start, s.end)) {
        // "Căn cứ văn bản …, Chi cục Hải quan cửa khẩu xuất thực hiện …": the body named after the grounds.
        const grounded = state.localHeading ? [] : groundedSubject(text, folded, afterBullet(s), sentenceEnd(sentences, i));
        if (grounded.length) openDraft(state, s, { tag: 'grounded-subject', at: s.start, names: grounded, actionAt: s.start }, ['grounded-subject']);
        else openDraft(state, s, null, [state.localHeading ? 'title-heading' : 'inherited-assignee']);
        // "2. Đôn đốc thu nộp … nợ đọng thuế" with no full stop: a duty's title, its bullets detail it.
        // Bullets that share the work out among two bodies or more are their duties, though.
        if (!state.localHeading && i === 0 && next?.bullet && !endsWithCode(text, s, 46, 59, 58) && s.end - s.start < 240) {
          titleDuty = bulletSubjects(ctx, sentences) < 2;
          // "a) Tiếp tục hoàn thiện thể chế …\n- Bộ Nông nghiệp và Môi trường\n+ …\n- Bộ Công Thương\n+ …": a title
          // over bullets that only name the bodies of the duties below them hands out none itself.
          sharedTitle = bulletSubjects(ctx, sentences, 'agency-heading') >= 2 ? state.current : null;
        }
      }
      continue;
    }
    // Under a duty's title, a bullet naming who carries it out ("- Các đoàn thanh tra, kiểm tra thuế
    // theo dõi…", "- Cơ quan thuế các cấp tham mưu…") details it.
    if (titleDuty && s.bullet && (trigger?.tag === 'agency-subject' || trigger?.tag === 'agency-heading') && state.current) {
      state.current.end = s.end;
      // The body doing it is named with the body asked to see it done ("Cục Hải quan các tỉnh" over
      // "- Chi cục Hải quan nơi quản lý kho CFS hướng dẫn …").
      const current = state.current;
      if (current.tags.includes('inherited-assignee')) current.assignees = [...current.assignees, ...trigger.names.filter((n) => !current.assignees.includes(n))];
      continue;
    }
    // "- Tăng cường kiểm soát các cơ sở… Yêu cầu các cơ sở sản xuất … lắp đặt hệ thống quan trắc…": a cue
    // inside a duty that names no one, after its opening verb, is how that duty is done.
    if (trigger?.tag === 'assign-cue' && !state.current && !s.paragraph && !s.bullet && i > 0 && subjectlessDuty(ctx, sentences, i)) continue;
    // "Trên đây là ý kiến của Sở …, đề nghị Sở Công Thương tổng hợp …": the summing-up closes the last
    // item; its request is a duty of its own, for the same body too.
    if (trigger && state.current && s.paragraph && SUMS_UP.test(folded.slice(s.start, s.start + 14))) closeDraft(state, s.start);
    if (trigger && !issuerSelf && trigger.tag !== 'agency-heading' && startsNewDuty(ctx, s, trigger, state.current, isRoot)) {
      closeDraft(state, s.start);
      openDraft(state, s, trigger, [trigger.tag]);
      continue;
    }
    // "- Bộ Công Thương:\n+ Ban hành …\n+ Rà soát …": a bullet naming a body over the duties below it.
    if (trigger?.tag === 'agency-heading' && s.bullet && !issuerSelf && !(state.current && similarNames(state.current.assignees, trigger.names))) {
      closeDraft(state, s.start);
      openDraft(state, s, trigger, ['agency-heading']);
      continue;
    }
    // "Trường hợp …" opening a paragraph of its own states a rule, not the duty before it.
    if (state.current && s.paragraph && !s.bullet && /^truong hop\b/.test(folded.slice(s.start, s.start + 12))) closeDraft(state, s.start);
    // A task at the root level ends at a new paragraph that is not a bullet of its list.
    const previous = sentences[i - 1];
    if (isRoot && state.current && s.paragraph && !s.bullet && !(previous && lastNonBlankCode(text, previous.start, previous.end) === 58 /* : */) && !sendsBack(folded, s)) {
      closeDraft(state, s.start);
    }
    if (state.current) state.current.end = s.end;
  }
  closeDraft(state, state.current ? state.current.end : to);
  if (sharedTitle && drafts.length > 1 && drafts[0] === sharedTitle) drafts.shift();
  // "UBND tỉnh ban hành Kế hoạch như sau:" with its list elsewhere (a table) opens, not assigns.
  const out: TaskDraft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (opensList(text, d) && !d.tags.includes('assign-cue')) continue;
    // "Thủ tướng … yêu cầu Bộ Tài chính hoàn thiện dự thảo Nghị định này, như sau:" over the paragraph
    // giving that body its duty: the request announces the duties below, it is none of its own.
    if (d.tags.includes('assign-cue') && announcesNext(ctx, d, drafts[k + 1])) continue;
    // "7. Để ngăn ngừa các giao dịch …, Ngân hàng Nhà nước đã yêu cầu …. Do vậy, Tổng cục Thuế đề nghị các
    // Cục Thuế tiếp tục …": what the item tells first is the ground of the request after it.
    if (groundsRequest(ctx, d, drafts[k + 1])) continue;
    // Inner cues: "…(hoàn thành trước ngày 15/10/2024); Đề nghị Cục Thuế các tỉnh…".
    for (const part of splitInnerCues(ctx, d)) if (!isBareCall(ctx, part)) out.push(part);
  }
  return out;
}

/**
 * True when `d`, inherited and opening on no verb, runs straight (no blank line) into `next`, a request
 * of the same paragraph: the statement that grounds the request, not a duty of its own.
 */
function groundsRequest(ctx: TaskContext, d: TaskDraft, next: TaskDraft | undefined): boolean {
  if (!next || !d.tags.includes('inherited-assignee') || !next.tags.includes('assign-cue')) return false;
  // The summing-up after the last item grounds its request on the whole text, not on that item.
  if (SUMS_UP.test(ctx.folded.slice(next.start, next.start + 14))) return false;
  if (verbStartsAt(ctx.folded, afterMarker(ctx.text, d.actionAt, d.end))) return false;
  return !/\n[ \t]*\n/.test(ctx.text.slice(d.start, next.start));
}

/** The first letter at or after `at` before `end` (past an item's marker debris: "_ ", "- "). */
function afterMarker(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && !isLetterCode(text.charCodeAt(i))) i++;
  return i;
}

// How many sentences a request's list of bodies may run on over.
const MAX_LIST_LINES = 4;

/**
 * Joins the sentences a request's list of bodies was split into at "; " line ends: "… đề nghị Ủy ban
 * Mặt trận Tổ quốc Việt Nam tỉnh; các Sở, ban, ngành của tỉnh; … của tỉnh;\nHiệp hội Doanh nghiệp tỉnh;
 * … và các tổ chức, cá nhân có liên quan tổ chức nghiên cứu, quán triệt …" is one request.
 */
function joinNameLists(ctx: TaskContext, sentences: Sentence[]): Sentence[] {
  let out: Sentence[] | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const joined = listRunsOn(ctx, sentences, i);
    if (joined < 0) {
      out?.push(sentences[i]!);
      continue;
    }
    out ??= sentences.slice(0, i);
    out.push({ ...sentences[i]!, end: sentences[joined]!.end });
    i = joined;
  }
  return out ?? sentences;
}

/** The last sentence the request opening sentence `i` runs its list of bodies on to, or -1 when it does not. */
function listRunsOn(ctx: TaskContext, sentences: Sentence[], i: number): number {
  const { text, folded } = ctx;
  const s = sentences[i]!;
  if (s.bullet || lastNonBlankCode(text, s.start, s.end) !== 59 /* ; */) return -1;
  const at = afterNote(folded, s.start);
  const t = triggerAt(text, folded, at, s.end);
  // The request's names run to the end of the sentence: no action yet.
  if (t?.tag !== 'assign-cue' || t.names.length === 0 || hasLetterIn(text, t.actionAt, s.end)) return -1;
  for (let j = i + 1; j < Math.min(sentences.length, i + 1 + MAX_LIST_LINES); j++) {
    const n = sentences[j]!;
    if (n.bullet) return -1;
    const longer = triggerAt(text, folded, at, n.end);
    if (longer?.tag !== 'assign-cue' || longer.actionAt <= s.end) return -1;
    if (hasLetterIn(text, longer.actionAt, n.end)) return j;
  }
  return -1;
}

// "Văn bản xin gửi về Văn phòng Chính phủ trước ngày 05 tháng 6 năm 2003./.", "Ý kiến của Bộ gửi về
// … trước ngày …": where and by when the answer just asked for goes, in a paragraph of its own (folded).
const SENDS_BACK = /^(?:y\s{1,3}kien|van\s{1,3}ban|bao\s{1,3}cao|ket\s{1,3}qua)(?:\s{1,3}(?:tham\s{1,3}gia|gop\s{1,3}y|tra\s{1,3}loi|thuc\s{1,3}hien))?(?:\s{1,3}cua\s[^.;:\n]{1,60}?)?\s{1,3}(?:xin\s{1,3}|de\s{1,3}nghi\s{1,3}|can\s{1,3}duoc\s{1,3}|duoc\s{1,3})?gui\s{1,3}(?:ve|den)\s/;

/** True when sentence `s` says where the answer to the duty before goes and by when, naming no one. */
function sendsBack(folded: string, s: Sentence): boolean {
  return SENDS_BACK.test(folded.slice(s.start, s.start + 120));
}

/** True when every one of `names` is one of the letter's recipients. */
function isAddressee(ctx: TaskContext, names: readonly string[]): boolean {
  return ctx.recipients.length > 0 && names.length > 0 && names.every((n) => ctx.recipients.some((r) => similarNames([r], [n], 0.7)));
}

// A report on a schedule: "định kỳ báo cáo theo từng quý", "báo cáo … hằng tháng" (folded).
const SCHEDULED_REPORT = /^[^.;]{0,80}?(?:\bdinh ky\b[^.;]{0,40}?\bbao cao\b|\bbao cao\b[^.;]{0,120}?(?:\bhang (?:thang|quy|nam|tuan)\b|\bdinh ky\b|\btung (?:thang|quy)\b))/;
const DATED_REPORT = /\bbao cao\b[^.;]{0,120}?(?:hang (?:thang|quy|nam|tuan)|truoc ngay|cham nhat|muon nhat|khong muon hon|han chot|dinh ky)/;

// The verbs by which a body is put in charge (folded, after its name).
const LEADS = /^(?:chu\s{1,2}tri|lam\s{1,2}dau\s{1,2}moi)\b/;

/**
 * True when sentence `s`, opened by `trigger`, starts a duty apart from `c`, the one being read:
 * a separate sentence for a body that differs. The cheap tests go first; each costly one is made
 * only when the answer still depends on it.
 */
function startsNewDuty(ctx: TaskContext, s: Sentence, trigger: Trigger, c: TaskDraft | null, isRoot: boolean): boolean {
  const { text, folded } = ctx;
  if (trigger.tag === 'report-result' && !isRoot) return false;
  // "2. Các ngành, lĩnh vực, quy mô doanh nghiệp cần tập trung thanh tra, kiểm tra năm 2024.\n- Các doanh
  // nghiệp khai thác, vận chuyển …": bullets that list what the duty is about, not who does it.
  if (c !== null && s.bullet && trigger.tag === 'agency-subject' && listsObjectOf(ctx, c, trigger.names)) return false;
  // "…các nội dung trọng tâm; Yêu cầu người nộp thuế cung cấp…": a cue on someone who is no body,
  // inside a duty, is how that duty is done.
  // "… sau thanh tra, kiểm tra. Giao nhiệm vụ cho các đoàn thanh tra, kiểm tra phối hợp…": the body
  // handing its own teams their part, inside its duty, is how that duty is done.
  const headless =
    c !== null && !s.paragraph && trigger.tag === 'assign-cue' && trigger.names.length > 0 && (!trigger.names.some((n) => headAt(n, 0)) || trigger.names.every((n) => OWN_UNITS.test(foldKey(n))));
  if (headless) return false;
  // "8.3. Thực hiện đánh giá … \n\nYêu cầu định kỳ báo cáo tại Công văn này thay thế … . Cục Thuế các tỉnh …
  // thực hiện tổng hợp và định kỳ báo cáo theo từng quý …": a report on a schedule, in a paragraph after
  // the duty's, reports on all the duties before it: a duty of its own, for the same body too.
  const scheduledReport =
    c !== null && trigger.tag === 'agency-subject' && SCHEDULED_REPORT.test(folded.slice(trigger.actionAt, Math.min(s.end, trigger.actionAt + 300))) && /\n[ \t]*\n/.test(text.slice(c.start, s.start));
  // Another body's report-back inside a paragraph is a duty of its own: "…vượt thẩm quyền. Các
  // bộ, ngành, địa phương liên quan báo cáo kết quả hằng ngày … trước 15 giờ hằng ngày."
  const separate =
    s.paragraph ||
    scheduledReport ||
    trigger.tag === 'assign-cue' ||
    trigger.tag === 'report-conditional' ||
    (trigger.tag === 'agency-subject' && REPORT_VERB.test(folded.slice(trigger.actionAt, trigger.actionAt + 24))) ||
    // "Đồng ý tổ chức buổi họp mặt … . Thường trực Ban Chỉ đạo Tây Nam Bộ chủ trì, phối hợp …": a body
    // taking the lead after what was agreed, in the same paragraph.
    (trigger.tag === 'agency-subject' && c === null && LEADS.test(folded.slice(trigger.actionAt, trigger.actionAt + 24).trimStart())) ||
    // "… Bảo hiểm xã hội tỉnh, thành phố trực thuộc Trung ương tổ chức chi trả …" in a letter sent to
    // them: what the addressee does, though a statement of the issuer's opens the paragraph.
    (trigger.tag === 'agency-subject' && c === null && isAddressee(ctx, trigger.names)) ||
    // "Chủ tịch Ủy ban nhân dân các tỉnh … tập trung chỉ đạo …. Chủ tịch Ủy ban nhân dân tỉnh Lào Cai kiểm
    // tra, chỉ đạo …": one of the bodies the duty is for, given a duty of its own.
    (trigger.tag === 'agency-subject' && c !== null && oneOfCollective(c.assignees, trigger.names)) ||
    // "… trình Thủ trưởng cơ quan thuế trước ngày 25/12/2023. Thủ trưởng cơ quan thuế ký duyệt danh sách …
    // trước ngày 30/12/2023.": another body's duty with a date of its own.
    (trigger.tag === 'agency-subject' && c !== null && OWN_DATE.test(folded.slice(trigger.actionAt, s.end)) && !similarNames(c.assignees, trigger.names)) ||
    // "… báo cáo Bộ kết quả triển khai. Các Vụ, đơn vị được phân công chủ trì các công việc có trách nhiệm
    // thực hiện báo cáo …": another body charged in so many words.
    (trigger.tag === 'agency-subject' && c !== null && CHARGED.test(folded.slice(trigger.actionAt, Math.min(s.end, trigger.actionAt + 160))) && !similarNames(c.assignees, trigger.names)) ||
    // "… theo yêu cầu của cơ quan tiến hành giám sát. Các cơ quan chịu sự giám sát thực hiện … kiến nghị
    // sau giám sát và báo cáo kết quả thực hiện đến Thường trực …": another body's duty that reports back.
    (trigger.tag === 'agency-subject' && c !== null && REPORTS_BACK.test(folded.slice(trigger.actionAt, Math.min(s.end, trigger.actionAt + 400))) && !similarNames(c.assignees, trigger.names));
  if (!separate) return false;
  if (c === null || scheduledReport) return true;
  const ownParagraph = s.paragraph && !s.bullet;
  // A paragraph that opens on the head of the body before ("Cục trưởng các Cục Thuế chỉ đạo…" after
  // "Theo đó, các Cục Thuế thực hiện…") is a duty of its own.
  if (ownParagraph && trigger.tag === 'agency-subject' && c.tags.includes('agency-subject') && headOfBefore(c.assignees, trigger.names)) return true;
  // "Thường trực Hội đồng nhân dân tỉnh và các Ban Hội đồng nhân dân tỉnh xây dựng…" after a duty of
  // the Standing Committee alone: a paragraph that adds bodies is a duty of its own.
  if (ownParagraph && trigger.tag === 'agency-subject' && addsBodies(c.assignees, trigger.names)) return true;
  if (s.bullet && trigger.tag === 'agency-subject' && narrower(c.assignees, trigger.names)) return true;
  // "Tổng cục Thuế đề nghị Cục Thuế báo cáo kết quả … trước ngày 05/12/2022." in a paragraph of its
  // own is the report-back of the duties before it: a duty of its own, for the same body too.
  if (ownParagraph && trigger.tag === 'assign-cue' && REPORT_VERB.test(folded.slice(trigger.actionAt, trigger.actionAt + 24))) return true;
  // "Yêu cầu các Liên đoàn Lao động tỉnh … nghiêm túc thực hiện và báo cáo tình hình vào ngày 10 hàng
  // tháng về Tổng Liên đoàn.": a paragraph asking for a report on a schedule, after the duties it reports on.
  if (ownParagraph && trigger.tag === 'assign-cue' && DATED_REPORT.test(folded.slice(trigger.actionAt, Math.min(s.end, trigger.actionAt + 300)))) return true;
  // "Trong quá trình thực hiện, nếu có khó khăn…, đề nghị các Cục Thuế phản ánh…" after the letter's
  // request is a duty of its own, for the body asked just before too.
  if (trigger.tag === 'report-conditional' && !s.bullet && isRoot) return true;
  // A paragraph of its own at the letter's top level that asks again after a request is another
  // request, whoever it asks ("Đề nghị Cục Thuế các tỉnh tuyên truyền…" then "Tổng cục Thuế thông báo
  // để Cục Thuế tổ chức tuyên truyền và có kế hoạch…").
  if (trigger.tag === 'assign-cue' && ownParagraph && isRoot && c.tags.includes('assign-cue')) return true;
  // "Đối với chi phí … năm 2023, 2024, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện
  // … xong trước ngày 01 tháng 5 năm 2026": a request in a paragraph of its own that sets its own date.
  if (trigger.tag === 'assign-cue' && ownParagraph && OWN_DATE.test(folded.slice(trigger.actionAt, s.end))) return true;
  // "… đề nghị các đơn vị tham gia ý kiến về dự thảo.\n\nCác đơn vị gửi ý kiến về Phòng C2 trước ngày
  // 13.12.2007.": the same bodies, in a paragraph of their own that dates what they send, after a duty with no date.
  if (trigger.tag === 'agency-subject' && ownParagraph && OWN_DATE.test(folded.slice(trigger.actionAt, s.end)) && !OWN_DATE.test(folded.slice(c.start, s.start))) return true;
  if (trigger.tag !== 'agency-subject') {
    // A cue naming the same body again is no new duty, though OCR spelt it otherwise ("thành phế", "thành phó").
    return !overlaps(c.assignees, trigger.names) && !similarNames(c.assignees, trigger.names, OCR_SAME);
  }
  // A duty that so far only names its assignee ("Giao Cục Thuế DNL") takes the next sentence as its action.
  const headingOnly = text.slice(c.actionAt, Math.min(s.start, c.actionAt + 12)).replace(/[\s:.;,]/g, '').length < 3;
  return !headingOnly && !similarNames(c.assignees, trigger.names);
}

// "Yêu cầu các Sở, ngành, địa phương triển khai thực hiện./.", "…; đề nghị Ủy ban Mặt trận … phối
// hợp thực hiện./.": a call on many bodies to carry out nothing named is the closing, not a duty.
// "… chủ động triển khai, thực hiện./." too.
const BARE_DUTY = /^\s{0,3}(?:(?:nghiem tuc|khan truong|to chuc|chu dong)\s{1,3})?(?:(?:trien khai|phoi hop)(?:,|\s{1,3}va)?\s{1,3})?thuc\s{1,3}hien\s{0,3}(?:[.;,][^\s]{0,5})?\s{0,3}$/;
const CALL_CUE = /(?:^|[^a-z])(?:yeu\s{1,2}cau|de\s{1,2}nghi)\s/;

function isBareCall(ctx: TaskContext, d: TaskDraft): boolean {
  if (!d.tags.some((t) => t.startsWith('assign-cue')) || d.actionAt - d.start > 400) return false;
  if (d.end - d.actionAt > 40 || !BARE_DUTY.test(ctx.folded.slice(d.actionAt, d.end))) return false;
  return CALL_CUE.test(ctx.folded.slice(d.start, d.actionAt)) && d.assignees.some((n) => /(?:^|\s)các\s/iu.test(n));
}

function splitInnerCues(ctx: TaskContext, d: TaskDraft): TaskDraft[] {
  const { text, folded } = ctx;
  const out: TaskDraft[] = [];
  let cur = d;
  // A cue after ";" or ".", or a body opening a clause after ";" ("1. Sở Tài chính rà soát…; Sở Nội
  // vụ hướng dẫn…": separate duties of separate bodies in one item).
  const re = /[;.]\s{1,3}(?=de nghi |giao |yeu cau )|;[ \t]{1,3}\n?[ \t]{0,3}(?=[a-z])/g;
  re.lastIndex = d.actionAt + 1;
  const region = folded.slice(0, d.end);
  // …whose verb follows the subject on its line ("Đề nghị Phòng Văn hóa…" alone on a line is a heading).
  const explicitSubject = (d.tags.includes('agency-subject') || d.tags.includes('grounded-subject') || d.tags.includes('assign-cue')) && !/^[ \t]*\n/.test(text.slice(d.actionAt, d.actionAt + 40));
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const at = m.index + m[0].length;
    let t: Trigger | null;
    if (region.startsWith('de nghi ', at) || region.startsWith('giao ', at) || region.startsWith('yeu cau ', at)) {
      const lower = text[at] === text[at]!.toLowerCase();
      // "Sở Công Thương kiểm tra các cửa hàng…; yêu cầu các đơn vị lắp đặt camera…": the body named
      // as the duty's subject goes on to make its own demand, which is how its duty is done.
      if (lower && region.startsWith('yeu cau ', at) && d.tags.includes('agency-subject') && !region.startsWith('giao ', d.actionAt)) continue;
      // A lower-case cue inside a sentence must name a body ("… yêu cầu liên thông…" is a noun).
      t = innerCueAt(text, folded, at, lower);
      // "…; Yêu cầu người nộp thuế cung cấp…": a cue on someone who is no body is how the duty is done.
      if (t && !t.names.some((n) => headAt(n, 0))) continue;
      // "… Giao nhiệm vụ cho các đoàn thanh tra, kiểm tra phối hợp…": the body's own teams.
      if (t && t.names.every((n) => OWN_UNITS.test(foldKey(n)))) continue;
    } else {
      // Only clauses parallel to a first one with its own subject: in "Đôn đốc, hướng dẫn Trung tâm
      // Văn hóa…; Đài Truyền thanh cấp xã tuyên truyền…" the bodies after ";" are still the object.
      t = explicitSubject ? clauseSubjectAt(ctx, at, d.end) : null;
      // "Sở A chủ trì; Sở B, Sở C phối hợp": the bodies that only cooperate join the duty before.
      if (t && /^\s*phoi hop\s*(?:thuc hien\s*)?[.;]/.test(folded.slice(t.actionAt, t.actionAt + 30))) {
        cur.coordinators = [...cur.coordinators, ...t.names.filter((n) => !cur.coordinators.includes(n))];
        continue;
      }
    }
    if (!t || !t.names.length || overlaps(t.names, cur.assignees)) continue;
    out.push({ ...cur, end: at });
    // The inner duty is its own clause: it ends with its sentence or bullet.
    const after = splitSentences(text, at, d.end);
    const end = after.find((s, i) => i > 0 && (s.paragraph || s.bullet))?.start ?? d.end;
    cur = { start: at, end, actionAt: t.actionAt, assignees: t.names, coordinators: [], tags: [`${t.tag}-inner`] };
    if (end < d.end) {
      out.push(cur);
      return out;
    }
  }
  out.push(cur);
  return out;
}

/**
 * True when the bullet holding sentence `i` opens on a duty's verb with no one named ("- Tăng
 * cường…"); "- Thực hiện Công văn số…", "- Căn cứ…" cite what the duty rests on.
 */
function subjectlessDuty(ctx: TaskContext, sentences: Sentence[], i: number): boolean {
  // PDF text may start a line after a full stop inside the bullet: a few sentences back at most.
  let k = i - 1;
  while (k > 0 && k > i - 4 && !sentences[k]!.bullet) k--;
  const first = sentences[k]!;
  if (!first.bullet) return false;
  const at = blanksEnd(ctx.text, first.start + 1, first.end);
  return verbStartsAt(ctx.folded, at) && !/^(?:thuc hien|can cu|theo)\b/.test(ctx.folded.slice(at, at + 10));
}

// A duty stated in so many words: "có trách nhiệm", "chịu trách nhiệm về số liệu" (not "chịu trách nhiệm
// (toàn diện) trước …", answering for it).
const CHARGED = /(?:^|\s)(?:co trach nhiem|chiu trach nhiem(?!(?:\s{1,3}(?:toan dien|hoan toan|chinh))?\s{1,3}truoc\b))\s/;
const REPORTS_BACK = /\sbao\s{1,3}cao\s{1,3}ket\s{1,3}qua(?:\s{1,3}thuc\s{1,3}hien)?\s{1,3}(?:ve|den|cho|gui)\s/;

// A date the sentence sets itself: "trước ngày 30/12/2023", "chậm nhất ngày 05/12", "trước ngày 01 tháng 5".
// "trước ngày 01/5", "chậm nhất là ngày …", "không muộn hơn ngày …", "hạn chót ngày …" (folded).
const OWN_DATE = /(?:truoc|(?:cham|muon) nhat(?: (?:vao|la))?|khong muon hon|han chot(?: la)?) ngay \d{1,2}(?:\s{0,2}[/.-]\s{0,2}|\s{1,2}thang\s{1,2})\d{1,2}/;

/** True when `names` is one body of a collective among `owners`: "… tỉnh Lào Cai" of "… các tỉnh, thành phố …". */
function oneOfCollective(owners: string[], names: string[]): boolean {
  if (names.length !== 1) return false;
  const name = foldKey(names[0]!);
  return owners.some((owner) => {
    const key = foldKey(owner);
    const at = key.indexOf(' cac ');
    if (at < 0) return false;
    const word = /^[a-z]+/.exec(key.slice(at + 5))?.[0];
    return word !== undefined && name.startsWith(`${key.slice(0, at + 1)}${word} `) && name.length > at + word.length + 4;
  });
}

// What a list of things opens with before its noun: "các doanh nghiệp", "những dự án".
const LIST_OPENER = /^(?:cac|nhung|mot so)\s+/;

/**
 * True when `names` (a bullet's subject) is the thing the duty `c`, handed down with no subject of its
 * own, names as its object: the first two words of the name, past "các", stand in its first 300 characters.
 */
function listsObjectOf(ctx: TaskContext, c: TaskDraft, names: string[]): boolean {
  const key = foldKey(names[0] ?? '');
  if (!c.tags.includes('inherited-assignee') || !LIST_OPENER.test(key) || c.assignees.some((a) => similarNames([a], names))) return false;
  const noun = key.replace(LIST_OPENER, '').split(' ').slice(0, 2).join(' ');
  return noun.includes(' ') && foldKey(ctx.text.slice(c.start, Math.min(c.end, c.start + 300))).includes(noun);
}

/**
 * True when `names` are some of the bodies of `owners`, not all: under "7. Ban Quản lý Khu kinh tế và
 * Ban Quản lý các Khu công nghiệp tỉnh", "- Ban Quản lý Khu kinh tế chủ trì…" is that body's own duty.
 */
function narrower(owners: string[], names: string[]): boolean {
  const own = new Set(owners.map(foldKey));
  return own.size >= 2 && names.length < own.size && names.every((n) => own.has(foldKey(n)));
}

/** How many bodies the bullets of `sentences` open on as their subject or name as a heading (counting to 2; headings only with `only`). */
function bulletSubjects(ctx: TaskContext, sentences: Sentence[], only?: 'agency-heading'): number {
  const seen: string[][] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (!s.bullet) continue;
    const t = bulletTrigger(ctx, s, s.end, NO_OWNERS, sentences[k + 1]);
    if (!t || (only ? t.tag !== only : t.tag !== 'agency-subject' && t.tag !== 'agency-heading') || seen.some((names) => similarNames(names, t.names))) continue;
    seen.push(t.names);
    if (seen.length >= 2) break;
  }
  return seen.length;
}

/** True when a name of `after` is a name of `before` with a head before it ("Cục trưởng các Cục Thuế"). */
function headOfBefore(before: string[], after: string[]): boolean {
  const kb = before.map(foldKey);
  return after.map(foldKey).some((a) => kb.some((b) => b.length > 3 && a.length > b.length + 3 && a.endsWith(` ${b}`)));
}

// "Đồng ý cho các doanh nghiệp … được lùi …" (folded): an allowance the bodies asked are to grant.
const ALLOWS_FOR = /^dong\s{1,3}y\s{1,3}cho\s/;

/**
 * True when an item under a request naming its bodies ("… yêu cầu các Liên đoàn Lao động tỉnh …:")
 * allows something for others: theirs to apply. Under a conclusion naming no one, "Đồng ý …" is the
 * leader's approval, background.
 */
function allowsFor(folded: string, at: number, inherited: Inherited): boolean {
  return inherited.names.length > 0 && ALLOWS_FOR.test(folded.slice(at, at + 16));
}

// A paragraph summing up what comes before it: "Trên đây là …" (folded).
const SUMS_UP = /^tren\s{1,3}day\s{1,3}la\s/;

// What an issuing office is charged with in its own notice: following up, consolidating, advising.
const ISSUER_DUTY = /^(?:theo doi|don doc|tong hop|tham muu|chu tri|huong dan|kiem tra)/;

// "… phối hợp với:", "… gồm:", "… theo các nhóm đối tượng cụ thể như:" over bullets that list, not assign.
const LIST_INTRO = /(?:phoi hop|voi|gom|cung|nhu)\s*:\s*$/;

/**
 * The duty a bullet hands to a body of its own: "- Sở Công Thương: kiểm tra…" under "Chủ tịch UBND
 * tỉnh giao:". A bullet naming the body its item is for ("2.5. Giao Vụ TTHT\n- Vụ TTHT phối hợp…")
 * only details that duty; after a colon, the duty's words must follow ("- Các Vụ: CNTT, CS" lists).
 */
function bulletTrigger(ctx: TaskContext, s: Sentence, end: number, split: Owners, next?: Sentence): Trigger | null {
  const { text, folded } = ctx;
  const owners = [...split.sharers, ...split.firstDuty];
  const at = blanksEnd(text, s.start + 1, s.end);
  // "- Bộ Nông nghiệp và Môi trường\n+ Nghiên cứu, rà soát …": a bullet that only names bodies, over
  // "+" bullets (the rank below "-"), heads their duties as "- Bộ Công Thương:" does.
  if (next?.bullet && text.charCodeAt(next.start) === 43 /* + */ && text.charCodeAt(s.start) !== 43 && s.end - at < 120 && !/[.;:]\s*$/.test(text.slice(at, s.end))) {
    const names = titleNames(ctx, at, s.end);
    // One of several bodies the item is for shares their work out ("… giao các bộ, Ủy ban nhân dân
    // các tỉnh …" over "- Ủy ban nhân dân các tỉnh\n+ …"); the one body it is for only details it.
    // (A first duty that names its own body, "2.5. Giao Vụ TTHT", is the one the bullet details.)
    const shares = !overlaps(names ?? [], split.firstDuty.filter((n) => !split.sharers.includes(n))) && ownsMore(split.sharers, names ?? []);
    if (names && (!overlaps(names, owners) || shares)) return { tag: 'agency-heading', at: s.start, names, actionAt: s.end };
  }
  const t = triggerAt(text, folded, at, end);
  if (!t || (overlaps(t.names, owners) && !narrower(owners, t.names))) return null;
  if (t.tag === 'agency-colon') {
    const a = blanksEnd(text, t.actionAt, s.end);
    if (!isLowerCode(text.charCodeAt(a)) && !verbStartsAt(folded, a)) return null;
  }
  return t;
}

/** The bodies an item is for: those the intro or its heading names, and those of its first duty. */
interface Owners {
  sharers: string[];
  firstDuty: string[];
}
const NO_OWNERS: Owners = { sharers: [], firstDuty: [] };

/** True when `owners` name a body that none of `names` is. */
function ownsMore(owners: string[], names: string[]): boolean {
  return owners.some((owner) => !overlaps([owner], names));
}

/** True when what follows a topic's colon is background: "Về căn cứ ban hành: thống nhất với dự thảo." */
function topicBackground(text: string, folded: string, s: Sentence): boolean {
  const topicEnd = afterTopicColon(text, s.start, s.end, folded);
  return topicEnd >= 0 && isBackground(folded, topicEnd);
}

const COPULA_FACT = /^[^,.;:]{3,80}? (?:duoc coi la|duoc xem la|la) (?![^.;]{0,200}\b(?:trach nhiem|chu tri|dau moi|can|phai|khan truong)\b)/;

/** True when the sentence at `at` tells what a body did or is ("Bộ X đã chủ động…"): no duty. */
function statesFact(text: string, folded: string, at: number, end: number): boolean {
  // "Thị trường các-bon được coi là công cụ kinh tế để …": what something is, with no duty after it.
  // "Tập trung thực hiện “nhiệm vụ kép” là vừa phòng chống dịch, vừa …" opens on its verb: a duty.
  if (COPULA_FACT.test(folded.slice(at, Math.min(end, at + 320))) && !verbStartsAt(folded, at)) return true;
  if (readAgencyPhrase(text, folded, at, true)?.stop === 'aux') return true;
  // "Về kiến nghị …: UBND tỉnh sẽ xem xét, bố trí khi có nguồn."
  const topicEnd = afterTopicColon(text, at, end, folded);
  if (topicEnd >= 0 && readAgencyPhrase(text, folded, topicEnd, true)?.stop === 'aux') return true;
  // "Bên cạnh đó, Sở Y tế đã kiểm tra…": the subject after an opening clause.
  const limit = Math.min(end, at + 120);
  let comma = at;
  while (comma < limit && text.charCodeAt(comma) !== 44 /* , */) comma++;
  if (comma >= limit) return false;
  const j = blanksEnd(text, comma + 1, end);
  return readAgencyPhrase(text, folded, j, true)?.stop === 'aux';
}

/** A body with its verb opening a clause at `at` (capitalised, as a name is), or null. */
function clauseSubjectAt(ctx: TaskContext, at: number, end: number): Trigger | null {
  const code = ctx.text.charCodeAt(at);
  // "…; các Ban của HĐND tỉnh quyết định …": a body of a kind opens in lower case.
  if ((!isUpperCode(code) && !ctx.text.startsWith('các ', at)) || !headAt(ctx.text, at, ctx.folded)) return null;
  const t = triggerAt(ctx.text, ctx.folded, at, end);
  return t && t.tag === 'agency-subject' ? t : null;
}

// The words a duty that only opens a list stays under.
const OPENER_WORDS = 24;

// A request that ends announcing what follows: "… như sau:", "… sau đây:" (folded).
const ANNOUNCES_BELOW = /(?:nhu\s{1,3}sau|sau\s{1,3}day)\s{0,3}:\s*$/;

/** True when `d` ends announcing the duties below and `next`, for the same body, follows it. */
function announcesNext(ctx: TaskContext, d: TaskDraft, next: TaskDraft | undefined): boolean {
  if (!next || next.start < d.end || ctx.text.slice(d.end, next.start).trim() !== '') return false;
  if (!ANNOUNCES_BELOW.test(ctx.folded.slice(Math.max(d.start, d.end - 40), d.end))) return false;
  return overlaps(d.assignees, next.assignees) || similarNames(d.assignees, next.assignees);
}

/**
 * True when duty `d`, read up to `end`, only opens a list: it ends with a colon and its action is
 * under OPENER_WORDS words ("Sở X đề nghị các cơ quan, đơn vị:"); a long duty before a colon stays.
 */
export function opensList(text: string, d: TaskDraft, end = d.end): boolean {
  return lastNonBlankCode(text, d.start, end) === 58 /* : */ && blankSplitLength(text, d.actionAt, end, OPENER_WORDS) < OPENER_WORDS;
}

export function firstSentenceEnd(ctx: TaskContext, d: TaskDraft): number {
  const s = splitSentences(ctx.text, d.actionAt, d.end, 1);
  return s[0]?.end ?? d.end;
}

// A duty in an intro line counts when it states a date ("… trước ngày 30 tháng 11 năm 2025").
export function hasDatedCue(ctx: TaskContext, d: TaskDraft): boolean {
  return /(?:truoc|cham nhat|han)\s{1,3}(?:ngay\s{1,3})?\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{1,2}|\s{1,3}thang)/.test(ctx.folded.slice(d.start, d.end));
}

// "Lưu ý:", "Chú ý:" before a request: "Lưu ý: Để nhận bản mềm (file dữ liệu), đề nghị Cục Thuế liên hệ …".
const NOTE_LABEL = /^(?:luu|chu)\s{1,2}y\s{0,2}:\s{0,3}/;

/**
 * True when the part of an enumeration at `[at, end)` opens on a body's duty ("(i) PVN tập trung …")
 * or on a topic before one ("(i) Về Dự án NMĐ Ô Môn III: PVN khẩn trương …").
 */
function listsDuties(ctx: TaskContext, at: number, end: number): boolean {
  at = blanksEnd(ctx.text, at, end);
  if (TOPIC_TITLE.test(ctx.folded.slice(at, at + 8))) return true;
  const trigger = triggerAt(ctx.text, ctx.folded, at, end);
  return trigger !== null && trigger.tag === 'agency-subject' && trigger.at === at;
}

/** Where the words of an enumerated part start, past its "(ii)" and blanks. */
function markerEnd(text: string, s: Sentence): number {
  const at = blanksEnd(text, text.indexOf(')', s.start) + 1, s.end);
  return at;
}

/** Where a sentence's words start, past a "Lưu ý:" label. */
function afterNote(folded: string, at: number): number {
  const m = NOTE_LABEL.exec(folded.slice(at, at + 12));
  return m ? at + m[0].length : at;
}

/** Where a sentence's words start, past its bullet marker ("- Tại Điều 11 …"). */
function afterBullet(s: Sentence): number {
  return s.bullet ? s.start + 2 : s.start;
}

// "Về …", "Đối với …" (OCR "Đấi với").
const TOPIC_TITLE = /^(?:ve|d\S{1,2}i\svoi)\s/;
// "… và đề nghị …", "…, đề nghị …" inside the issuer's own sentence.
// "thông báo để <body> (được) biết, hướng dẫn …": groups: the words before the body, the body, the work.
// Also "thông báo Cục Thuế biết để khai thác thông tin …".
const ISSUER_TELLS = new RegExp(
  `^(thong\\s{1,2}bao\\s{1,3}(?:(?:de|cho)\\s{1,3})?)([a-z][^,.;:]{2,100}?)\\s{1,3}(?:duoc\\s{1,3})?biet(?:,?\\s{1,3}(?:va\\s{1,3})?|\\s{1,3}de\\s{1,3})((?:${WORK_ON_WHAT_IS_TOLD})\\s)`,
);
const TELLS_SO = /^thong\s{1,2}bao\s{1,3}de\s{1,3}/;
const ISSUER_ASKS = /(?: va|,)\s{1,3}(?:de\s{1,2}nghi|yeu\s{1,2}cau)\s/;

/** The body the issuer asks for something later in its own sentence `[from, end)`, or null. */
function issuerAsks(ctx: TaskContext, from: number, end: number): Trigger | null {
  const told = ISSUER_TELLS.exec(ctx.folded.slice(from, Math.min(end, from + 240)));
  if (told) {
    // "thông báo để Cục Thuế được biết, hướng dẫn người nộp thuế thực hiện": the body told, then its work.
    const name = ctx.text.slice(from + told[1]!.length, from + told[1]!.length + told[2]!.length).trim();
    return { tag: 'assign-cue', at: from, names: [name], actionAt: from + told[0].length - told[3]!.length };
  }
  // "Tổng cục Thuế thông báo để Cục Thuế tổ chức tuyên truyền …": told so as to act, not only to know.
  const so = TELLS_SO.exec(ctx.folded.slice(from, from + 24));
  const phrase = so ? readAgencyPhrase(ctx.text, ctx.folded, from + so[0].length, true) : null;
  if (phrase && phrase.stop === 'verb' && phrase.end < end && !/^\s*(?:duoc\s{1,3})?(?:biet|nam)\b/.test(ctx.folded.slice(phrase.end, phrase.end + 16))) {
    return { tag: 'assign-cue', at: from, names: phrase.names, actionAt: phrase.end };
  }
  const m = ISSUER_ASKS.exec(ctx.folded.slice(from, Math.min(end, from + 400)));
  if (!m) return null;
  const at = from + m.index + m[0].search(/[a-z]/);
  return innerCueAt(ctx.text, ctx.folded, at, true);
}

// A body's own teams and staff, not another body.
const OWN_UNITS = /^(?:cac )?(?:doan (?:thanh tra|kiem tra|cong tac)|bo phan|can bo|cong chuc|to cong tac)\b/;

/** True when `names` name a body that `before` does not: "Thường trực HĐND tỉnh và các Ban HĐND tỉnh" after "Thường trực HĐND tỉnh". */
function addsBodies(before: readonly string[], names: readonly string[]): boolean {
  const known = before.map(foldKey).join(' | ');
  const parts = names.flatMap((n) => n.split(/,\s*|\s+và\s+/u)).filter((p) => p.trim().length > 1);
  return parts.length > before.length && parts.some((p) => !known.includes(foldKey(p)));
}
