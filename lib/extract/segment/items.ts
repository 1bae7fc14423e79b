import { isBlankCode } from '../normalize';
import { isNoiseLine, type Line } from './lines';

/**
 * The body as a tree of numbered/lettered items (domain.md §5.2: Phần / Điều / I. / 1. / 1.1. /
 * a) / (i) / - / +). Text between markers belongs to the deepest open item.
 */
export interface Item {
  /** Nesting level of the marker kind (smaller = outer). 0 for the root. */
  level: number;
  marker: string;
  /** Offset where the item starts (its marker). */
  start: number;
  /** Offset where the item's text starts (after the marker). */
  textStart: number;
  /** Offset where the item ends (start of the next item at the same or an outer level). */
  end: number;
  /** End of the item's own text, before its first child. */
  introEnd: number;
  children: Item[];
  parent: Item | null;
}

// Markers, tried in order. Each accepts a little OCR debris before it ("_ ", "¬ ", ".. ").
// "Điều 3." / "Điều 3:"                      → article
// "II." "II-" "IV. "                          → Roman section
// "2.1." "2.10." "3.3 " "1.2.3."              → sub-numbered
// "1." "1-" "12." "1/ Sở…" "9, Chủ…" "6... Trên…" "§. Thực…" (OCR of 8) → numbered
// "a)" "đ)" "8)" (OCR of đ, or of a before "b)") "ø)" (OCR of g) "b. Xây…" "b/ Xây…" → lettered
// "(i)" "(iv)" "i)" "ii)"                     → roman small
// "- " "+ " "• " "~ " "* "                    → bullet
// Markdown conversions add bold marks and heading hashes: "**1. Sở Nội vụ**", "### Điều 2.".
const DEBRIS = String.raw`^\s*(?:\*\*|#{1,6}\s{1,2})?[_¬>|'"“„.·]{0,3}\s{0,2}`;
const MARKERS: { level: number; re: RegExp; kind: string }[] = [
  // OCR may lose the stroke or a mark: "Diều 2.", "Điêu 3." (read as "Điều").
  // A conversion may print it in capitals: "ĐIỀU 2.".
  { level: 1, kind: 'article', re: new RegExp(DEBRIS + String.raw`((?:[ĐD]i[ềêeế]u|ĐIỀU)\s{1,2}\d{1,3}\s{0,2}[.:])`, 'u') },
  { level: 1, kind: 'roman', re: new RegExp(DEBRIS + String.raw`([IVX]{1,5}\s{0,1}[.\-,])(?:\*\*)?\s`, 'u') },
  { level: 3, kind: 'sub', re: new RegExp(DEBRIS + String.raw`(\d{1,2}(?:\.\d{1,2}){1,3}\.?)(?:\*\*)?\s`, 'u') },
  // OCR may add points after the number's own ("6... Trên cơ sở …") before a capital, or read "8." as "§.".
  { level: 2, kind: 'number', re: new RegExp(DEBRIS + String.raw`(\d{1,2}\s{0,1}[.\-]|\d{1,2}\/(?=\s{1,2}\p{Lu})|\d{1,2},(?=\s\p{Lu})|§\.(?=\s{1,2}[_\p{Lu}]))(?:\.{1,2}(?=\s{1,2}\p{Lu}))?(?:\*\*)?(?:\s|$)`, 'u') },
  { level: 5, kind: 'letter', re: new RegExp(DEBRIS + String.raw`([a-hk-nđø]\)|\d\))\s`, 'u') },
  // "a. Tổ chức …": a letter with a full stop, only before a capital (not "v.v.", "k. …"); "a/ tổ chức …"
  // as some provinces write it, before a word.
  { level: 5, kind: 'letter', re: new RegExp(DEBRIS + String.raw`([a-hk-nđ]\.(?=\s\p{Lu})|[a-hk-nđ]\/(?=\s\p{L}))\s`, 'u') },
  // "()" is an "(i)" whose letter OCR lost, before a capital: "() UBND thành phố Hà Nội…".
  // A full stop may follow the parenthesis: "(i). Chỉ đạo…", "(1). Theo quy định…".
  { level: 6, kind: 'roman-small', re: new RegExp(DEBRIS + String.raw`(\([ivx]{1,4}\)|[ivx]{1,4}\)|\(\)(?=\s\p{Lu}))\.?\s`, 'u') },
  // "(1) Kiểm soát chặt chẽ…", "(2) Chỉ đạo…": numbered duties under a lettered item.
  { level: 6, kind: 'paren-number', re: new RegExp(DEBRIS + String.raw`(\(\d{1,2}\))\.?\s(?=\p{Lu})`, 'u') },
  { level: 7, kind: 'bullet', re: new RegExp(DEBRIS + String.raw`([-–+•~*])\s{1,4}(?=\S)`, 'u') },
];

