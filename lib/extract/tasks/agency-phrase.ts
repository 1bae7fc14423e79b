import { isLetterCode, isLetterOrDigitCode, isLowerCode, isUpperCode } from '../char-class';
import { foldText } from '../fold';
import { blanksEnd, collapseBlanks, isBlankCode, spacesEnd } from '../normalize';
import { ACTION_VERBS_FOLDED, AGENCY_HEADS, ONE_WORD_VERB_FORMS, ONE_WORD_VERB_NOT_AFTER } from '../vocab/agencies';
import { endsMidPhrase, endsShortLine, PLACE_ABBREVIATION } from './sentences';

/** A run of text naming who must act, split into names. */
export interface AgencyPhrase {
  start: number;
  end: number;
  names: string[];
  /** What stopped the phrase: a verb, a colon, or the end of the clause. */
  stop: 'verb' | 'colon' | 'clause' | 'aux' | 'cue';
}

const MAX_PHRASE = 220;
// A longer name is junk; a list of members read further ("các Bộ: …", see readAgencyPhrase's maxLength) may be one.
const MAX_NAME = 500;
const COLLECTIVE_START = /^cac\s/;
const LEAD_AFTER_GIVEN = /^(?:chu tri|thuc hien|nhiem vu)\s/;
// "nhất là các tỉnh…" (especially), "tức là", "hoặc là": "là" inside a name's phrase, no copula.
const NOT_COPULA = /(?:nhất|tức|hoặc|đó|như|cũng)\s+$/u;
// What a duty after "là …," says: "có trách nhiệm", "chủ trì", "làm đầu mối".
// The words may break over lines ("… chủ\ntrì …").
const COPULA_DUTY = /trach\s{1,3}nhiem|chu\s{1,3}tri|dau\s{1,3}moi/;

// Character tests, compiled once: a regex literal in a function is a new object at every call.
const ASCII_LETTER = /[a-z]/;
const UPPER = /\p{Lu}/u;
const SPACE_LOWER = /^ \p{Ll}/u;
// "đồng chí X": the title before a person's name.
// OCR may drop the mark of "chí" ("Đồng chi Thượng tướng …").
const COMRADE = /^(?:[đĐ]ồng\s+ch[íi]|[đĐ]\/c)\s+/u;
// Tense words: "Tổng cục Thuế đã ban hành…" states a fact, "… sẽ thực hiện" a plan — not duties.
// "tiếp nhận được …" tells what came in; "tiếp nhận hồ sơ" is a duty (a verb, below).
// Words that tell what a body is, did or holds; and a council's own verdicts ("Hội đồng nhân dân tỉnh
// tán thành nội dung Báo cáo…", "… thống nhất thông qua…"), which hand out no duty either.
// "nhận được" also as OCR leaves it without a mark or two ("nhan được"): no other words read so.
const AUX = ['đã ', 'vừa ', 'đang ', 'sẽ ', 'cũng đã ', 'nhận được ', 'nhan được ', 'nhận duoc ', 'nhan duoc ', 'được giao ', 'tiếp nhận được ', 'tán thành ', 'đánh giá cao ', 'thống nhất thông qua ', 'thống nhất với ', 'nhất trí thông qua ', 'quyết nghị ', 'biểu dương '];
const MAX_AUX = Math.max(...AUX.map((a) => a.length));
// The words "đa" (many) opens: "đa dạng", "đa số", "đa phương", "đa ngành", "đa năng", "đa mục tiêu".
const MULTI = /^(?:dạng|số|phương|ngành|năng|mục|chiều|lĩnh|dụng|cấp|hình|phần|khoa|quốc)(?![\p{L}])/u;
// By their first letter's code: most words start with none of them, and skip the list.
const AUX_BY_FIRST = new Map<number, string[]>();
for (const a of AUX) AUX_BY_FIRST.set(a.charCodeAt(0), [...(AUX_BY_FIRST.get(a.charCodeAt(0)) ?? []), a]);
// "Tổng cục Thuế giao Vụ DNNCN…": the subject hands the duty to someone else.
const CUE_WORDS = ['giao', 'de nghi', 'yeu cau'];

// Head words that open ordinary phrases too: "Ban hành", "Báo cáo", "Hội nghị", "Trường hợp".
// "Các ngành, lĩnh vực, quy mô doanh nghiệp cần tập trung thanh tra": sectors, not bodies.
// "Quỹ BHYT thanh toán chi phí …": an insurance fund paying is the rule a guidance states, no body's duty.
const NOT_NAMES = /^(?:cac nganh,? linh vuc|cac linh vuc|ban hanh|bao cao|hoi nghi|hoi thao|hoi dong y|phong,? chong|truong hop|bo may|bo phan|bo luat|doan ket|cong an xa hoi|vien tro|dai dien|lanh dao,? chi dao|doi ngu|quy (?:mo|trinh|dinh|che|hoach|bhyt|bhxh|bhtn|bao hiem)|luc luong (?:lao dong|san xuat))\b/;
// After "các", a body or a group of bodies ("các sở", "các cơ quan"), not things ("các nội dung").
const COLLECTIVE_NOUNS = /^(?:cac|mot so)\s{1,3}(?:so|bo|ban|nganh|co quan|don vi|dia phuong|tinh|huyen|xa|phuong|thi xa|thanh pho|quan|to chuc|doanh nghiep|tap doan|tong cong ty|cong ty|cuc|vu|chi cuc|truong(?!\s{1,3}hop)|benh vien|hoi|doan|cap uy|cap|chi bo|dang bo|dang uy|tinh uy|thanh uy|huyen uy|dong chi|thanh vien|nha thau|chu dau tu|ngan hang|to|dai|bao|co so|trung tam|phong|uy ban|ubnd|do thi|dia ban|thu truong|chu tich|pho thu tuong|giam doc|bo truong|lanh dao|ban quan ly|ban chi dao|co quan|nha dau tu|hiep hoi|lien doan|the|ca nhan|tham)(?![a-z])/;

// First words (folded) that open a phrase of NOT_NAMES, read off its alternatives (a few more
// than needed, as inner alternatives are read too: harmless).
const NOT_NAMES_FIRST = NOT_NAMES.source
  .slice('^(?:'.length)
  .split('|')
  .map((alternative) => /^[a-z]*/.exec(alternative)![0])
  .filter(Boolean);

interface Head {
  head: string;
  /** The head has several words, so a line break may stand for a space. */
  spaced: boolean;
  /** The folded words from the head on are to be read: NOT_NAMES may open with it, or it is "các". */
  readsOn: boolean;
  /** The head folded, and the length of its first word with the space after it (0 for one word). */
  folded: string;
  firstWord: number;
}

/** The key of the first two UTF-16 units of a head or of a position (NaN past the end reads as 0). */
function pairKey(first: number, second: number): number {
  return (first << 16) | second;
}

