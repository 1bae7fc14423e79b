import type { DeadlineKind } from '../../schema';

/**
 * Cues that set no date but say how soon (domain.md §3.2 rows 29–31), longest phrase first.
 * `phrase` is folded (no diacritics, lower case), words separated by one space.
 * - `original`: the phrase as written must match this (lower-cased) — for words whose folded
 *   form is ambiguous ("ngay" adverb vs "ngày" day, "sớm" vs "sơm");
 * - `notBefore` / `notAfter`: folded words that, right before / after, make it something else.
 */
export interface UndatedCue {
  phrase: string;
  kind: DeadlineKind;
  original?: RegExp;
  notBefore?: string[];
  notAfter?: string[];
  /** Folded words one of which must follow. */
  before?: string[];
}

const NEGATIONS = ['chua', 'khong', 'thieu', 'cham', 'chua that su', 'chua that'];

/** "sớm" counts only before an action ("sớm hoàn thành"), not in "cảnh báo sớm". */
const ACTIONS = [
  'hoan thanh', 'hoan thien', 'ban hanh', 'trien khai', 'xu ly', 'bao cao', 'trinh', 'co y kien', 'co van ban', 'dua',
  'giai quyet', 'thuc hien', 'to chuc', 'khac phuc', 'phe duyet', 'gui', 'xem xet', 'on dinh', 'tra loi', 'cap',
  'thong qua', 'khoi cong', 'ket thuc', 'di vao', 'dat', 'tham muu', 'de xuat', 'kiem tra', 'sua doi', 'xay dung',
  'chi dao', 'nghien cuu', 'bo tri', 'giai ngan', 'thanh toan', 'phan bo', 'huong dan', 'cung cap', 'tong hop', 'ra',
];

export const UNDATED_CUES: readonly UndatedCue[] = [
  { phrase: 'dinh ky hoac dot xuat', kind: 'on-request' },
  { phrase: 'dinh ky va dot xuat', kind: 'on-request' },
  { phrase: 'trong thoi gian som nhat', kind: 'urgent' },
  { phrase: 'ngay sau khi nhan duoc', kind: 'urgent', original: /^ngay\s/ },
  { phrase: 'thuong xuyen lien tuc', kind: 'continuous', notBefore: ['chi', 'khong'] },
  { phrase: 'cang som cang tot', kind: 'urgent' },
  { phrase: 'ngay khi nhan duoc', kind: 'urgent', original: /^ngay\s/ },
  { phrase: 'khi co phat sinh', kind: 'on-request' },
  { phrase: 'khi duoc yeu cau', kind: 'on-request' },
  { phrase: 'khi co yeu cau', kind: 'on-request' },
  { phrase: 'thuc hien ngay', kind: 'urgent', original: /\sngay$/ },
  { phrase: 'trien khai ngay', kind: 'urgent', original: /\sngay$/ },
  { phrase: 'ngay lap tuc', kind: 'urgent' },
  { phrase: 'ngay sau khi', kind: 'urgent', original: /^ngay\s/ },
  { phrase: 'ngay khi', kind: 'urgent', original: /^ngay\s/ },
  { phrase: 'khi phat sinh', kind: 'on-request' },
  { phrase: 'khi can thiet', kind: 'on-request' },
  { phrase: 'thuong xuyen', kind: 'continuous', notBefore: ['chi', 'khong', 'nguon', 'kinh phi', 'von', 'muc', 'du toan'] },
  { phrase: 'khan truong', kind: 'urgent' },
  { phrase: 'khan truon', kind: 'urgent' }, // OCR "Khan trươn;" (a letter lost at the line end)
  { phrase: 'som nhat', kind: 'urgent', original: /^sớm/ },
  { phrase: 'dot xuat', kind: 'on-request' },
  { phrase: 'lien tuc', kind: 'continuous', notBefore: ['khong', 'chua'] },
  { phrase: 'gap rut', kind: 'urgent', original: /^gấp/ },
  { phrase: 'kip thoi', kind: 'urgent', notBefore: NEGATIONS, notAfter: ['gian'] },
  { phrase: 'som', kind: 'urgent', original: /^sớm$/, before: ACTIONS },
];