// What each kind of marker can start with, after the debris: most lines start with none and
// skip the regexes. The character is the first one that is neither a blank nor debris.
const FIRST_CHARS: Record<string, RegExp> = {
  article: /[ĐD]/u,
  roman: /[IVX]/u,
  sub: /\d/u,
  number: /[\d§]/u,
  letter: /[a-hk-nđø\d]/u,
  'roman-small': /[(ivx]/u,
  'paren-number': /\(/u,
  bullet: /[-–+•~*]/u,
};
// What must follow that character, for the kinds whose first character opens many a word:
// "c)" and "c." but not "các", "Điều" but not "Đảng"; most lines then skip the regexes too.
const SECOND_CHARS: Record<string, RegExp> = {
  article: /[iI]/u,
  sub: /[\d.]/u,
  letter: /[)./]/u,
  'roman-small': /[)ivx]/u,
};
// The debris and blanks skipped before a marker: /[\s_¬>|'"“„.·]/u, by code.
const DEBRIS_CODES = new Set([...'_¬>|\'"“„.·'].map((ch) => ch.charCodeAt(0)));
const byFirstCode = new Map<number, typeof MARKERS>();

function isDebrisCode(code: number): boolean {
  return isBlankCode(code) || DEBRIS_CODES.has(code);
}

/** The markers that may open a line whose first character past blanks and debris has `code`. */
function markersFor(code: number): typeof MARKERS {
  let list = byFirstCode.get(code);
  if (!list) {
    const ch = String.fromCharCode(code);
    byFirstCode.set(code, (list = MARKERS.filter((m) => FIRST_CHARS[m.kind]!.test(ch))));
  }
  return list;
}

interface Marker {
  level: number;
  kind: string;
  marker: string;
  textStart: number;
}

function readMarker(line: Line): Marker | null {
  const text = line.text;
  const length = text.length;
  let i = 0;
  while (i < length && isDebrisCode(text.charCodeAt(i))) i++;
  // Markdown bold or heading marks before the marker.
  if (text.startsWith('**', i)) i += 2;
  else if (text.charCodeAt(i) === 35 /* # */) {
    while (text.charCodeAt(i) === 35) i++;
    while (i < length && isDebrisCode(text.charCodeAt(i))) i++;
  }
  if (i === length) return null;
  const markers = markersFor(text.charCodeAt(i));
  if (markers.length === 0) return null;
  const second = text[i + 1] ?? '';
  for (const m of markers) {
    if (SECOND_CHARS[m.kind]?.test(second) === false) continue;
    const hit = m.re.exec(line.text);
    if (!hit) continue;
    const marker = m.kind === 'article' ? hit[1]!.replace(/^[ĐD][iI]\S{1,2}[uU]/u, 'Điều') : hit[1]!;
    // "1." followed by a lower-case word is a wrapped number ("... số\n1. tháng"), not an item; so is
    // "2.4" ("… theo hướng dẫn tại điểm\n2.4 công văn này").
    const rest = line.text.slice(hit[0].length);
    if ((m.kind === 'number' || m.kind === 'sub') && /^\p{Ll}/u.test(rest)) continue;
    let level = m.level;
    if (m.kind === 'sub') level = 2 + marker.replace(/\.$/, '').split('.').length - 1;
    if (m.kind === 'bullet' && marker === '+') level = 8;
    return { level, kind: m.kind, marker: marker.trim(), textStart: line.start + hit[0].length };
  }
  return null;
}

