import { foldKey } from '../fold';
import { structuralChildren, type Item } from '../segment/items';
import { readAgencyPhrase, headAt, splitNames } from './agency-phrase';
import { splitSentences, type Sentence } from './sentences';
import { findTableTasks } from './table-tasks';
import { innerCueAt, isBackground, triggerAt, type Trigger } from './triggers';

/** A duty before deadlines and titles are attached. Offsets into the normalised text. */
export interface TaskDraft {
  start: number;
  end: number;
  /** Where the duty's own words start (after an agency heading). */
  actionAt: number;
  /** Where they end, when not at `end` (a table row's content cell). */
  actionEnd?: number;
  assignees: string[];
  coordinators: string[];
  tags: string[];
}

export interface TaskContext {
  text: string;
  folded: string;
  /** Direct addressees from "Kính gửi" / "… điện:". */
  recipients: string[];
  /** Folded key of the issuing body, so the issuer's own statements are not tasks. */
  issuerKey: string | null;
  /** Quoted provisions of other texts, filled by `findTaskDrafts`. */
  quoted?: [number, number][];
}

interface Inherited {
  names: string[];
  /** The surrounding text assigns duties ("đề nghị…:", "yêu cầu:", an agency heading). */
  assign: boolean;
}

// Intros that open a list of duties: "… có ý kiến như sau:", "… kết luận:", "… yêu cầu:", "… điện:".
const ASSIGN_INTRO = /(?:de nghi|yeu cau|giao|chi dao|y kien|ket luan|dien|phan cong|trach nhiem)[^.]{0,200}:\s*$/;
// Closings that are not duties (LABELS.md: no generic closings).
const CLOSING = [
  /thong bao (?:de|cho|den) .{0,160}(?:biet|thuc hien)/,
  /chiu trach nhiem thi hanh/,
  /co hieu luc (?:thi hanh )?(?:ke )?tu ngay/,
  /^\W{0,3}\((?:[^)]{0,200})(?:kem theo|dinh kem|gui kem)/,
  /^\W{0,3}(?:dinh kem|gui kem|kem theo)/,
  /da duoc .{0,80}thong qua/,
  /^(?:yeu cau|de nghi) .{0,200}nghiem tuc (?:to chuc )?(?:trien khai )?(?:thuc hien|thi hanh)\W{0,4}$/,
  // "Tổng cục Thuế thông báo nội dung triển khai, đề nghị … thực hiện."
  /^.{0,60}thong bao .{0,120}(?:de nghi|yeu cau) .{0,160}thuc hien.{0,8}$/,
];

// Words every closing contains; sentences without any are not tested further.
const CLOSING_HINT = /thong bao|chiu trach nhiem|hieu luc|kem|thong qua|nghiem tuc/;

function isClosing(folded: string, s: Sentence): boolean {
  const raw = folded.slice(s.start, s.end);
  if (!CLOSING_HINT.test(raw)) return false;
  const f = raw.replace(/\s+/g, ' ').trim();
  return CLOSING.some((re) => re.test(f));
}

function coordinatorsIn(ctx: TaskContext, from: number, to: number): string[] {
  const { text, folded } = ctx;
  const out: string[] = [];
  let at = folded.indexOf('phoi hop', from);
  while (at >= 0 && at < to && out.length < 12) {
    let p = at + 'phoi hop'.length;
    const rest = folded.slice(p, p + 12);
    const skip = /^\s+chat che/.exec(rest);
    if (skip) p += skip[0].length;
    const w = /^\s*,?\s*(?:voi|cung)\s/.exec(folded.slice(p, p + 8));
    if (w) p += w[0].length;
    const phrase = readAgencyPhrase(text, folded, p, true);
    if (phrase && phrase.end <= to + 200) for (const n of phrase.names) if (!out.includes(n)) out.push(n);
    at = folded.indexOf('phoi hop', p);
  }
  return out;
}

function sentenceEnd(sentences: Sentence[], i: number): number {
  return sentences[i]!.end;
}

