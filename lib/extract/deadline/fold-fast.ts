import { foldText } from '../fold';

/**
 * `foldText` for long inputs: the same output for every UTF-16 unit (so offsets carry over), built
 * through a code-unit table and one decode instead of per-character string concatenation, which
 * keeps a 5 MB text well under a second. Non-ASCII units are folded once each by `foldText` itself.
 * (A lone surrogate comes out as U+FFFD; it is one unit either way.)
 */
const table = new Uint16Array(0x10000); // 0 = not computed yet
const decoder = new TextDecoder('utf-16le', { ignoreBOM: true }); // keep a leading U+FEFF: offsets must not move

export function foldTextFast(text: string): string {
  const n = text.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) units[i] = c >= 65 && c <= 90 ? c + 32 : c;
    else {
      let f = table[c]!;
      if (f === 0) {
        f = foldText(String.fromCharCode(c)).charCodeAt(0);
        table[c] = f;
      }
      units[i] = f;
    }
  }
  return decoder.decode(units);
}