// Heads indexed by their first two characters' codes, longest first within each: one lookup
// leaves a few candidates, and a letter beyond Latin-1 is not made into a string.
const HEADS_BY_START = new Map<number, Head[]>();
for (const head of AGENCY_HEADS) {
  const key = pairKey(head.charCodeAt(0), head.charCodeAt(1));
  // Only a phrase whose folded first word NOT_NAMES may open needs reading on ("Bộ máy", "Ban hành").
  const firstWord = /^[a-z]*/.exec(foldText(head))![0];
  const readsOn = head === 'Các' || head === 'các' || NOT_NAMES_FIRST.some((word) => word.startsWith(firstWord));
  const space = head.indexOf(' ');
  HEADS_BY_START.set(key, [...(HEADS_BY_START.get(key) ?? []), { head, spaced: space > 0, readsOn, folded: foldText(head), firstWord: space + 1 }]);
}

/** Where `head` ends when it starts at `at` with line breaks or doubled blanks for its spaces, or -1. */
function wrappedEnd(text: string, at: number, head: string): number {
  let i = at;
  for (let k = 0; k < head.length; k++) {
    if (head.charCodeAt(k) !== 32) {
      if (text.charCodeAt(i) !== head.charCodeAt(k)) return -1;
      i++;
      continue;
    }
    const from = i;
    while (i < from + 4 && isBlankCode(text.charCodeAt(i))) i++;
    if (i === from) return -1;
  }
  return i;
}

/**
 * True when an agency head word starts at `at` (case-sensitive, whole word). `folded` is
 * `foldText(text)` when the caller has it (folding commutes with collapsing blanks).
 */
export function headAt(text: string, at: number, folded?: string): string | null {
  // A phrase's start is asked about twice in a row (by a rule, then as the phrase is read).
  if (at === lastHead.at && folded === lastHead.folded && text === lastHead.text) return lastHead.head;
  const head = findHead(text, at, folded);
  lastHead.text = text;
  lastHead.folded = folded;
  lastHead.at = at;
  lastHead.head = head;
  return head;
}

const lastHead: { text: string; folded: string | undefined; at: number; head: string | null } = { text: '', folded: undefined, at: -1, head: null };

function findHead(text: string, at: number, folded?: string): string | null {
  const code = text.charCodeAt(at);
  const heads = HEADS_BY_START.get(pairKey(code, text.charCodeAt(at + 1)));
  for (const entry of heads ?? []) {
    const { head, spaced } = entry;
    // A head may be wrapped over a line in PDF text: "Chủ\ntịch Ủy ban nhân dân…".
    const end = text.startsWith(head, at) ? at + head.length : spaced ? wrappedOrPartlyMarkedEnd(text, at, entry, folded) : -1;
    if (end < 0 || isLetterOrDigitCode(text.charCodeAt(end))) continue;
    return readOn(text, at, entry, folded);
  }
  // OCR's "D" for "Đ", the rest as printed: "Dảng ủy Ủy ban nhân dân tỉnh".
  if (code === 68 /* D */ || code === 100 /* d */) {
    for (const entry of HEADS_BY_START.get(pairKey(code === 68 ? 0x110 : 0x111, text.charCodeAt(at + 1))) ?? []) {
      const end = text.startsWith(entry.head.slice(1), at + 1) ? at + entry.head.length : partlyMarkedEnd(text, at, entry, folded);
      if (end < 0 || isLetterOrDigitCode(text.charCodeAt(end))) continue;
      return readOn(text, at, entry, folded);
    }
  }
  return acronymAt(text, at) ?? unaccentedHeadAt(text, at, folded);
}

/** `entry`'s head, unless the words from `at` read on into no name ("Ban hành", "các nội dung"). */
function readOn(text: string, at: number, entry: Head, folded: string | undefined): string | null {
  const { head, readsOn } = entry;
  if (!readsOn) return head;
  const f = collapseBlanks(folded === undefined ? foldText(text.slice(at, at + 40)) : folded.slice(at, at + 40));
  if (NOT_NAMES.test(f)) return null;
  if ((head === 'Các' || head === 'các') && !COLLECTIVE_NOUNS.test(f)) return null;
  return head;
}

/** `wrappedEnd`, or else `partlyMarkedEnd`. */
function wrappedOrPartlyMarkedEnd(text: string, at: number, entry: Head, folded: string | undefined): number {
  const end = wrappedEnd(text, at, entry.head);
  return end >= 0 ? end : partlyMarkedEnd(text, at, entry, folded);
}

/**
 * Where a head of two words or more ends when its first word is printed as in the head and the words
 * after it lost some marks (OCR, "Văn phong UBND tỉnh", "Ủy ban nhan dân", "Dảng uy"), or -1. (A first
 * word that lost its marks, another kept: unaccentedHeadAt.)
 */
function partlyMarkedEnd(text: string, at: number, entry: Head, folded: string | undefined): number {
  // The first word as printed, but for OCR's "D" for "Đ" ("Dảng ủy").
  if (entry.firstWord === 0 || !text.startsWith(entry.head.slice(1, entry.firstWord), at + 1)) return -1;
  if (text[at] !== entry.head[0] && !(entry.head[0] === 'Đ' && text[at] === 'D') && !(entry.head[0] === 'đ' && text[at] === 'd')) return -1;
  const end = at + entry.folded.length;
  const words = folded === undefined ? foldText(text.slice(at, end)) : folded.slice(at, end);
  if (words !== entry.folded) return -1;
  // Each word capitalised as in the head: "Tổng Công ty" is not the head "Tổng công ty" read loosely.
  for (let k = entry.firstWord; k < entry.head.length; ) {
    const want = entry.head[k]!;
    if ((want === want.toUpperCase()) !== (text[at + k]! === text[at + k]!.toUpperCase())) return -1;
    const space = entry.head.indexOf(' ', k);
    k = space < 0 ? entry.head.length : space + 1;
  }
  return end;
}

// Heads written with diacritics, by their folded first two letters, for text that lost its marks
// (OCR, a typist without a Vietnamese keyboard): "Chu tich Uy ban nhan dan", "So Tai chinh".
const UNACCENTED_HEADS = new Map<number, { folded: string; head: string; upper: boolean }[]>();
for (const head of AGENCY_HEADS) {
  const folded = foldText(head);
  if (folded === head.toLowerCase()) continue;
  const key = pairKey(folded.charCodeAt(0), folded.charCodeAt(1));
  const entry = { folded, head, upper: head[0] !== head[0]!.toLowerCase() };
  UNACCENTED_HEADS.set(key, [...(UNACCENTED_HEADS.get(key) ?? []), entry].sort((a, b) => b.folded.length - a.folded.length));
}
// First words of the heads that name an office or a post, folded ("Bộ trưởng", "Ủy ban", "Chủ tịch",
// "Giám đốc"); not "Cơ quan", "Các", "Đơn vị", generic words OCR may print bare in any sentence.
const OFFICE_WORD = /^(?:bo|uy|chu|so|cuc|vu|tong|thu|giam|pho|truong|van|ban)$/;
// A capitalised name after a head: "So Tai chinh".
const NAME_AFTER = /^\s{1,2}\p{Lu}/u;

/**
 * A head written without its diacritics, when the words from `at` on carry none (three words at
 * least): in marked text "So sánh" is no "Sở". Case must agree ("Chu tich", not "chu tich").
 */