/** Reads the heading of an item: "1. Bộ Tài chính", "a) Bộ Y tế chủ trì…:", "2.2. Giao Vụ DTTT". */
function headingOf(ctx: TaskContext, item: Item, parent: Inherited): Inherited {
  const { text, folded } = ctx;
  const from = item.textStart;
  const to = item.introEnd;
  const intro = folded.slice(from, to).replace(/\s+/g, ' ').trim();
  let names = parent.names;
  let assign = parent.assign || ASSIGN_INTRO.test(intro);
  const start = skipBlank(text, from, to);
  const title = item.level > 0 ? titleNames(ctx, start, to) : null;
  const t = title ? null : triggerAt(text, folded, start, to);
  if (title) {
    names = title;
    assign = true;
  } else if (t && t.names.length && (item.level > 0 || t.tag === 'assign-cue')) {
    // At the top, "Chủ tịch UBND tỉnh chỉ đạo như sau:" names the speaker, not an assignee.
    names = t.names;
    assign = true;
  } else if (item.level > 0 && headAt(text, start)) {
    // "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ…, Chủ tịch Ủy ban nhân dân…" with no verb.
    const phrase = readAgencyPhrase(text, folded, from, true);
    if (phrase && phrase.end - from < 300) {
      names = phrase.names;
      assign = true;
    }
  } else {
    // "… đề nghị các cơ quan, đơn vị:" at the end of the intro.
    const intro = folded.slice(from, to).trimEnd();
    const tailFrom = Math.max(0, intro.length - 200);
    const tail = intro.slice(tailFrom);
    let last: RegExpExecArray | null = null;
    for (const mm of tail.matchAll(/(?:^|[^a-z])(?:de nghi|yeu cau|giao)\s+/g)) last = mm;
    if (last && tail.endsWith(':') && !tail.slice(last.index, -1).includes(':') && !/(?:de nghi|yeu cau|giao)\s*:$/.test(tail)) {
      const at = from + tailFrom + last.index + last[0].length;
      const phrase = readAgencyPhrase(text, folded, at, false);
      if (phrase && phrase.stop !== 'cue' && !/^(?:cac noi dung|nhu sau|sau\b|mot so|cu the)/.test(folded.slice(phrase.start, phrase.start + 14))) names = phrase.names;
    }
  }
  return { names, assign };
}

/**
 * An item whose first sentence is a bare title naming bodies ("2. Các cơ quan chuyên trách tham
 * mưu, giúp việc Đảng ủy; các chi bộ, đảng bộ cơ sở") hands its duties to those bodies.
 */
function titleNames(ctx: TaskContext, start: number, to: number): string[] | null {
  const { text } = ctx;
  if (!headAt(text, start)) return null;
  const first = splitSentences(text, start, to, 1)[0];
  if (!first) return null;
  const title = text.slice(first.start, first.end).trim();
  if (title.length > 220 || /[.;]$/.test(title) || ASSIGN_WORDS.test(ctx.folded.slice(first.start, first.end))) return null;
  // A title with a verb inside is a duty ("Bộ Y tế chủ trì, phối hợp…:"), not a name.
  const phrase = readAgencyPhrase(text, ctx.folded, start, true);
  if (phrase && phrase.stop === 'verb' && phrase.end < first.start + title.length - 1) {
    const rest = ctx.folded.slice(phrase.end, first.end);
    if (!/^(?:tham muu,? giup viec|quan ly)/.test(rest)) return null;
  }
  const names = splitNames(title.replace(/:$/, ''));
  return names.length ? names : null;
}

const ASSIGN_WORDS = /\b(?:chu tri|phoi hop|khan truong|de nghi|giao)\b/;

