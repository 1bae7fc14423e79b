// The reference for specialPieces' marks set apart by blanks, applied to the pieces the plain regex
// definitions give: a mark one or two blanks after its letter joins that letter's piece.
const isMark = (code: number) => code >= 0x300 && code <= 0x36f;
const isSpaceOrTab = (code: number) => code === 32 || code === 9;
const isBlank = (code: number) => /\s/.test(String.fromCharCode(code));

export function joinSpacedMarks(input: string, pieces: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of pieces) {
    // The old definition's piece for a mark after a blank: [blank, marks…].
    const at = start + 1;
    if (isSpaceOrTab(input.charCodeAt(start)) && at < end && isMark(input.charCodeAt(at))) {
      let b = at;
      while (b > 0 && at - b < 2 && isSpaceOrTab(input.charCodeAt(b - 1))) b--;
      const prev = out[out.length - 1];
      const prevEnd = prev ? prev[1] : 0;
      if (prev && prevEnd === b && isMark(input.charCodeAt(b - 1))) {
        prev[1] = end;
        continue;
      }
      if (b - 1 >= prevEnd && b - 1 >= 0 && !isBlank(input.charCodeAt(b - 1)) && !isMark(input.charCodeAt(b - 1))) {
        out.push([b - 1, end]);
        continue;
      }
    }
    out.push([start, end]);
  }
  return out;
}