function unaccentedHeadAt(text: string, at: number, folded?: string): string | null {
  const code = text.charCodeAt(at);
  if (!(code >= 65 && code <= 90) && !(code >= 97 && code <= 122)) return null;
  if (isLetterOrDigitCode(text.charCodeAt(at - 1))) return null;
  // The head's first two letters, then the head and the two words after it, carry no mark: checked
  // on the codes first, since most words at a phrase start are not unaccented heads.
  const second = text.charCodeAt(at + 1);
  if (second > 127) return null;
  const heads = UNACCENTED_HEADS.get(pairKey(code | 32, second | 32));
  if (!heads) return null;
  // The folded words from `at`: `folded` itself read from `at`, or the fold of the next 40 units.
  const source = folded ?? foldText(text.slice(at, at + 40));
  const from = folded === undefined ? 0 : at;
  let marked: boolean | undefined;
  // Blanks collapsed: a line may break inside the head ("Uy\nban nhân dân …").
  const raw = source.slice(from, from + 48);
  const words = raw.includes('\n') || raw.includes('  ') ? collapseBlanks(raw) : raw;
  for (const { folded: key, head, upper } of heads) {
    if (!words.startsWith(key) || isAsciiLowerOrDigitCode(words.charCodeAt(key.length))) continue;
    if (upper !== (code <= 90) && key !== 'cac') continue;
    marked ??= marksAhead(text, at);
    // In marked text, OCR may drop the marks of one word only: "Tap đoàn Công nghiệp Than…" is a
    // "Tập đoàn" when the head has two words or more, is capitalised and a capitalised name follows.
    // A head of three words or more ("Uy ban nhân dân thành phố Hà Nội") needs no name after it.
    // "Cac bộ, ngành liên quan": "các" before a kind of body (checked below) is no look-alike either.
    // A one-word head too ("Bo Xây dựng", "Vu DNNCN"), capitalised, before a capitalised name; or a head
    // whose first word alone lost its marks, the rest as printed ("Bo trưởng, Thủ trưởng …").
    const space = head.indexOf(' ');
    const restAsPrinted = space > 0 && OFFICE_WORD.test(key.slice(0, space)) && text.startsWith(head.slice(space + 1), at + space + 1);
    // A head of two words or more one of whose marked words is printed as in the head ("Ngan hàng
    // thương mại"): the marks the others lost were OCR's.
    if (marked && !(key === 'cac' || restAsPrinted || (space > 0 && markedWordAsPrinted(text, at, head)) || (upper && (key.split(' ').length >= 3 || NAME_AFTER.test(text.slice(at + key.length, at + key.length + 3)))))) continue;
    // A one-word head ("So", "Bo", "Cuc", "Doi") names a body only before a capitalised name
    // ("So Tai chinh"): alone it is as likely "số", "bộ", "đối".
    if (!key.includes(' ') && key !== 'cac' && !NAME_AFTER.test(text.slice(at + key.length, at + key.length + 3))) continue;
    const rest = words.slice(0, 40);
    if (NOT_NAMES.test(rest)) return null;
    if (head.toLowerCase() === 'các' && !COLLECTIVE_NOUNS.test(rest)) return null;
    return head;
  }
  return null;
}

// A letter beyond ASCII: a Vietnamese mark.
const MARKED = /[^\x00-\x7f]/;

/** True when a word of `head` that carries a mark stands at its place from `at` as the head prints it. */
function markedWordAsPrinted(text: string, at: number, head: string): boolean {
  for (let k = 0; k < head.length; ) {
    const space = head.indexOf(' ', k);
    const end = space < 0 ? head.length : space;
    const word = head.slice(k, end);
    if (MARKED.test(word) && text.startsWith(word, at + k) && !isLetterOrDigitCode(text.charCodeAt(at + end))) return true;
    if (space < 0) break;
    k = space + 1;
  }
  return false;
}

/** True when a letter beyond ASCII (a diacritic) comes before the end of the third word from `at`, within 40 units. */
function marksAhead(text: string, at: number): boolean {
  let words = 0;
  for (let i = at; i < text.length && i < at + 40 && words < 3; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return true;
    if (c === 32 && text.charCodeAt(i - 1) !== 32) words++;
  }
  return false;
}

// A body known by its initials: "PVN", "EVN", "TKV", "VNPT", "BHXH", "NHNN"; not a Roman numeral
// ("II", "IV") nor a type code or a place abbreviation.
// "PVN phối hợp", "EVN, TKV"; not the first word of a title in capitals ("KINH PHÍ THỰC HIỆN").
const ACRONYM = /^[A-ZĐ]{2,6}(?![\p{L}\p{N}&.\/-])(?![ \t]\p{Lu}{2})/u;
// Initials that name no body: documents, places, currencies, and the taxes, cards, procedures and
// fields of administrative prose ("thuế GTGT", "thẻ BHYT", "số CCCD", "các TTHC").
const NOT_ACRONYMS = /^(?:[IVXLC]+|TP|TX|TT|STT|CV|QĐ|NĐ|CP|TW|KH|TB|NQ|CT|HD|KL|ĐT|DT|SĐT|GDP|ASEAN|COVID|VNĐ|USD|GTGT|TNCN|TNDN|TTĐB|TTDB|BHYT|BHTN|CCCD|CMND|TTHC|NSNN|XDCB|GPMB|ATTP|ATGT|PCCC|VBQPPL|QPPL|CSDL|DVC|DVCTT|ODA|PPP|BOT|HĐLĐ|XNK|MST)$/u;

/** The initials of a body starting at `at`, or null. */
function acronymAt(text: string, at: number): string | null {
  const code = text.charCodeAt(at);
  if (!((code >= 65 && code <= 90) || code === 0x110) || isLetterOrDigitCode(text.charCodeAt(at - 1))) return null;
  const m = ACRONYM.exec(text.slice(at, at + 8));
  return m && !NOT_ACRONYMS.test(m[0]) ? m[0] : null;
}

// Verbs indexed by a hash of their first word (see hashWord), so a lookup costs one map access
// and the text's word need not be sliced out. Every verb's first word is followed by a space or
// a comma, so a verb that reads at a position (collapsedEnd) starts with the word there: a verb
// of another word sharing the hash never reads.
const VERBS_BY_FIRST_WORD = new Map<number, string[]>();
// The same by the word itself.
const VERBS_OF_FIRST_WORD = new Map<string, string[]>();
for (const verb of ACTION_VERBS_FOLDED) {
  const word = /^[a-z]+/.exec(verb)![0];
  const key = hashWord(word, 0, word.length);
  VERBS_OF_FIRST_WORD.set(word, [...(VERBS_OF_FIRST_WORD.get(word) ?? []), verb]);
  VERBS_BY_FIRST_WORD.set(key, [...(VERBS_BY_FIRST_WORD.get(key) ?? []), verb]);
}

const GIAO_NOUN = /^\s(?:thong|dich|luu|tiep|thoa|hang|khoan|ket|uoc|thuong|huu|lo|diem|ban|nop|nhan|dat)\b/;