function skipBlank(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /[\s_¬>|'"“]/.test(text[i]!)) i++;
  return i;
}

/** Splits one leaf region into duties. */
function regionTasks(ctx: TaskContext, from: number, to: number, inherited: Inherited, isRoot: boolean): TaskDraft[] {
  const { text, folded } = ctx;
  const sentences = splitSentences(text, from, to);
  const drafts: TaskDraft[] = [];
  let current: TaskDraft | null = null;
  const close = (end: number): void => {
    if (current) {
      // Quoted provisions and tables are not part of the duty before them.
      const start = current.start;
      const masked = ctx.quoted?.filter(([qs]) => qs > start).map(([qs]) => qs) ?? [];
      const limit = Math.min(end, ...masked);
      current.end = Math.max(current.start + 1, limit);
      drafts.push(current);
      current = null;
    }
  };
  let localHeading: string[] | null = null;
  let awaitingFirst = true;
  const open = (s: Sentence, trigger: Trigger | null, tags: string[]): void => {
    // Under a title naming bodies, the first duty is theirs whoever its sentence starts with.
    const heading = localHeading && drafts.length === 0 && !current && trigger?.tag !== 'assign-cue' ? localHeading : null;
    // A report-back with no subject ("Trong quá trình thực hiện, có khó khăn… báo cáo…") is
    // addressed to everyone the letter was sent to.
    const fallback = trigger?.tag === 'report-conditional' && ctx.recipients.length ? ctx.recipients : inherited.names.length ? inherited.names : ctx.recipients;
    const names = heading ?? (trigger && trigger.names.length ? trigger.names : fallback);
    current = {
      start: s.start,
      end: s.end,
      actionAt: trigger ? trigger.actionAt : s.start,
      assignees: names,
      coordinators: [],
      tags,
    };
  };
  sentences.forEach((s, i) => {
    if (ctx.quoted?.some(([qs, qe]) => s.start >= qs && s.start < qe)) {
      close(s.start);
      awaitingFirst = false;
      return;
    }
    if (isClosing(folded, s)) {
      close(s.start);
      return;
    }
    const trigger = triggerAt(text, folded, s.start, sentenceEnd(sentences, i));
    const issuerSelf =
      trigger?.tag === 'agency-subject' && ctx.issuerKey !== null && trigger.names.length === 1 && sameBody(trigger.names[0]!, ctx.issuerKey);
    if (awaitingFirst && !isRoot) {
      awaitingFirst = false;
      const sentence = text.slice(s.start, s.end);
      const next = sentences[i + 1];
      // A bare title line: "1. Đăng tải tuyên truyền trên Cổng…" or "2. Các cơ quan chuyên trách…".
      if (i === 0 && next && !/[.;]\s*$/.test(sentence) && sentence.length < 240) {
        const title = titleNames(ctx, s.start, s.end + 1);
        if (title) {
          localHeading = title;
          awaitingFirst = true;
          return;
        }
        const nextTrigger = next.paragraph ? triggerAt(text, folded, next.start, next.end) : null;
        if (!trigger && !/:\s*$/.test(sentence) && nextTrigger && (nextTrigger.tag === 'assign-cue' || nextTrigger.tag === 'agency-subject')) return;
      }
      if (trigger && !issuerSelf && trigger.tag !== 'agency-heading') open(s, trigger, [trigger.tag]);
      else if (trigger?.tag === 'agency-heading') open(s, trigger, ['agency-heading']);
      else if ((inherited.assign || localHeading) && !isBackground(folded, s.start)) open(s, null, [localHeading ? 'title-heading' : 'inherited-assignee']);
      return;
    }
    if (trigger && !issuerSelf && trigger.tag !== 'agency-heading') {
      const c = current as TaskDraft | null;
      // A duty that so far only names its assignee ("Giao Cục Thuế DNL") takes the next sentence as its action.
      const headingOnly = c !== null && text.slice(c.actionAt, Math.min(s.start, c.actionAt + 12)).replace(/[\s:.;,]/g, '').length < 3;
      const differs = !c || (trigger.tag !== 'agency-subject' ? !overlaps(c.assignees, trigger.names) : !headingOnly && !similarNames(c.assignees, trigger.names));
      const separate = s.paragraph || trigger.tag === 'assign-cue' || trigger.tag === 'report-conditional';
      if (differs && separate && !(trigger.tag === 'report-result' && !isRoot)) {
        close(s.start);
        open(s, trigger, [trigger.tag]);
        return;
      }
    }
    // "Trường hợp …" opening a paragraph of its own states a rule, not the duty before it.
    if (current && s.paragraph && !s.bullet && /^truong hop\b/.test(folded.slice(s.start, s.start + 12))) close(s.start);
    // A task at the root level ends at a new paragraph that is not a bullet of its list.
    const previous = sentences[i - 1];
    if (isRoot && current && s.paragraph && !s.bullet && !(previous && /:\s*$/.test(text.slice(previous.start, previous.end)))) {
      close(s.start);
    }
    if (current) (current as TaskDraft).end = s.end;
  });
  close(current ? (current as TaskDraft).end : to);
  // "UBND tỉnh ban hành Kế hoạch như sau:" with its list elsewhere (a table) opens, not assigns.
  const kept = drafts.filter((d) => !(/:\s*$/.test(text.slice(d.start, d.end)) && text.slice(d.actionAt, d.end).split(/\s+/).length < 24 && !d.tags.includes('assign-cue')));
  drafts.length = 0;
  drafts.push(...kept);
  // Inner cues: "…(hoàn thành trước ngày 15/10/2024); Đề nghị Cục Thuế các tỉnh…".
  return drafts.flatMap((d) => splitInnerCues(ctx, d));
}

function splitInnerCues(ctx: TaskContext, d: TaskDraft): TaskDraft[] {
  const { text, folded } = ctx;
  const out: TaskDraft[] = [];
  let cur = d;
  const re = /[;.]\s{1,3}(?=de nghi |giao |yeu cau )/g;
  re.lastIndex = d.actionAt + 1;
  const region = folded.slice(0, d.end);
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const at = m.index + m[0].length;
    // A lower-case cue inside a sentence must name a body ("… yêu cầu liên thông…" is a noun).
    const t = innerCueAt(text, folded, at, text[at] === text[at]!.toLowerCase());
    if (!t || !t.names.length || overlaps(t.names, cur.assignees)) continue;
    out.push({ ...cur, end: at });
    // The inner duty is its own clause: it ends with its sentence or bullet.
    const after = splitSentences(text, at, d.end);
    const end = after.find((s, i) => i > 0 && (s.paragraph || s.bullet))?.start ?? d.end;
    cur = { start: at, end, actionAt: t.actionAt, assignees: t.names, coordinators: [], tags: ['assign-cue-inner'] };
    if (end < d.end) {
      out.push(cur);
      return out;
    }
  }
  out.push(cur);
  return out;
}

