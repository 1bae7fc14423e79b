import type { PdfLine } from './pdf-lines';

/** Where the body text of the document sits, measured on its lines. */
export interface BodyMetrics {
  left: number;
  right: number;
  /** Usual distance between the baselines of two lines of a paragraph. */
  pitch: number;
}

// List markers (domain.md §5.2), outer to inner: Phần/Chương/Mục/Điều, "I." "II-", "1." "1-",
// "1.1." "2.3.1", "a)" "đ)", "(i)", "- " "+ " "• ".
const LIST_MARKER =
  /^(?:(?:Phần|Chương|Mục|Điều)\s+[\dIVXLC]+(?![\p{L}\p{N}])|[IVXLC]{1,6}\s?[.\-]\s|\d{1,2}(?:\.\d{1,2}){0,3}\s?[.\-)]\s|[a-hk-nđ]\)\s|\([a-zđ0-9ivx]{1,4}\)\s|[-–+•*]\s)/u;
const SENTENCE_END = /[.;:!?…]["”’)]*$|\.\/\.$/u;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : 0;
}

/**
 * Measures the body: its left margin (the leftmost edge several lines share: first lines may be
 * indented), the right margin most lines reach, and the line pitch (the small spacing that
 * recurs: paragraphs add space on top of it).
 */
export function measureBody(lines: readonly PdfLine[], allLines: readonly PdfLine[] = lines): BodyMetrics {
  const lefts = new Map<number, number>();
  for (const l of lines) lefts.set(Math.round(l.x), (lefts.get(Math.round(l.x)) ?? 0) + 1);
  const enough = Math.max(2, lines.length * 0.05);
  const shared = [...lefts].filter(([, n]) => n >= enough).map(([x]) => x);
  const left = shared.length ? Math.min(...shared) : percentile(lines.map((l) => l.x), 0.5);
  // With few body lines (a short letter) the header and footer columns still show the margin.
  const right = Math.max(percentile(lines.map((l) => l.right), 0.9), percentile(allLines.map((l) => l.right), 0.9));
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const dy = a.y - b.y;
    if (a.page === b.page && dy > 0 && dy < 3 * b.size) steps.push(dy);
  }
  return { left, right, pitch: percentile(steps, 0.2) };
}

/** How two consecutive body lines meet: a new paragraph, a space, or nothing (hyphenated). */
export type Join = 'break' | 'space' | 'none';

/** Decides whether `next` continues the paragraph of `prev`. */
export function joinLines(prev: PdfLine, next: PdfLine, m: BodyMetrics): Join {
  const a = prev.text;
  const b = next.text;
  if (LIST_MARKER.test(b)) return 'break';
  if (prev.page === next.page && m.pitch > 0 && prev.y - next.y > m.pitch * 1.25 + 1) return 'break';
  if (/[\p{L}\p{N}][-\u00ad]$/u.test(a) && /^\S/u.test(b)) return 'none';
  if (/^\p{Ll}/u.test(b)) return 'space';
  const ends = SENTENCE_END.test(a);
  const short = prev.right < m.right - 5 * prev.size;
  // Lines that continue a paragraph start at the margin: an indented one starts a paragraph
  // (or is centred), unless it starts with a small letter (handled above).
  if (next.x > m.left + 0.8 * next.size) return 'break';
  if (short && (ends || /^\p{Lu}/u.test(b))) return 'break';
  return 'space';
}

/**
 * The text of `prev` as it goes before `next` when they join with no space: a soft hyphen goes;
 * a hyphen stays inside numbers and codes ("1071-" "CV/BCSD") and between words that are not
 * plain small letters; a word cut in two ("docu-" "ment") loses it.
 */
export function trimHyphen(prev: string, next: string): string {
  if (prev.endsWith('\u00ad')) return prev.slice(0, -1);
  const word = /(\S+)-$/u.exec(prev)?.[1] ?? '';
  const plainWord = /^\p{Ll}+$/u.test(word) && /^\p{Ll}/u.test(next);
  return plainWord ? prev.slice(0, -1) : prev;
}
