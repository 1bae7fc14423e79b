// Mapping tables for the legacy Vietnamese 8-bit encodings (domain.md §6.4). Text in these
// encodings reaches us as Windows-1252/Latin-1 characters: the bytes of a .VnTime (TCVN3) or
// VNI-Times font read as if the font were a Western one.

/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3): Unicode for the bytes 0xA1–0xFF, in order. Lower bytes are
 * ASCII. The five combining tone marks (0xB0–0xB4) and the capitals with tone marks only exist in
 * the full VN1 set; they are kept so that VN1 text converts too.
 */
// prettier-ignore
export const TCVN3_FROM_A1: readonly number[] = [
  0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, // 0xa1–0xa8 Ă Â Ê Ô Ơ Ư Đ ă
  0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0, 0x0300, // 0xa9–0xb0 â ê ô ơ ư đ Ằ ̀
  0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, // 0xb1–0xb8 ̉ ̃ ́ ̣ à ả ã á
  0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, 0x1eae, // 0xb9–0xc0 ạ Ẳ ằ ẳ ẵ ắ Ẵ Ắ
  0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, // 0xc1–0xc8 Ầ Ẩ Ẫ Ấ Ề ặ ầ ẩ
  0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd, 0x00e9, // 0xc9–0xd0 ẫ ấ ậ è Ể ẻ ẽ é
  0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, // 0xd1–0xd8 ẹ ề ể ễ ế ệ ì ỉ
  0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2, 0x1ed4, // 0xd9–0xe0 Ễ Ế Ồ ĩ í ị ò Ổ
  0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, // 0xe1–0xe8 ỏ õ ó ọ ồ ổ ỗ ố
  0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9, 0x1ed6, // 0xe9–0xf0 ộ ờ ở ỡ ớ ợ ù Ỗ
  0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, // 0xf1–0xf8 ủ ũ ú ụ ừ ử ữ ứ
  0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,         // 0xf9–0xff ự ỳ ỷ ỹ ý ỵ Ố
];

const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';

/**
 * VNI-Windows writes a vowel with its marks as the base letter followed by one mark character
 * ("Tieáng Vieät" = "Tiếng Việt"). Each mark character (lower and upper case forms) gives the
 * vowel modifier it adds, if any, and the tone.
 */
export const VNI_MARKS: Readonly<Record<string, { modifier?: string; tone?: string }>> = {
  'ù': { tone: ACUTE }, 'ø': { tone: GRAVE }, 'û': { tone: HOOK }, 'õ': { tone: TILDE }, 'ï': { tone: DOT },
  'â': { modifier: CIRCUMFLEX }, 'á': { modifier: CIRCUMFLEX, tone: ACUTE }, 'à': { modifier: CIRCUMFLEX, tone: GRAVE },
  'å': { modifier: CIRCUMFLEX, tone: HOOK }, 'ã': { modifier: CIRCUMFLEX, tone: TILDE }, 'ä': { modifier: CIRCUMFLEX, tone: DOT },
  'ê': { modifier: BREVE }, 'é': { modifier: BREVE, tone: ACUTE }, 'è': { modifier: BREVE, tone: GRAVE },
  'ú': { modifier: BREVE, tone: HOOK }, 'ü': { modifier: BREVE, tone: TILDE }, 'ë': { modifier: BREVE, tone: DOT },
  'Ù': { tone: ACUTE }, 'Ø': { tone: GRAVE }, 'Û': { tone: HOOK }, 'Õ': { tone: TILDE }, 'Ï': { tone: DOT },
  'Â': { modifier: CIRCUMFLEX }, 'Á': { modifier: CIRCUMFLEX, tone: ACUTE }, 'À': { modifier: CIRCUMFLEX, tone: GRAVE },
  'Å': { modifier: CIRCUMFLEX, tone: HOOK }, 'Ã': { modifier: CIRCUMFLEX, tone: TILDE }, 'Ä': { modifier: CIRCUMFLEX, tone: DOT },
  'Ê': { modifier: BREVE }, 'É': { modifier: BREVE, tone: ACUTE }, 'È': { modifier: BREVE, tone: GRAVE },
  'Ú': { modifier: BREVE, tone: HOOK }, 'Ü': { modifier: BREVE, tone: TILDE }, 'Ë': { modifier: BREVE, tone: DOT },
};

/** Base vowels a VNI mark may follow, as the letter (and horn) they stand for. */
export const VNI_BASES: Readonly<Record<string, string>> = {
  a: 'a', e: 'e', o: 'o', u: 'u', y: 'y', A: 'A', E: 'E', O: 'O', U: 'U', Y: 'Y',
  'ô': 'o' + HORN, 'ö': 'u' + HORN, 'Ô': 'O' + HORN, 'Ö': 'U' + HORN,
};

/** Which modifier each base letter accepts. */
export const VNI_MODIFIERS_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  a: [CIRCUMFLEX, BREVE], e: [CIRCUMFLEX], o: [CIRCUMFLEX],
};

/** VNI characters that are a whole letter on their own. */
export const VNI_SINGLES: Readonly<Record<string, string>> = {
  'ì': 'ì', 'í': 'í', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ', 'ñ': 'đ', 'ô': 'ơ', 'ö': 'ư',
  'Ì': 'Ì', 'Í': 'Í', 'Æ': 'Ỉ', 'Ó': 'Ĩ', 'Ò': 'Ị', 'Î': 'Ỵ', 'Ñ': 'Đ', 'Ô': 'Ơ', 'Ö': 'Ư',
};
