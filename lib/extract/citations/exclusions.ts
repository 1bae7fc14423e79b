/**
 * Places where a number-shaped token is not a cited document: inside URLs and e-mail addresses,
 * and form codes ("mẫu số 01/TB-TĐT", "Biểu số 02/BC-…", "tờ khai 02/TNDN": a template, not a document).
 */
const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s<>"'“”]{1,300}/giu;
const LOCAL_CHAR = /[\p{L}\d._%+-]/u;
const DOMAIN = /[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,6}/uy;
/** Folded text just before the number: "mẫu số ", "mau ", "biểu mẫu số: ", "tờ khai 02/TNDN". */
// "theo mẫu số\n01/GHAN": the words may end the line before.
// An appendix's label: "phụ lục 01/BHXH-TCT" (OCR "phy lục"; "Phụ\nlục" broken over lines) of a regulation.
const FORM_BEFORE = /(?<![a-z])(?:mau|bieu|to[ \t\n]{1,3}khai|ph[uy][ \t\n]{1,3}luc)(?:[ \t\n]{1,3}s[o0])?[ \t.:\n]{0,3}$/u;

const FORM_LIST = /(?<![a-z])(?:mau|bieu|ph[uy][ \t\n]{1,3}luc)(?:[ \t\n]{1,3}s[o0])?[ \t.:\n]{0,3}\d{1,3}[a-z0-9/.-]{0,24}(?:[ \t]{0,2}(?:,|va)[ \t\n]{0,3}\d{1,3}[a-z0-9/.-]{0,24}){0,4}[ \t]{0,2}(?:,|va)[ \t\n]{0,3}$/u;

/** LOCAL_CHAR for one UTF-16 unit; ASCII, as most are, by code. */
function isLocalChar(code: number): boolean {
  if (code >= 128) return LOCAL_CHAR.test(String.fromCharCode(code));
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

export type Range = readonly [number, number];

/** Ranges of URLs and e-mail addresses in `text`. `folded`, when given, is `foldText(text)`. */
export function findMaskedRanges(text: string, folded?: string): Range[] {
  const ranges: Range[] = [];
  // A URL holds "://" or "www." (in any case): native searches for them skip most texts.
  if (text.includes('://') || (folded ?? text.toLowerCase()).includes('www.')) {
    for (const m of text.matchAll(URL_PATTERN)) ranges.push([m.index, m.index + m[0].length]);
  }
  // E-mail addresses are found from their "@" outwards, so plain text costs nothing.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (start < at && domain) ranges.push([start, at + 1 + domain[0].length]);
  }
  return ranges;
}

/**
 * Creates a test "does `[start, end)` overlap a masked range?" for calls in increasing `start`
 * order: a cursor walks the sorted ranges once, so thousands of URLs cost no more than one.
 */
export function createMaskTest(ranges: readonly Range[]): (start: number, end: number) => boolean {
  // Overlapping ranges (an e-mail inside a URL) are merged, so the ranges are disjoint and sorted.
  const merged: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let i = 0;
  return (start, end) => {
    while (i < merged.length && merged[i]![1] <= start) i++;
    const next = merged[i];
    return next !== undefined && next[0] < end;
  };
}

/** True when the number at `at` is a form code ("mẫu số 01/…") or an appendix's label ("phụ lục 01/…"). */
export function isFormCode(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 20), at);
  // Native searches for the words FORM_BEFORE needs rule out most numbers before the regex runs.
  if ((before.includes('mau') || before.includes('bieu') || before.includes('khai') || before.includes('luc')) && FORM_BEFORE.test(before)) return true;
  // The next of a list of them: "biểu phụ lục số 04/BHXH-TCT và 05/BHXH-TCT".
  const list = folded.slice(Math.max(0, at - 64), at);
  return (list.includes('mau') || list.includes('bieu') || list.includes('luc')) && FORM_LIST.test(list);
}