/** The first marker on the lines `[from, to)`, within a few dozen lines, or null. */
function nextMarker(lines: Line[], from: number, to: number): Marker | null {
  for (let i = from; i < Math.min(to, from + 40); i++) {
    const m = readMarker(lines[i]!);
    if (m) return m;
  }
  return null;
}

// A title in capitals: no lower-case letter on the line.
const CAPITAL_TITLE = /^[\s*]{0,3}\p{Lu}[^\p{Ll}\n]{2,160}$/u;

// A line ending on a word that a number completes ("tại Khoản", "Nghị định số", "ngày").
const NEEDS_NUMBER = /(?:^|\s)(?:khoản|điều|điểm|mục|số|tại|ngày|tháng|năm|chương|phần)$/iu;

// The next mark of an enumeration on the same line as the first: "(i) … ; (ii)", "(1) … (2)".
const INLINE_NEXT = /[;,.]\s{0,3}\((?:ii|2)\)/;

/**
 * True when line `i` opens a list the line before announced ("… Trong đó:"), across blank lines
 * and a page number PDF text left between them ("5").
 */
function startsParagraph(lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = lines[k]!.text.trim();
    if (t === '' || /^\d{1,3}$/.test(t)) continue;
    return t.endsWith(':');
  }
  return false;
}

// A number and its point alone on a line: "2.", "12.".
const NUMBER_ALONE = /^\s{0,8}\d{1,2}\.\s*$/;

/** True when the first line with words after `from` (before `to`, past blank lines) opens with a capital. */
function nextStartsCapital(lines: Line[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 3); k++) {
    const t = lines[k]!.text.trim();
    if (t !== '') return /^\p{Lu}/u.test(t);
  }
  return false;
}

/** True when number marker `marker` ("3.") starts a count or follows its predecessor ("2.") still open. */
function countGoesOn(stack: readonly Item[], marker: string): boolean {
  const n = Number.parseInt(marker, 10);
  return n === 1 || stack.some((it) => it.marker === `${n - 1}.`);
}