/**
 * True when a lower-case assignment cue starts at `at`. "giao" must be written without a tone
 * mark: "Ban Tuyên giáo" is not a cue.
 */
const GIAO_AFTER = /(?:^|[^a-z])(?:ngoai|chuyen|ban|trao)\s$/;

export function cueWordAt(text: string, folded: string, at: number): boolean {
  // By code: a letter beyond Latin-1 read as a string would be a new string.
  if (isLetterCode(text.charCodeAt(at - 1)) || isUpperCode(text.charCodeAt(at))) return false;
  for (const c of CUE_WORDS) {
    // "Tổng cục Thuế đề\nnghị các Cục Thuế …": a line of PDF text may break inside the cue.
    const end = collapsedEnd(folded, at, folded.length, c);
    if (end < 0 || ASCII_LETTER.test(folded[end] ?? '')) continue;
    if (c === 'giao' && text.slice(at, at + 4) !== 'giao') continue;
    // "công trình giao thông", "giao dịch", "giao ban": nouns that start with the word.
    // A capitalised word after it is a body's name ("giao Thường trực Hội đồng nhân dân…").
    if (c === 'giao' && GIAO_NOUN.test(folded.slice(at + 4, at + 14)) && !isUpperCode(text.charCodeAt(at + 5))) continue;
    // "Bộ Ngoại giao", "chuyển giao", "bàn giao", "trao giao": the word ends another one.
    if (c === 'giao' && GIAO_AFTER.test(folded.slice(Math.max(0, at - 8), at))) continue;
    return true;
  }
  return false;
}

/** End of the run of a-z letters starting at `at` of `folded`, read within 24 units (`at` if none). */
function foldedWordEnd(folded: string, at: number): number {
  const limit = Math.min(folded.length, at + 24);
  let end = at;
  while (end < limit) {
    const code = folded.charCodeAt(end);
    if (code < 97 || code > 122) break;
    end++;
  }
  return end;
}

/**
 * Verbs that may start at `at` of `folded`: those whose first word is the one there, and maybe
 * a few of another word (see VERBS_BY_FIRST_WORD); none when no word starts there.
 */
function verbsStartingAt(folded: string, at: number): string[] | undefined {
  // Most words start no verb: one map lookup on the word, before any slicing of the text.
  const end = foldedWordEnd(folded, at);
  return end > at ? VERBS_BY_FIRST_WORD.get(hashWord(folded, at, end)) : undefined;
}

/**
 * Where `phrase` ends when `s` reads as it from `at`, a run of blanks for each of its spaces,
 * all before `limit`; -1 when it does not. The same as
 * `collapseBlanks(s.slice(at, limit)).startsWith(phrase)`, without building the window.
 */
function collapsedEnd(s: string, at: number, limit: number, phrase: string): number {
  let i = at;
  for (let k = 0; k < phrase.length; k++) {
    const code = phrase.charCodeAt(k);
    if (code !== 32) {
      if (i >= limit || s.charCodeAt(i) !== code) return -1;
      i++;
      continue;
    }
    if (i >= limit || !isBlankCode(s.charCodeAt(i))) return -1;
    do i++;
    while (i < limit && isBlankCode(s.charCodeAt(i)));
  }
  return i;
}

/** `/[a-z0-9]/` of one unit, by code. */
function isAsciiLowerOrDigitCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** A hash of the a-z word `folded[at, end)`, computed without slicing it out (30 bits: a small integer). */
function hashWord(folded: string, at: number, end: number): number {
  let hash = 0;
  for (let i = at; i < end; i++) hash = (hash * 31 + folded.charCodeAt(i)) & 0x3fffffff;
  return hash;
}

/** A first word (folded) of what ends a phrase at a lower-case word, and what it may open. */
interface StopWord {
  word: string;
  /** A tense word of AUX starts with it. */
  aux: boolean;
  /** A cue of CUE_WORDS starts with it. */
  cue: boolean;
  /** The verbs that start with it, if any. */
  verbs: string[] | undefined;
}

// First words (folded) of everything that ends a phrase at a lower-case word: a tense word, a
// cue, a verb. Any other word is passed over without trying each, and a word is tried only as
// what it may open. Kept by hash, so the words of the text need not be sliced out to be looked up.
const STOP_FIRST_WORDS = new Map<number, StopWord[]>();
{
  const auxWords = new Set(AUX.map((a) => /^[a-z]*/.exec(foldText(a))![0]));
  const cueWords = new Set(CUE_WORDS.map((c) => /^[a-z]*/.exec(c)![0]));
  for (const word of new Set([...auxWords, ...cueWords, ...VERBS_OF_FIRST_WORD.keys()])) {
    const hash = hashWord(word, 0, word.length);
    const entry = { word, aux: auxWords.has(word), cue: cueWords.has(word), verbs: VERBS_OF_FIRST_WORD.get(word) };
    STOP_FIRST_WORDS.set(hash, [...(STOP_FIRST_WORDS.get(hash) ?? []), entry]);
  }
}