// Abbreviations a body uses for itself ("UBND tỉnh" for "Ủy ban nhân dân tỉnh …").
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bvp\b/g, 'van phong'],
];

function expandAbbreviations(key: string): string {
  return ABBREVIATIONS.reduce((k, [re, full]) => k.replace(re, full), key);
}

function sameBody(name: string, issuerKey: string): boolean {
  const k = expandAbbreviations(foldKey(name));
  const key = expandAbbreviations(issuerKey);
  if (k.length < 6 || key.length < 6) return k === key;
  return k === key || k.startsWith(key);
}

/** True when a name of one list contains one of the other ("Bộ trưởng Bộ Công an" / "Bộ Công an"). */
function overlaps(a: string[], b: string[]): boolean {
  const ka = a.map(foldKey);
  const kb = b.map(foldKey);
  return ka.some((x) => kb.some((y) => x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x))));
}

/** Lists naming the same bodies, allowing abbreviations and OCR noise (half the words shared). */
function similarNames(a: string[], b: string[]): boolean {
  const wa = new Set(a.flatMap((x) => foldKey(x).split(' ')));
  const wb = new Set(b.flatMap((x) => foldKey(x).split(' ')));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(wa.size, wb.size, 1) >= 0.5;
}

function sameNames(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => foldKey(x) === foldKey(b[i]!));
}

/**
 * Finds the duties of the body: one per lowest numbered/lettered item (bullets belong to their
 * item), split where a sentence gives a separate duty to another body, plus the duties stated
 * in plain paragraphs.
 */
