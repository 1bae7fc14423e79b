import type { PdfLine } from './pdf-lines';

/**
 * A header or footer laid out as two borderless columns (ND30 Phụ lục I: issuer | national motto,
 * number | date; Nơi nhận | signature). Lines `start`–`end` (exclusive) of the page; the text of
 * the left column, then of the right one, each a line.
 */
export interface ColumnZone {
  start: number;
  end: number;
  left: string[];
  right: string[];
  /** Left-column lines read after the right column (the header's subject). */
  tail: string[];
}

type Side = 'two' | 'left' | 'right' | 'cross';

const HEADER_CUE = /CỘNG\s+HÒA|CỘNG\s+HOÀ|ĐẢNG\s+CỘNG\s+SẢN|Độc\s+lập|^Số(?!\p{L})/imu;
const FOOTER_CUE = /Nơi\s+nhận|^(?:KT|TM|TL|TUQ|Q|K\/T|T\/M|T\/L)[.\s/]|CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|BÍ\s+THƯ|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG/mu;

/** Where the left column's two-column rows end and the right column's begin. */
interface Bounds {
  leftEnd: number;
  rightStart: number;
}

/**
 * The column bounds, from the lines that have two segments: the widest left segment and the
 * leftmost right one; when they overlap, both at the median gap. Null without such a line.
 */
function columnBounds(lines: readonly PdfLine[]): Bounds | null {
  const rows = lines.filter((l) => l.segments.length === 2);
  if (rows.length === 0) return null;
  const leftEnd = Math.max(...rows.map((l) => l.segments[0]!.right));
  const rightStart = Math.min(...rows.map((l) => l.segments[1]!.x));
  if (leftEnd < rightStart) return { leftEnd, rightStart };
  const mids = rows.map((l) => (l.segments[0]!.right + l.segments[1]!.x) / 2).sort((a, b) => a - b);
  const mid = mids[Math.floor(mids.length / 2)]!;
  return { leftEnd: mid, rightStart: mid };
}

/**
 * A line's place: both columns, the left one (it stops short of where the right column starts:
 * the left column may be wider on rows the right one leaves empty, as the "V/v" subject is), the
 * right one (it starts past the left column's rows), or across both (body text).
 */
function sideOf(line: PdfLine, b: Bounds): Side {
  const tol = line.size * 0.3;
  const [first, second] = line.segments;
  if (line.segments.length === 2 && first!.right <= b.rightStart + tol && second!.x >= b.leftEnd - tol) return 'two';
  if (line.segments.length !== 1) return 'cross';
  const fitsLeft = line.right <= b.rightStart - tol;
  const fitsRight = line.x >= b.leftEnd + tol;
  if (fitsLeft && fitsRight) return (line.x + line.right) / 2 < (b.leftEnd + b.rightStart) / 2 ? 'left' : 'right';
  return fitsLeft ? 'left' : fitsRight ? 'right' : 'cross';
}

/**
 * Collects the zone's columns. With `tailAfterRight`, left lines below the last two-column row
 * (the header's "V/v" subject) go after the right column, so the number and the date stay
 * together as in most text copies; `lines` then holds left, right, then that tail.
 */
function toZone(lines: readonly PdfLine[], sides: readonly Side[], start: number, end: number, tailAfterRight = false): ColumnZone {
  const left: string[] = [];
  const right: string[] = [];
  const tail: string[] = [];
  const lastTwo = sides.lastIndexOf('two');
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const side = sides[i - start]!;
    if (side === 'two') {
      left.push(line.segments[0]!.text);
      right.push(line.segments[1]!.text);
    } else if (side === 'right') right.push(line.text);
    else (tailAfterRight && i - start > lastTwo ? tail : left).push(line.text);
  }
  return { start, end, left, right, tail };
}

/** The usual distance between consecutive lines of a zone so far. */
function zonePitch(lines: readonly PdfLine[]): number {
  const steps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).sort((a, b) => a - b);
  return steps.length ? steps[Math.floor(steps.length / 2)]! : 1.5 * (lines[0]?.size ?? 12);
}

/** The two-column header at the top of the first page, if there is one. */
export function findHeaderZone(lines: readonly PdfLine[]): ColumnZone | null {
  const bounds = columnBounds(lines.slice(0, 12));
  if (!bounds) return null;
  const sides: Side[] = [];
  let lastTwo = -1;
  for (let i = 0; i < lines.length && i < 25; i++) {
    const side = sideOf(lines[i]!, bounds);
    if (side === 'cross') break;
    // After the last two-column row, only lines at the header's own pitch (the rest of the
    // "V/v" subject) still belong; "Kính gửi" comes after a wider gap.
    if (side !== 'two' && lastTwo >= 0 && lines[i - 1]!.y - lines[i]!.y > 1.2 * zonePitch(lines.slice(0, i))) break;
    if (side === 'two') lastTwo = i;
    sides.push(side);
  }
  if (lastTwo < 0) return null;
  const zone = toZone(lines, sides, 0, sides.length, true);
  return HEADER_CUE.test([...zone.left, ...zone.right, ...zone.tail].join('\n')) ? zone : null;
}

/** The two-column footer (Nơi nhận | signature) at the bottom of a page, never above line `from`. */
export function findFooterZone(lines: readonly PdfLine[], from = 0): ColumnZone | null {
  const bounds = columnBounds(lines.slice(Math.max(from, lines.length - 30)));
  if (!bounds) return null;
  let start = lines.length;
  while (start > from && sideOf(lines[start - 1]!, bounds) !== 'cross') start--;
  const sides = lines.slice(start).map((l) => sideOf(l, bounds));
  const firstTwo = sides.indexOf('two');
  if (firstTwo < 0) return null;
  // Above the first two-column row only the signature's first lines belong; a short left line
  // there is the end of the body.
  let top = firstTwo;
  while (top > 0 && sides[top - 1] === 'right') top--;
  const zone = toZone(lines, sides.slice(top), start + top, lines.length);
  return FOOTER_CUE.test([...zone.left, ...zone.right].join('\n')) ? zone : null;
}
