import { describe, expect, it } from 'vitest';
import { createRng, randomInt } from '../../lib/eval/fuzz';
import { unglued } from '../../lib/extract/glued-words';
import { collapseBlanks, isBlankCode, normalizeText, specialPieces } from '../../lib/extract/normalize';
import { joinSpacedMarks } from './spaced-marks';

// The table-driven scans must give what the plain regexes they replace give.

const RARE = /[\u0300-\u036f\u200b\u200c\u200d\u2060\ufeff\u00ad\r\u00a0\u2007\u202f\t\u00d0\u00f0\u2010-\u2014\u2212\uff0f\uff10-\uff19]/g;
const isMark = (code: number) => code >= 0x300 && code <= 0x36f;
function marksEnd(input: string, at: number): number {
  let end = at;
  while (end < input.length && end - at < 4 && isMark(input.charCodeAt(end))) end++;
  return end;
}
// Two or three blanks between two words of a line: one piece, read as one space.
const GAP = /(?<=\S)[ \t\u00a0\u2007\u202f]{2,3}(?![ \t\u00a0\u2007\u202f\u0300-\u036f])(?=\S)/g;
const GAP_OR_RARE = new RegExp(`${GAP.source}|${RARE.source}`, 'g');
/** The pieces as found with one regex search per rare character or word gap. */
function piecesByRegex(input: string): [number, number][] {
  const pieces: [number, number][] = [];
  let last = 0;
  GAP_OR_RARE.lastIndex = 0;
  for (let m = GAP_OR_RARE.exec(input); m; m = GAP_OR_RARE.exec(input)) {
    const at = m.index;
    if (m[0].length > 1) {
      pieces.push([at, at + m[0].length]);
      last = at + m[0].length;
      continue;
    }
    const piece: [number, number] = !isMark(input.charCodeAt(at))
      ? [at, isMark(input.charCodeAt(at + 1)) ? marksEnd(input, at + 1) : at + 1]
      : at > last ? [at - 1, marksEnd(input, at)] : [at, marksEnd(input, at)];
    pieces.push(piece);
    last = piece[1];
    GAP_OR_RARE.lastIndex = last;
  }
  return pieces;
}

/** The tone style fix as one `replace` with a callback. */
const NEW_STYLE = /([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\p{L})|([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
function oldStyle(first: string, second: string): string {
  const decomposed = second.normalize('NFD');
  const tone = TONES.find((t) => decomposed.includes(t));
  if (!tone) return first + second;
  const moved = (first + tone).normalize('NFC') + decomposed.replace(tone, '').normalize('NFC');
  return moved.length === 2 ? moved : first + second;
}
function tonesByReplace(text: string): string {
  return text.replace(NEW_STYLE, (m: string, o?: string, a?: string, u?: string, y?: string, at?: number) => {
    const before = text[at! - 1] ?? '';
    if (o && a) return /[qQ]/.test(before) ? m : oldStyle(o, a);
    if (u && y) return /[qQgG]/.test(before) ? m : oldStyle(u, y);
    return m;
  });
}

/** What marginPieces drops, by regex: the spaces every line with words starts with, the blanks before a break. */
function marginsByRegex(text: string): string {
  const lines = text.split('\n');
  const margin = Math.min(...lines.map((line) => /^( *)\S/.exec(line)?.[1]!.length ?? Number.POSITIVE_INFINITY));
  const trailing = /[ \t\u00a0\u2007\u202f]\r?\n/.test(text);
  return lines
    .map((line, i) => {
      const dedented = Number.isFinite(margin) ? line.replace(new RegExp(`^ {0,${margin}}`), '') : line;
      return trailing && i < lines.length - 1 ? dedented.replace(/[ \t\u00a0\u2007\u202f]+(\r?)$/, '$1') : dedented;
    })
    .join('\n');
}

const ALPHABET = [
  'a', 'b', 'o', 'O', 'u', 'U', 'q', 'g', 'y', 'à', 'á', 'ẹ', 'È', 'ý', 'ỵ', 'Ỳ', ' ', ' ', '\n', '\t', '\r', '\u00a0', '\u2007',
  '\u202f', '\u3000', '\u2028', '\ufeff', '\u200b', '\u00ad', '\u0301', '\u0323', '\u0300', '\u2013', '\u2212', '\uff0f', '\uff15',
  '\u00d0', '\u00f0', '1', '/', '-', 'Đ', 'ư', '\ud835\udc00',
];
function randomText(rng: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[randomInt(rng, 0, ALPHABET.length - 1)];
  return s;
}

describe('normalisation scans', () => {
  it('collapses blanks exactly as /\\s+/g → " " for every UTF-16 unit', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 65536; code++) {
      const ch = String.fromCharCode(code);
      for (const s of [ch, `a${ch}b`, ` ${ch}`, `${ch} `, `${ch}${ch}x`]) if (collapseBlanks(s) !== s.replace(/\s+/g, ' ')) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('tells blanks by code exactly as /\s/', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 65536; code++) if (isBlankCode(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
    expect(wrong).toEqual([]);
    expect(isBlankCode(Number.NaN)).toBe(false);
  });

  it('collapses blanks, finds the special pieces and moves tones as the regex versions on random text', () => {
    const rng = createRng(7);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(rng, randomInt(rng, 0, 60));
      expect(collapseBlanks(text)).toBe(text.replace(/\s+/g, ' '));
      expect(specialPieces(text)).toEqual(joinSpacedMarks(text, piecesByRegex(text)));
      const plain = text.replace(RARE, 'x');
      // Runs of letters glued together are read apart first (glued-words.test.ts).
      expect(normalizeText(plain).text).toBe(tonesByReplace(marginsByRegex(unglued(plain)).replace(GAP, ' ')));
    }
  });

  it('returns a text with nothing to change as it is', () => {
    const text = 'Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan.';
    expect(collapseBlanks(text)).toBe(text);
    expect(normalizeText(text).text).toBe(text);
    expect(normalizeText('Hoà thuận, thuỷ lợi, quà, Quý, giỳ').text).toBe('Hòa thuận, thủy lợi, quà, Quý, giỳ');
  });
});