export function findTaskDrafts(context: TaskContext, root: Item): TaskDraft[] {
  let ctx = context;
  const out: TaskDraft[] = [];
  const walk = (item: Item, inherited: Inherited): void => {
    const children = structuralChildren(item);
    const isRoot = item.level === 0;
    if (children.length === 0) {
      out.push(...regionTasks(ctx, item.textStart, item.end, inherited, isRoot));
      return;
    }
    let heading = headingOf(ctx, item, inherited);
    // The intro of an item with sub-items is a heading: its duties count when it hands one out
    // ("Giao Bộ Công an chủ trì…") or sets its own date; the sub-items inherit its assignee.
    const introTasks = regionTasks(ctx, item.textStart, item.introEnd, isRoot ? { names: [], assign: false } : heading, true);
    for (const t of introTasks) {
      // "Sở X đề nghị các cơ quan, đơn vị:" only opens the list; a long duty before the colon stays.
      const listOpener = /:\s*$/.test(text(ctx, t)) && ctx.text.slice(t.actionAt, t.end).split(/\s+/).length < 24;
      if (listOpener && !hasDatedCue(ctx, t)) continue;
      if (t.tags.includes('assign-cue') || hasDatedCue(ctx, t) || (isRoot && !t.tags.includes('inherited-assignee'))) {
        out.push({ ...t, tags: [...t.tags, 'intro'] });
      }
    }
    const lastCue = [...introTasks].reverse().find((t) => t.tags.includes('assign-cue') && t.assignees.length);
    if (lastCue && !isRoot) heading = { names: lastCue.assignees, assign: true };
    // Text after the last sub-item that is not inside it (rare) is handled by the sub-item.
    for (const c of children) walk(c, heading);
  };
  const tables = findTableTasks(ctx.text, ctx.folded);
  ctx = { ...ctx, quoted: [...findQuotedProvisions(ctx), ...tables.tables.map((t): [number, number] => [t.start, t.end])] };
  walk(root, { names: [], assign: false });
  out.push(...tables.tasks);
  out.sort((a, b) => a.start - b.start);
  for (const d of out) if (d.coordinators.length === 0) d.coordinators = coordinatorsIn(ctx, d.actionAt, firstSentenceEnd(ctx, d));
  return out;
}

// Quoted provisions of a law or decree ("Căn cứ Điều 2 Nghị định …:\n“Điều 2. Đối tượng áp dụng …”")
// state the law's duties, not the directive's. A quote opens a line after a colon and closes
// at the closing mark, or where the letter resumes ("Căn cứ…", "Từ căn cứ…", "Trường hợp…").
const QUOTE_OPEN = /:[ \t]{0,4}\n[\s]{0,8}[“"]/g;
const QUOTE_RESUME = /\n[ \t]{0,8}(?:căn cứ|từ căn cứ|trường hợp|về vấn đề|theo đó)/giu;

function findQuotedProvisions(ctx: TaskContext): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of ctx.text.matchAll(QUOTE_OPEN)) {
    const start = m.index + m[0].length;
    if (ranges.length && start < ranges[ranges.length - 1]![1]) continue;
    const close = ctx.text.slice(start, start + 8_000).search(/[”"]/u);
    QUOTE_RESUME.lastIndex = start;
    const resume = QUOTE_RESUME.exec(ctx.text);
    const ends = [close >= 0 ? start + close : Infinity, resume ? resume.index : Infinity, start + 8_000];
    ranges.push([start, Math.min(...ends)]);
  }
  return ranges;
}

function text(ctx: TaskContext, d: TaskDraft): string {
  return ctx.text.slice(d.start, d.end);
}

function firstSentenceEnd(ctx: TaskContext, d: TaskDraft): number {
  const s = splitSentences(ctx.text, d.actionAt, d.end, 1);
  return s[0]?.end ?? d.end;
}

// A duty in an intro line counts when it states a date ("… trước ngày 30 tháng 11 năm 2025").
function hasDatedCue(ctx: TaskContext, d: TaskDraft): boolean {
  return /(?:truoc|cham nhat|han)\s{1,3}(?:ngay\s{1,3})?\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{1,2}|\s{1,3}thang)/.test(ctx.folded.slice(d.start, d.end));
}