/** Builds the item tree of the lines `[from, to)`. */
export function buildItems(lines: Line[], from: number, to: number): Item {
  const first = lines[from];
  const last = lines[to - 1];
  const bodyStart = first ? first.start : 0;
  const bodyEnd = last ? last.end : bodyStart;
  const root: Item = { level: 0, marker: '', start: bodyStart, textStart: bodyStart, end: bodyEnd, introEnd: bodyEnd, children: [], parent: null };
  const stack: Item[] = [root];
  let lastKindAtLevel5 = '';
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const noise = isNoiseLine(line.text);
    if (noise && !NUMBER_ALONE.test(line.text)) continue;
    const m = readMarker(line);
    if (!m) continue;
    // "2.\nSở Tài chính:": a number alone on its line, its title on the next (a converter split the
    // marker from its text). Else a page number ("3."): only the count's next number, before a capital.
    if (noise && !(m.kind === 'number' && nextStartsCapital(lines, i + 1, to) && countGoesOn(stack, m.marker))) continue;
    // A digit with a paren between lettered items is an OCR'd "đ)"; elsewhere it numbers duties
    // ("1) Sở Y tế…", "2) Sở Tài chính…") when the count starts at 1 or goes on from an open item.
    // "8) Xây dựng …" then "b) Lãnh đạo …": OCR's "8)" for "a)", the first of the letters.
    const firstLetter = m.kind === 'letter' && m.marker === '8)' && lastKindAtLevel5 !== 'letter' && /^b[)./]$/.test(nextMarker(lines, i + 1, to)?.marker ?? '');
    // A count with a paren that opens under no numbered or lettered item numbers the text's own items
    // ("1) Bộ Tài chính:\na) …\n2) Bộ Xây dựng:"), as "1." would; its next numbers go on at that level,
    // lettered items between them or not.
    if (m.kind === 'letter' && /^\d\)$/.test(m.marker) && !firstLetter) {
      const n = Number(m.marker.slice(0, -1));
      const previous = stack.find((it) => it.marker === `${n - 1})`);
      if (n === 1 ? !stack.some((it) => it.level >= 2 && it.level <= 6) && lastKindAtLevel5 !== 'letter' : previous?.level === 2) {
        m.kind = 'number';
        m.level = 2;
      } else if (lastKindAtLevel5 !== 'letter') {
        if (n !== 1 && !previous) continue;
        m.level = 6;
      }
    }
    // "… theo quy định tại Khoản\n3 - Điều 61 Luật Lâm nghiệp": a number the line before asks for.
    if ((m.kind === 'number' || m.kind === 'sub') && i > from && NEEDS_NUMBER.test(lines[i - 1]!.text.trimEnd())) continue;
    if (m.level === 5) lastKindAtLevel5 = 'letter';
    // "(ii)" after a bullet enumerates inside that bullet's sentence.
    // "(2)" goes on from an open "(1)" even after bullets under it (a footnote's "* …" in PDF text).
    const continues = m.kind === 'paren-number' && stack.some((it) => it.level === 6 && it.marker === `(${Number(m.marker.slice(1, -1)) - 1})`);
    // "…; (3) Thiệt hại về sách giáo khoa…;\n(4) Ảnh hưởng đến…": a count that began inside a sentence
    // and reached the start of a line is still that sentence; a list of items starts at "(1)".
    if (m.kind === 'paren-number' && Number(m.marker.slice(1, -1)) > 1 && !continues) continue;
    // …unless the bullet's sentence announced the list ("… Trong đó:") before it.
    const ownParagraph = startsParagraph(lines, i);
    if ((m.kind === 'roman-small' || m.kind === 'paren-number') && stack[stack.length - 1]!.level === 7 && !continues && !ownParagraph) continue;
    // "Cụ thể:\n(i) Rà soát…; (ii) Tổ chức…": an enumeration run on inside one sentence, not items.
    if ((m.kind === 'roman-small' || m.kind === 'paren-number') && INLINE_NEXT.test(line.text.slice(m.textStart - line.start))) continue;
    // "Điều 1. Thông qua chương trình …:\nI. GIÁM SÁT TẠI KỲ HỌP…": a Roman section inside an article.
    if (m.kind === 'roman' && stack.some((it) => it.level === 1 && it.marker.startsWith('Điều'))) m.level = 1.5;
    // "1. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG" before "1. Quán triệt…": a section title in capitals numbered
    // like its items (OCR's "1." for "I."), when no section or article is open above it.
    if (m.kind === 'number' && CAPITAL_TITLE.test(line.text.slice(m.textStart - line.start)) && stack.every((it) => it.level === 0 || (it.level === 1 && /^\d/.test(it.marker)))) m.level = 1;
    // "I. Tổ chức tuyên truyền, phổ biến …" in sentence case, then "2. Rà soát …": OCR's "I." for "1.".
    if (m.kind === 'roman' && m.marker === 'I.' && !CAPITAL_TITLE.test(line.text.slice(m.textStart - line.start)) && nextMarker(lines, i + 1, to)?.marker === '2.') {
      m.kind = 'number';
      m.level = 2;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.level >= m.level) {
      const done = stack.pop()!;
      done.end = line.start;
    }
    const parent = stack[stack.length - 1]!;
    const item: Item = { level: m.level, marker: m.marker, start: line.start, textStart: m.textStart, end: bodyEnd, introEnd: bodyEnd, children: [], parent };
    if (parent.children.length === 0) parent.introEnd = line.start;
    parent.children.push(item);
    stack.push(item);
    if (m.level < 5) lastKindAtLevel5 = '';
  }
  while (stack.length > 1) stack.pop()!.end = bodyEnd;
  fixIntroEnds(root);
  return root;
}

function fixIntroEnds(item: Item): void {
  item.introEnd = item.children.length ? item.children[0]!.start : item.end;
  for (const c of item.children) fixIntroEnds(c);
}

/** Items with numbered/lettered children are headings; bullets only detail one duty. */
export function structuralChildren(item: Item): Item[] {
  return item.children.filter((c) => c.level < 7);
}