/** True when a word of AUX starts at `at`; a line break may stand for its spaces. */
function auxAt(text: string, at: number): boolean {
  const candidates = AUX_BY_FIRST.get(text.charCodeAt(at));
  if (!candidates) return false;
  if (candidates.some((a) => text.startsWith(a, at))) return true;
  // OCR's "đa" for "đã" before a verb ("… Chi cục thuế đa tích cực triển khai"); not "đa dạng", "đa số".
  if (text.startsWith('đa ', at) && !MULTI.test(text.slice(at + 3, at + 12))) return true;
  const limit = Math.min(text.length, at + MAX_AUX + 8);
  if (!candidates.some((a) => collapsedEnd(text, at, limit, a) >= 0)) return false;
  // The words read with blanks collapsed only when a line break comes within MAX_AUX.
  for (let i = at; i <= at + MAX_AUX && i < text.length; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The entry of STOP_FIRST_WORDS for the a-z word at `at` of `folded` (read within 24 units), if any. */
function stopWordAt(folded: string, at: number): StopWord | undefined {
  const end = foldedWordEnd(folded, at);
  const words = end > at ? STOP_FIRST_WORDS.get(hashWord(folded, at, end)) : undefined;
  if (words === undefined) return undefined;
  for (const entry of words) if (entry.word.length === end - at && folded.startsWith(entry.word, at)) return entry;
  return undefined;
}

/** True when an action verb starts at `at`, whatever its case (after a joined bullet dash). */
export function verbStartsAt(folded: string, at: number): boolean {
  const candidates = verbsStartingAt(folded, at);
  if (!candidates) return false;
  const limit = Math.min(folded.length, at + 24);
  return candidates.some((verb) => collapsedEnd(folded, at, limit, verb) >= 0);
}

const ORGANISATION_KIND = /^\s(?:dang|chinh tri|xa hoi|doan the|tin dung|kinh te|ca nhan|hoi(?!\s(?:nghi|thao|thi|cho|dien|giang|trai|dong|hop|khoe|dap|tho)))\b/;

// "đoàn ", "đội ", "đoàn thanh tra, " before "thanh tra" / "kiểm tra": a team's name goes on.
const TEAM_BEFORE = /(?:^|[^\p{L}])(?:đoàn|đội|Đoàn|Đội)\s+(?:thanh tra,?\s+)?$/u;

// Words after which "đầu tư" goes on with a name, not a duty.
// After a preposition it is a noun: "các cơ quan liên quan đến đầu tư công".
const INVESTING_NAME = /(?:^|[^\p{L}])(?:án|nhà|chủ|và|đoàn|ty|phần|quỹ|hàng|tiến|trợ|MTV|TNHH|vốn|hút|tác|đến|về|cho|của|trong|ngoài)\s+$/iu;

/** True when a lower-case action verb starts at word boundary `at`. */
export function verbAt(text: string, folded: string, at: number): boolean {
  if (isLetterOrDigitCode(text.charCodeAt(at - 1))) return false;
  const code = text.charCodeAt(at);
  if (code !== code || isUpperCode(code)) return false; // past the end, or upper case
  const candidates = verbsStartingAt(folded, at);
  return candidates !== undefined && verbAmong(text, folded, at, candidates);
}

/** True when one of `candidates` (verbs that may start at `at`, a lower-case word start) reads there as a verb. */
function verbAmong(text: string, folded: string, at: number, candidates: readonly string[]): boolean {
  // Line breaks inside a verb ("chỉ\nđạo") count as spaces.
  const limit = Math.min(folded.length, at + 24);
  for (const verb of candidates) {
    const end = collapsedEnd(folded, at, limit, verb);
    if (end < 0) continue;
    // "các đơn vị, tổ chức và các nhà thầu": "tổ chức" listed among bodies is a noun.
    if (verb === 'to chuc' && COMMA_BEFORE.test(text.slice(Math.max(0, at - 3), at)) && LISTED_AFTER.test(text.slice(at + 7, at + 12))) continue;
    // "tổ chức đảng", "tổ chức chính trị - xã hội", "tổ chức tín dụng", "tổ chức hội" name bodies;
    // "tổ chức hội nghị", "tổ chức hội thảo", "tổ chức Hội đồng thẩm định" are duties.
    if (verb === 'to chuc' && ORGANISATION_KIND.test(verbWindow(folded, at).slice(7, 20))) continue;
    // "các tổ chức chính trị - xã hội": after "các" it names bodies.
    if (verb === 'to chuc' && AFTER_PLURAL.test(text.slice(Math.max(0, at - 8), at))) continue;
    // "các đồng chí lãnh đạo Sở": leaders, not the verb "lãnh đạo".
    if (verb === 'lanh dao' && LEADERS_BEFORE.test(text.slice(Math.max(0, at - 9), at))) continue;
    // "Ban Quản lý dự án đầu tư xây dựng", "Công ty cổ phần đầu tư", "nhà đầu tư", "Sở Kế hoạch và đầu tư".
    if (verb === 'dau tu' && INVESTING_NAME.test(text.slice(Math.max(0, at - 8), at))) continue;
    // "chỉ nhánh", "chỉ cục": OCR's "chi nhánh", "chi cục", no "chỉ" (only).
    if (verb === 'chi ' && BRANCH_NOT_ONLY.test(verbWindow(folded, at))) continue;
    // "Các đoàn thanh tra, kiểm tra", "đội kiểm tra": teams named by their work.
    if ((verb === 'thanh tra' || verb === 'kiem tra') && TEAM_BEFORE.test(text.slice(Math.max(0, at - 18), at))) continue;
    // "các cơ quan chủ trì soạn thảo": the drafting bodies, a name.
    if (verb === 'chu tri' && DRAFTING.test(verbWindow(folded, at)) && DRAFTING_BODY.test(folded.slice(Math.max(0, at - 8), at))) continue;
    // A verb is written in lower case throughout: "thành phố Biên Hòa" is no "phổ biến".
    if (verb.includes(' ') && !lowerThroughout(text, at, verb)) continue;
    if (!oneWordVerbWritten(text, at, verb)) continue;
    // The verb ends at a word's end: "tổ chức" is no "tổ chức" in "tổ chứcc".
    if (verb.endsWith(' ') || end >= limit || !isAsciiLowerOrDigitCode(folded.charCodeAt(end))) return true;
  }
  return false;
}

/** The words from `at` with blanks collapsed, for the few verbs that look past themselves. */
function verbWindow(folded: string, at: number): string {
  return collapseBlanks(folded.slice(at, at + 24));
}

// The tests of the verbs that look around them, in verbAt.
const COMMA_BEFORE = /,\s*$/;
const LISTED_AFTER = /^\s*(?:,|và\s)/u;
const AFTER_PLURAL = /(?:^|\s)(?:các|những|Các|Những)\s+$/u;
const LEADERS_BEFORE = /(?:đồng chí|các|Các)\s+$/u;
const BRANCH_NOT_ONLY = /^chi (?:nhanh|cuc|bo|doan)\b/;
const DRAFTING = /^chu tri soan thao/;
const DRAFTING_BODY = /(?:co quan|don vi)\s$/;

/** False when `verb` is a one-word verb whose word at `at` is written as another word ("cán" for "can "). */
function oneWordVerbWritten(text: string, at: number, verb: string): boolean {
  const forms = ONE_WORD_VERB_FORMS.get(verb.trimEnd());
  if (!forms) return true;
  const word = text.slice(at, at + verb.length - 1);
  if (!forms.includes(word) && word !== verb.trimEnd()) return false;
  const notAfter = ONE_WORD_VERB_NOT_AFTER.get(verb.trimEnd());
  if (!notAfter) return true;
  const before = PREVIOUS_WORD.exec(text.slice(Math.max(0, at - 12), at));
  return !before || !notAfter.includes(before[1]!.toLowerCase());
}

// The word before a position: "công" in "…công lập".
const PREVIOUS_WORD = /(\p{L}+)\s+$/u;

/**
 * True when no word after the first of `verb` (read at `at` of `text`, a run of blanks for each
 * of its spaces, within 24 units) starts with a capital.
 */
function lowerThroughout(text: string, at: number, verb: string): boolean {
  const limit = Math.min(text.length, at + 24);
  let i = at;
  for (let k = 0; k < verb.length && i < limit; k++) {
    if (verb.charCodeAt(k) !== 32) {
      i++;
      continue;
    }
    i = blanksEnd(text, i, limit);
    if (k + 1 < verb.length && i < limit && isUpperCode(text.charCodeAt(i))) return false;
  }
  return true;
}

function clean(name: string): string {
  const collapsed = collapseBlanks(name);
  // Blanks and list punctuation trimmed at both ends, by hand: a regex anchored at the end
  // would try every blank of the name.
  let start = 0;
  let end = collapsed.length;
  while (start < end && isNameEdge(collapsed.charCodeAt(start))) start++;
  while (end > start && isNameEdge(collapsed.charCodeAt(end - 1))) end--;
  // Each pattern is tried only when the name holds what it needs: most names hold none.
  let cleaned = collapsed.slice(start, end);
  if (cleaned.charCodeAt(0) === 0x111 /* đ */ || cleaned.charCodeAt(0) === 0x110 /* Đ */) cleaned = cleaned.replace(COMRADE, '');
  const last = cleaned.charCodeAt(cleaned.length - 1);
  if (last === 0x1ec3 /* ể */ || last === 109 /* m */) cleaned = cleaned.replace(PURPOSE_TAIL, '');
  if (ASKED_WORD.test(cleaned)) cleaned = cleaned.replace(WHAT_IS_ASKED, '');
  // "các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương (sau đây gọi là Bộ, cơ quan trung ương)": the
  // short name the text gives the bodies.
  if (cleaned.includes('(sau đây gọi')) {
    const alias = NAME_ALIAS.exec(cleaned);
    if (alias) cleaned = alias[1]!;
  }
  return cleaned.trim();
}

const NAME_ALIAS = /\(sau đây gọi (?:tắt |chung )?là ([^()]{3,100})\)\s*$/u;

// "phối hợp chặt chẽ với Bộ Công an, Ngân hàng Nhà nước Việt Nam để tổ chức…": the purpose word
// before the verb that ended the phrase is not part of the name.
const PURPOSE_TAIL = /\s(?:để|nhằm)$/u;
// "đề nghị các cơ quan, đơn vị một số nội dung sau:", "… như sau:": what is asked, after the bodies.
// "… đề nghị Bộ Xây dựng nội dung như sau:" too.
const WHAT_IS_ASKED = /\s(?:(?:một số|các|những)\s(?:nội dung|nhiệm vụ|việc|công việc|yêu cầu|vấn đề)(?:\s[^,;]{0,60})?|(?:nội dung\s)?(?:như sau|sau đây))$/u;
// The words one of which WHAT_IS_ASKED needs.
const ASKED_WORD = /nội dung|nhiệm vụ|việc|yêu cầu|vấn đề|như sau|sau đây/u;

/** Blanks and ",", ";", ":", "–", "—", "-", "*" (Markdown bold), "_" (an OCR rule line): what may surround a name in a list. */
function isNameEdge(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 0x2013 || code === 45 || code === 42 || code === 95 || code === 0x2014 || isBlankCode(code);
}

/**
 * Splits "Bộ Y tế, các bộ, cơ quan liên quan, Ban Quản lý dự án và các nhà thầu" into names:
 * a comma, semicolon or "và" starts a new name only when an agency head follows. `folded`, when
 * given, is `foldText(phrase)`.
 */
export function splitNames(phrase: string, folded?: string): string[] {
  const names: string[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < phrase.length; i++) {
    // Codes, not one-letter strings: a letter beyond Latin-1 would be a new string each time.
    const code = phrase.charCodeAt(i);
    if (code === 40 /* ( */) depth++;
    else if (code === 41 /* ) */) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    let next = -1;
    if (code === 44 /* , */ || code === 59 /* ; */) next = i + 1;
    // "… và …", a line break on either side of it or not.
    else if ((code === 32 || code === 10) && phrase.charCodeAt(i + 1) === 118 /* v */ && phrase.startsWith('và', i + 1) && isBlank(phrase.charCodeAt(i + 3))) next = i + 4;
    if (next < 0) continue;
    while (phrase[next] === ' ' || phrase[next] === '\n') next++;
    // Not through headAt's memory of the last start: it keeps the phrase's own start, asked again after.
    if (!findHead(phrase, next, folded)) continue;
    names.push(phrase.slice(from, i));
    from = next;
    if (code === 32 || code === 10) i += 3;
  }
  names.push(phrase.slice(from));
  return names.map(clean).filter((n) => n.length > 1 && n.length < MAX_NAME);
}

// "Bộ trưởng các Bộ: Công an, Quốc phòng" → "Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Quốc phòng".
// "Giám đốc: Sở Văn hóa…, Sở Thông tin…" → "Giám đốc Sở Văn hóa…", …
const DISTRIBUTIVE = /^(.{2,40}?)(?:\s+các\s+(Bộ|Sở|bộ|sở))?\s*:\s*(.+)$/su;

const BARE_KIND = /^[Cc]ác\s+(Bộ|Sở|bộ|sở)\s*:\s*(.+)$/su;
const OTHER_BODY_AFTER_AND = /\s+và\s+(?=(?:Ủy ban|Uỷ ban|UBND|Ban|Văn phòng|Ngân hàng|Thanh tra|Kiểm toán|Tòa án|Viện|Đài|Thông tấn|Hội đồng|Tổng cục|Cục|Công an|Bộ Tư lệnh)\s)/u;

// "Văn hóa, Thể thao và Du lịch" (formerly "Văn hóa, Thông tin") is one ministry's name, comma and all.
const SECOND_PART_OF_CULTURE = /^(?:Thể thao|Thông tin)\b/iu;

/** The members of a list after "các Bộ:", split on commas and semicolons. */
function splitMembers(list: string): string[] {
  const members: string[] = [];
  for (const part of list.split(/[,;]/u)) {
    const member = part.trim();
    if (!member) continue;
    const last = members.length - 1;
    if (last >= 0 && /^Văn hóa$|^Văn hoá$/iu.test(members[last]!) && SECOND_PART_OF_CULTURE.test(member)) members[last] += `, ${member}`;
    else members.push(member);
  }
  return members;
}

/** Expands a "title: A, B, C" phrase into one name per member. */
export function expandDistributive(phrase: string): string[] | null {
  // "Các Sở: Tài chính, Công Thương" → "Sở Tài chính", "Sở Công Thương".
  const bare = BARE_KIND.exec(collapseBlanks(phrase).trim());
  if (bare) {
    const kind = bare[1]![0]!.toUpperCase() + bare[1]!.slice(1);
    // "Các Bộ: Y tế, Tài chính và Ủy ban nhân dân tỉnh, thành phố": a body of its own after "và"
    // closes the list; it and what follows it are one name, no ministry.
    const list = bare[2]!;
    const other = OTHER_BODY_AFTER_AND.exec(list);
    const members = splitMembers(other ? list.slice(0, other.index) : list);
    const names = members.map((member) => clean(`${kind} ${member}`));
    if (other) names.push(clean(list.slice(other.index + other[0].length)));
    return members.length ? names : null;
  }
  const m = DISTRIBUTIVE.exec(collapseBlanks(phrase).trim());
  if (!m) return null;
  const title = m[1]!.trim();
  const kind = m[2] ? m[2][0]!.toUpperCase() + m[2].slice(1) + ' ' : '';
  // Members are split on commas only: "Nông nghiệp và Môi trường" is one ministry.
  const members = splitMembers(m[3]!);
  if (members.length === 0) return null;
  return members.map((member) => clean(`${title} ${kind}${member}`));
}

// "được giao " at a given offset, the words on one line or two (sticky).
const GIVEN = /được\s{1,3}giao\s/y;

// "… theo thẩm quyền", "… theo chức năng, nhiệm vụ", "… theo nhiệm vụ, quyền hạn đã được pháp luật quy định".
const MANNER = /^theo\s{1,3}(?:tham\s{1,3}quyen|chuc\s{1,3}nang|nhiem\s{1,3}vu)/;

/**
 * Reads an agency phrase starting at `at` (after blanks). With `requireHead`, the phrase must
 * open with an agency head word. Stops at an action verb, a colon, or the end of the clause.
 */
export function readAgencyPhrase(text: string, folded: string, at: number, requireHead: boolean, maxLength = MAX_PHRASE): AgencyPhrase | null {
  let start = at;
  while (start < text.length && isOpeningBlank(text.charCodeAt(start))) start++;
  const head = headAt(text, start, folded);
  if (requireHead && !head) return null;
  if (!isLetterCode(text.charCodeAt(start))) return null;
  let depth = 0;
  const limit = Math.min(text.length, start + maxLength);
  // The head's own words stop nothing (OCR's "Đồng chi" for "Đồng chí" holds the verb "chi"): read from its end.
  for (let i = head ? start + head.length : start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 40 /* ( */) depth++;
    else if (code === 41 /* ) */) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const stop = i > start && isBlank(text.charCodeAt(i - 1)) && isLowerCode(code) ? stopWordAt(folded, i) : undefined;
    if (stop) {
      // "Các cơ quan, đơn vị được giao (chủ trì) nhiệm vụ tại Kế hoạch này có trách nhiệm…": bodies
      // picked out by what they were given; the name goes on to the verb after it.
      // A line may break between the two words ("… doanh nghiệp được\ngiao quản lý …").
      GIVEN.lastIndex = i;
      if (code === 0x111 /* đ */ && GIVEN.test(text) && COLLECTIVE_START.test(folded.slice(start, start + 4))) {
        i = GIVEN.lastIndex;
        const lead = LEAD_AFTER_GIVEN.exec(folded.slice(i, i + 20));
        if (lead) i += lead[0].length;
        i--;
        continue;
      }
      // PDF text may break the line inside the words ("thống nhất với\nnội dung…").
      if (stop.aux && auxAt(text, i)) return finish(text, folded, start, i, 'aux');
      if (stop.cue && cueWordAt(text, folded, i)) return finish(text, folded, start, i, 'cue');
      // "Các cơ quan chịu sự giám sát có trách nhiệm…": after "sự" a verb is a noun, part of the name.
      // The word starts the verbs it opens: verbAt's other tests hold (lower case, after a blank).
      // "Hội đồng thẩm định làm việc…": the council's kind is part of its name.
      // "Chi cục Hải quan nơi quản lý kho CFS hướng dẫn…", "… nơi đăng ký tờ khai thực hiện…": the verb
      // after "nơi" (where) says which one.
      // "Tổng công ty Hàng không Việt Nam", "Cục Hàng không": "không" after "hàng" names aviation.
      if (stop.verbs && verbAmong(text, folded, i, stop.verbs) && !afterWord(text, folded, i, 'su ') && !whereClause(text, folded, start, i) && !councilKind(folded, start, i) && !facilityKind(folded, start, i) && !aviation(text, folded, i)) return finish(text, folded, start, i, 'verb');
    }
    // "Sở X là cơ quan thường trực, có trách nhiệm hướng dẫn…": the name ends at the copula; a duty
    // follows only when the sentence goes on to one, else it states what the body is.
    if (code === 108 /* l */ && i > start && isBlank(text.charCodeAt(i - 1)) && text.startsWith('là ', i) && !NOT_COPULA.test(text.slice(Math.max(start, i - 8), i))) {
      return finish(text, folded, start, i, COPULA_DUTY.test(folded.slice(i, i + 160)) ? 'verb' : 'aux');
    }
    if (code === 58 /* : */) return finish(text, folded, start, i, 'colon');
    // "…chỉ thị các bộ, ngành, địa phương theo thẩm quyền và chức năng, nhiệm vụ được giao:": how
    // the bodies act, not more of their name.
    if (code === 116 /* t */ && i > start && isBlank(text.charCodeAt(i - 1)) && MANNER.test(folded.slice(i, i + 20))) return finish(text, folded, start, i, 'verb');
    // "Giao Vụ DTTT - Tiếp tục theo dõi…": a bullet that PDF text joined to its heading line.
    if (code === 45 /* - */ && (text[i - 1] === ' ' || text[i - 1] === '\n') && text[i + 1] === ' ' && verbStartsAt(folded, i + 2)) return finish(text, folded, start, i, 'verb');
    // A dash, a plus or a bullet sign opening a line is a bullet: the name above it is complete
    // ("- Bộ Công Thương\n+ Ban hành …").
    if ((code === 45 /* - */ || code === 43 /* + */ || code === 0x2022 /* • */) && text[i - 1] === '\n' && text[i + 1] === ' ' && i > start) return finish(text, folded, start, i, 'clause');
    // A full stop ends the clause, except in "…", OCR's stray dots ("bất động. sản") and place
    // abbreviations ("UBND TP. Hồ Chí Minh", "UBND TX. Điện Bàn").
    if (code === 46 /* . */ && text.charCodeAt(i + 1) !== 46 && text.charCodeAt(i - 1) !== 46 && !isLetterOrDigitCode(text.charCodeAt(i + 1)) && !SPACE_LOWER.test(text.slice(i + 1, i + 3)) && !PLACE_ABBREVIATION.test(text.slice(Math.max(start, i - 4), i))) {
      return finish(text, folded, start, i, 'clause');
    }
    if (code === 10 && text[i + 1] === '\n') return finish(text, folded, start, i, 'clause');
    // A short heading line ("2.10. Giao Cục Thuế DNL") before a new capitalised line ends the name.
    // Not when a page break cut the name after a bare head ("…; Cục\n--- PAGE BREAK ---\nTTKT sớm …").
    // Not on a word that needs what follows ("Đài Truyền hình Việt\nNam, Đài Tiếng nói…").
    if (code === 10 && UPPER.test(text[i + 1] ?? '') && endsShortLine(text, i) && !endsOnBareHead(text, folded, start, i) && !endsMidPhrase(text, start, i)) return finish(text, folded, start, i, 'clause');
    // A title line naming bodies and the duty on the next, capitalised line ("3. Sở Thông tin và
    // Truyền thông, Báo Bắc Giang\nTăng cường tuyên truyền…"): the verb opens the duty.
    if (code === 10 && i > start && capitalVerbLine(text, folded, i + 1) && nameComplete(text, folded, start, i)) return finish(text, folded, start, i, 'verb');
  }
  return limit === text.length ? finish(text, folded, start, limit, 'clause') : null;
}

// "nơi" and at most one word before a verb: the verb opens a clause of the name.
const WHERE_CLAUSE = /(?:^|\s)noi\s{1,3}(?:[a-z]{1,7}\s{1,3})?$/;

/** True when the verb at `i` follows "nơi" as written (not "Hà Nội"), within a word of it. */
function whereClause(text: string, folded: string, start: number, i: number): boolean {
  const from = Math.max(start, i - 14);
  const m = WHERE_CLAUSE.exec(folded.slice(from, i));
  if (!m) return false;
  const at = from + m.index + (m[0].startsWith('noi') ? 0 : 1);
  return text.startsWith('nơi', at);
}

/** True when "không" at `i` follows "hàng" (any case): "Hàng không", aviation, not a negation. */
function aviation(text: string, folded: string, i: number): boolean {
  return folded.startsWith('khong', i) && afterWord(text, folded, i, 'hang ');
}

/** True when the word `word` (folded, with its space) stands right before `i`, after a blank. */
function afterWord(text: string, folded: string, i: number, word: string): boolean {
  return folded.startsWith(word, i - word.length) && isBlank(text.charCodeAt(i - word.length - 1));
}

// "(sau đây gọi tắt là …)", "(sau đây gọi chung là …)": the short name a text gives a list of bodies.
const ALIAS = /^\(\s{0,2}sau\s{1,3}day\s{1,3}goi\s{1,3}(?:tat\s{1,3}|chung\s{1,3})?la\s{1,3}/;
const ALIAS_OPEN = /\(\s{0,2}sau\s{1,3}day\s{1,3}goi\s/;
// How far a list may run before its short name, and how long that name may be.
const MAX_ALIASED = 700;
const MAX_ALIAS = 160;

/**
 * A list of bodies too long for one phrase that the text then names for short: "các Bộ trưởng, …,
 * Tổng giám đốc các tập đoàn, tổng công ty nhà nước (sau đây gọi tắt là các bộ, cơ quan trung ương
 * và địa phương)". The phrase's one name is that short name; it ends after the parenthesis.
 */
export function readAliasedList(text: string, folded: string, at: number): AgencyPhrase | null {
  let start = at;
  while (start < text.length && isOpeningBlank(text.charCodeAt(start))) start++;
  if (!headAt(text, start, folded)) return null;
  const window = folded.slice(start, start + MAX_ALIASED);
  // Its words may break over lines ("(sau đây\ngọi tắt là …").
  const open = window.search(ALIAS_OPEN);
  // One list: no full stop or colon before its name.
  if (open < 0 || /[.:]\s/.test(window.slice(0, open))) return null;
  const lead = ALIAS.exec(window.slice(open, open + 40));
  // Looked for within the name's reach only: no search to the end of a long text.
  const inner = lead ? text.slice(start + open, start + open + MAX_ALIAS + 1).indexOf(')') : -1;
  if (!lead || inner < 0) return null;
  const close = start + open + inner;
  const name = collapseBlanks(text.slice(start + open + lead[0].length, close)).trim();
  return name.length > 2 ? { start, end: close + 1, names: [name], stop: 'clause' } : null;
}

// What a council does, naming it: "Hội đồng thẩm định", "Hội đồng tư vấn", "Hội đồng xét duyệt".
const COUNCIL_KIND = /^(?:tham dinh|tham tra|tu van|xet duyet|nghiem thu|danh gia)\b/;

/** True at `at` when the phrase from `start` is a bare "Hội đồng" and the words at `at` name its kind. */
function councilKind(folded: string, start: number, at: number): boolean {
  return at - start === 9 && folded.startsWith('hoi dong ', start) && COUNCIL_KIND.test(folded.slice(at, at + 12));
}

// What a facility does, naming it: "cơ sở đào tạo", "cơ sở cai nghiện", "cơ sở bảo trợ xã hội".
const FACILITY_KIND = /^(?:dao tao|cai nghien|bao tro|kham benh|chua benh|che bien|san xuat|kinh doanh)\b/;

/** True at `at` when the phrase from `start` ends in "cơ sở" and the words at `at` name its kind. */
function facilityKind(folded: string, start: number, at: number): boolean {
  return at - start >= 7 && folded.startsWith('co so ', at - 6) && !isLetterCode(folded.charCodeAt(at - 7)) && FACILITY_KIND.test(folded.slice(at, at + 12));
}

/** True when the line from `from` opens, past its indent, with a capitalised action verb. */
function capitalVerbLine(text: string, folded: string, from: number): boolean {
  const j = spacesEnd(text, from, from + 12);
  return isUpperCode(text.charCodeAt(j)) && verbStartsAt(folded, j);
}

// Words a name cannot end with: it goes on over the line break ("Sở Khoa học và\nCông nghệ").
const OPEN_END = /(?:^|\s)(?:va|cua|cac|voi|cho|ve|tai|thuoc|truc thuoc)$/;

/**
 * True when the text `[start, end)` ends a whole name: it ends with a lower-case word that is
 * neither a linking word nor the last word of a bare head ("Trung tâm", "Ban Quản lý").
 */
function nameComplete(text: string, folded: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isBlankCode(text.charCodeAt(e - 1))) e--;
  if (e === start || !isLowerCode(text.charCodeAt(e - 1))) return false;
  if (OPEN_END.test(folded.slice(Math.max(start, e - 14), e))) return false;
  // The last three words: a head ending exactly at the break is not a name yet.
  let w = e;
  for (let n = 0; n < 3 && w > start; n++) {
    w--;
    while (w > start && !isBlankCode(text.charCodeAt(w - 1))) w--;
    if (bareHeadAt(text, folded, w, e)) return false;
    while (w > start && isBlankCode(text.charCodeAt(w - 1))) w--;
  }
  return true;
}

/**
 * True when `[start, end)` ends on a capitalised head with nothing after it but the blanks a page break
 * left ("… Lioa; Cục<blanks>\nTTKT …", see normalize's blankPageBreaks): the name goes on past the page.
 */
function endsOnBareHead(text: string, folded: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isBlankCode(text.charCodeAt(e - 1))) e--;
  if (end - e < MIN_PAGE_BLANKS) return false;
  let w = e;
  while (w > start && !isBlankCode(text.charCodeAt(w - 1))) w--;
  return bareHeadAt(text, folded, w, e);
}

/**
 * True when a capitalised head starts at `at` and reaches `end` or past it: nothing of a name follows
 * it there. Only a capitalised head is bare ("các tổ chức thành viên" is a whole name); one read on
 * past `end` ("Trưởng Ban\nChỉ đạo") shows the name going on.
 */
function bareHeadAt(text: string, folded: string, at: number, end: number): boolean {
  const head = headAt(text, at, folded);
  return head !== null && at + head.length >= end && isUpperCode(head.charCodeAt(0));
}

// The fewest blanks a page break leaves at the end of the line it cut (its mark alone is 18 characters).
const MIN_PAGE_BLANKS = 8;

/** Blanks and quotation marks before a phrase: `/[\s"“]/`. */
function isOpeningBlank(code: number): boolean {
  return code === 34 || code === 0x201c || isBlankCode(code);
}

function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 9;
}

function finish(text: string, folded: string, start: number, end: number, stop: AgencyPhrase['stop']): AgencyPhrase | null {
  const raw = text.slice(start, end);
  if (raw.trim().length < 2) return null;
  // Cleaned names never end with a comma.
  const names = splitNames(raw, folded.slice(start, end));
  // A colon may end a title whose members follow on the same clause (handled by the caller).
  if (names.length === 0) return null;
  return { start, end, names, stop };
}
