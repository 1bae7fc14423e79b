import { TCVN3_FROM_A1, VNI_BASES, VNI_MARKS, VNI_MODIFIERS_ALLOWED, VNI_SINGLES } from './legacy-tables';

/** A legacy Vietnamese 8-bit encoding (domain.md §6.4). */
export type LegacyEncoding = 'tcvn3' | 'vni';

// Letters only Unicode Vietnamese has (ă â đ ơ ư and every letter with a tone in U+1EA0–U+1EF9):
// a line that holds one is already Unicode and is never converted.
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;

// TCVN3 signatures: the symbols 0xA1–0xBF (â ê ô ơ ư đ à á ả ã ạ …) touching a letter
// ("nh©n", "§¶NG"), or a Latin-1 capital right after a small letter ("TiÕng", "ViÖt").
const TCVN3_SIGN = /[A-Za-z][\u00a1-\u00bf]|[\u00a1-\u00bf][A-Za-z]|[a-z][\u00c0-\u00de]/u;
// VNI signatures: a vowel followed by a mark character no Unicode word has after it
// ("Tieáng", "chaøo", "Vieät"), or đ/ư written "ñ"/"ö" inside a word.
const VNI_SIGN =
  /[aA][âáàãêéèúùõåäëüïøû]|[eE][âáàãùõåäïøû]|[oO][âùõåäïøû]|[uUyY][ùõïøû]|A[ÂÁÀÃÊÉÈÚÙÕÅÄËÜÏØÛ]|E[ÂÁÀÃÙÕÅÄÏØÛ]|O[ÂÙÕÅÄÏØÛ]|[UY][ÙÕÏØÛ]|[ñÑöÖ][A-Za-z]|[A-Za-z][ñÑöÖæÆ]/u;

/** Detects TCVN3 or VNI text by how many of its words carry their signatures; null for Unicode. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  let words = 0;
  let tcvn = 0;
  let vni = 0;
  for (const token of text.split(/\s+/)) {
    if (!/[A-Za-z]/.test(token)) continue;
    words++;
    if (UNICODE_ONLY.test(token)) continue;
    if (TCVN3_SIGN.test(token)) tcvn++;
    if (VNI_SIGN.test(token)) vni++;
  }
  const best = Math.max(tcvn, vni);
  if (best < 2 || best < words * 0.05) return null;
  return tcvn >= vni ? 'tcvn3' : 'vni';
}

function convertTcvn3Line(line: string): string {
  let out = '';
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    // U+03BC: "µ" (à) after an NFKC pass by another tool.
    const byte = code === 0x3bc ? 0xb5 : code;
    const mapped = byte >= 0xa1 && byte <= 0xff ? String.fromCharCode(TCVN3_FROM_A1[byte - 0xa1]!) : ch;
    // The VN1 combining marks only make sense after a letter ("°" stays a degree sign).
    if (/\p{M}/u.test(mapped) && !/\p{L}$/u.test(out)) out += ch;
    else out += mapped;
  }
  return restoreCapitals(out);
}

/**
 * Capitals typed in a .VnTimeH font use the small-letter bytes, so "§¶NG" converts to "ĐảNG":
 * a word whose ASCII letters are all capitals (two or more) is made upper case.
 */
function restoreCapitals(line: string): string {
  return line.replace(/\p{L}+/gu, (word) => {
    const ascii = word.replace(/[^A-Za-z]/g, '');
    return ascii.length >= 2 && ascii === ascii.toUpperCase() ? word.toUpperCase() : word;
  });
}

const VNI_PAIR = new RegExp(`([${Object.keys(VNI_BASES).join('')}])([${Object.keys(VNI_MARKS).join('')}])|([${Object.keys(VNI_SINGLES).join('')}])`, 'gu');

function convertVniLine(line: string): string {
  return line.replace(VNI_PAIR, (whole, base?: string, mark?: string, single?: string) => {
    if (single) return VNI_SINGLES[single] ?? single;
    const letter = VNI_BASES[base!]!;
    const { modifier, tone } = VNI_MARKS[mark!]!;
    // A modifier the base cannot take ("uâ") is left alone.
    if (modifier && !(VNI_MODIFIERS_ALLOWED[letter.toLowerCase()] ?? []).includes(modifier)) {
      return (VNI_SINGLES[base!] ?? base!) + mark!;
    }
    return (letter + (modifier ?? '') + (tone ?? '')).normalize('NFC');
  });
}

/** Converts text in `encoding` to NFC Unicode, line by line, leaving lines already in Unicode. */
export function convertLegacyText(text: string, encoding: LegacyEncoding): string {
  const convert = encoding === 'tcvn3' ? convertTcvn3Line : convertVniLine;
  return text
    .split('\n')
    .map((line) => (UNICODE_ONLY.test(line) ? line : convert(line)))
    .join('\n')
    .normalize('NFC');
}

/**
 * TCVN3 writes "ư" as byte 0xAD, the Latin-1 soft hyphen, which pdf.js reports as "-": inside a
 * word ("tr-íc", "M-êng") it is the letter, so it goes back to U+00AD before conversion. A hyphen
 * before a capital ("binh-X·") stays.
 */
export function restoreTcvn3Hyphen(text: string): string {
  return text.replace(/(?<=[A-Za-z\u00a1-\u00ff])-(?=[a-z\u00a1-\u00ff])/g, '\u00ad');
}

/** Detects a legacy encoding and converts the text when one is found. */
export function fixLegacyEncoding(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  return encoding ? { text: convertLegacyText(text, encoding), encoding } : { text, encoding };
}

/** The Vietnamese note shown when a text was converted. */
export function legacyNote(encoding: LegacyEncoding): string {
  return `Văn bản dùng bảng mã cũ ${encoding === 'tcvn3' ? 'TCVN3 (ABC, phông .VnTime)' : 'VNI-Windows'}; đã tự chuyển sang Unicode, hãy kiểm tra lại dấu tiếng Việt.`;
}
